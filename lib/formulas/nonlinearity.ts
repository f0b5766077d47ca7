/** The need for nonlinearity: linear layers collapse; sigmoid, tanh and leaky ReLU with derivatives. */
import { leakyRelu, relu } from '../activations/relu.ts';
import { sigmoid, sigmoidDerivative, scaledSigmoid } from '../activations/sigmoid.ts';
import { tanh, tanhDerivative, tanhViaSigmoid } from '../activations/tanh.ts';
import { EXAMPLE_PARAMETERS, EXAMPLE_X } from '../examples.ts';
import { centralDifference } from '../finite-difference.ts';
import { add, matMul, transposeMatVec } from '../linalg.ts';
import {
  derivativeCheck,
  read,
  readVector,
  row,
  scalarInput,
  vectorInputs,
  stackedDerivation,
  stackedOnNarrow,
} from './helpers.ts';
import type { Formula } from './types.ts';

const aInput = (value: number) => scalarInput('a', 'a', 'pre-activation a', value, [-10, 10]);

const linearCollapse: Formula = {
  id: 'linear-collapse',
  title: 'Two linear layers are one affine map',
  chapter: 'nonlinearity',
  tex: String.raw`\begin{aligned}a^{(2)}&=\left(W^{(2)}\right)^{T}\left(\left(W^{(1)}\right)^{T}x+b^{(1)}\right)\\&\qquad+b^{(2)}\\&=\left(W^{(1)}W^{(2)}\right)^{T}x+\left(W^{(2)}\right)^{T}b^{(1)}+b^{(2)}\\\Rightarrow\;a^{(2)}&=\left(W'\right)^{T}x+b'\end{aligned}`,
  narrowTex: stackedDerivation(
    String.raw`\begin{aligned}a^{(2)}&=\left(W^{(2)}\right)^{T}\left(\left(W^{(1)}\right)^{T}x+b^{(1)}\right)\\&\qquad+b^{(2)}\\&=\left(W^{(1)}W^{(2)}\right)^{T}x+\left(W^{(2)}\right)^{T}b^{(1)}\\&\qquad+b^{(2)}\\\Rightarrow\;a^{(2)}&=\left(W'\right)^{T}x+b'\end{aligned}`,
  ),
  code: [{ module: 'lib/linalg.ts', exports: ['matMul', 'transposeMatVec', 'add'] }],
  inputs: vectorInputs('x', 'x', 'input x', EXAMPLE_X, [-5, 5]),
  evaluate(values) {
    const x = readVector(values, 'x', 3);
    const { W1, b1, W2, b2 } = EXAMPLE_PARAMETERS;
    const wPrime = matMul(W1, W2);
    const bPrime = add(transposeMatVec(W2, b1), b2);
    return {
      rows: [
        row(
          'layer by layer, (W(2))ᵀ((W(1))ᵀx + b(1)) + b(2)',
          add(transposeMatVec(W2, add(transposeMatVec(W1, x), b1)), b2),
        ),
        row('W′ = W(1)W(2), 3×2', wPrime),
        row('b′ = (W(2))ᵀb(1) + b(2)', bPrime),
        row('one affine layer, (W′)ᵀx + b′', add(transposeMatVec(wPrime, x), bPrime)),
        row(
          '(W(2))ᵀ(W(1))ᵀx, the post’s form (biases dropped)',
          transposeMatVec(W2, transposeMatVec(W1, x)),
          'post',
        ),
      ],
    };
  },
  post: {
    changed: { post: [], book: [String.raw`b^{(1)}`, String.raw`b^{(2)}`, String.raw`b'`] },
    index: 5,
    originalTex: String.raw`\begin{aligned}a^{(2)}&=\left(W^{(2)}\right)^{T}\left(W^{(1)}\right)^{T}\cdot x\\\Rightarrow\; a^{(2)}&=\left(W'\right)^{T}x\end{aligned}`,
    erratum: String.raw`The post drops the biases when it substitutes one layer into the next. With them the two linear layers still collapse into one affine map, with $W' = W^{(1)}W^{(2)}$ and $b' = (W^{(2)})^{T}b^{(1)} + b^{(2)}$.`,
  },
};

const sigmoidFormula: Formula = {
  id: 'sigmoid',
  title: 'The sigmoid and its scaled form',
  chapter: 'nonlinearity',
  tex: String.raw`\begin{aligned}\sigma(a)&=\frac{1}{1+e^{-a}}\\\textrm{or }\sigma(a)\\&=\frac{c}{1+e^{-\beta a}}\end{aligned}`,
  code: [{ module: 'lib/activations/sigmoid.ts', exports: ['sigmoid', 'scaledSigmoid'] }],
  inputs: [
    aInput(1),
    scalarInput('c', 'c', 'scale c', 1, [0.1, 5]),
    scalarInput('beta', String.raw`\beta`, 'steepness β', 1, [0.1, 5]),
  ],
  evaluate(values) {
    const a = read(values, 'a');
    return {
      rows: [
        row('σ(a) = 1/(1 + e^(−a))', sigmoid(a)),
        row('c/(1 + e^(−βa))', scaledSigmoid(a, read(values, 'c'), read(values, 'beta'))),
      ],
    };
  },
  post: { index: 6 },
};

const sigmoidDerivativeFormula: Formula = {
  id: 'sigmoid-derivative',
  title: 'The sigmoid’s derivative in terms of itself',
  chapter: 'nonlinearity',
  tex: String.raw`\begin{aligned}\nabla_{a}\sigma(a)&=\nabla_{a}\frac{1}{1+e^{-a}}\\&=\frac{e^{-a}}{\left(1+e^{-a}\right)^{2}}\\&=\frac{1}{1+e^{-a}}\cdot\left(1-\frac{1}{1+e^{-a}}\right)\\&=\sigma(a)\cdot\left(1-\sigma(a)\right)\end{aligned}`,
  code: [{ module: 'lib/activations/sigmoid.ts', exports: ['sigmoid', 'sigmoidDerivative'] }],
  inputs: [aInput(1)],
  evaluate(values) {
    const a = read(values, 'a');
    const s = sigmoid(a);
    const analytic = sigmoidDerivative(a);
    return {
      rows: [
        row('e^(−a)/(1 + e^(−a))²', Math.exp(-a) / (1 + Math.exp(-a)) ** 2),
        row('σ(a)(1 − σ(a))', s * (1 - s)),
        row('σ′(a) in the engine', analytic, 'analytic'),
      ],
      check: derivativeCheck(analytic, centralDifference(sigmoid, a)),
    };
  },
  post: { index: 7 },
};

const tanhViaSigmoidFormula: Formula = {
  id: 'tanh-via-sigmoid',
  title: 'Tanh is a stretched sigmoid',
  chapter: 'nonlinearity',
  tex: String.raw`\begin{aligned}\tanh(a)&=\frac{1-e^{-2a}}{1+e^{-2a}}\\&=\frac{1}{1+e^{-2a}}-\left(1-\frac{1}{1+e^{-2a}}\right)\\&=2\cdot\sigma(2a)-1\end{aligned}`,
  code: [{ module: 'lib/activations/tanh.ts', exports: ['tanh', 'tanhViaSigmoid'] }],
  inputs: [aInput(0.5)],
  evaluate(values) {
    const a = read(values, 'a');
    const s = sigmoid(2 * a);
    return {
      rows: [
        row('tanh(a)', tanh(a)),
        row('(1 − e^(−2a))/(1 + e^(−2a))', (1 - Math.exp(-2 * a)) / (1 + Math.exp(-2 * a))),
        row('σ(2a) − (1 − σ(2a))', s - (1 - s)),
        row('2σ(2a) − 1', tanhViaSigmoid(a)),
      ],
    };
  },
  post: { index: 8 },
};

const tanhDerivativeFormula: Formula = {
  id: 'tanh-derivative',
  title: 'The derivative of tanh',
  chapter: 'nonlinearity',
  tex: String.raw`\begin{aligned}\nabla_{a}\tanh(a)&=\nabla_{a}\left[2\sigma(2a)-1\right]\\&=4\cdot\sigma(2a)\cdot\left(1-\sigma(2a)\right)\\&=4\cdot\frac{\tanh(a)+1}{2}\cdot\left(1-\frac{\tanh(a)+1}{2}\right)\\&=1-\tanh^{2}(a)\end{aligned}`,
  code: [{ module: 'lib/activations/tanh.ts', exports: ['tanh', 'tanhDerivative'] }],
  inputs: [aInput(0.5)],
  evaluate(values) {
    const a = read(values, 'a');
    const s = sigmoid(2 * a);
    const t = tanh(a);
    return {
      rows: [
        row('4σ(2a)(1 − σ(2a))', 4 * s * (1 - s)),
        row('4 · (tanh a + 1)/2 · (1 − (tanh a + 1)/2)', 4 * ((t + 1) / 2) * (1 - (t + 1) / 2)),
        row('1 − tanh²(a)', tanhDerivative(a), 'analytic'),
        row(
          '4 · (tanh a + 1)/2 · (1 − (tanh a − 1)/2), the post’s factor',
          4 * ((t + 1) / 2) * (1 - (t - 1) / 2),
          'post',
        ),
      ],
      check: derivativeCheck(tanhDerivative(a), centralDifference(tanh, a)),
    };
  },
  post: {
    changed: { post: [String.raw`\tanh(a)-1`], book: [String.raw`1-\frac{\tanh(a)+1}{2}`] },
    index: 9,
    originalTex: String.raw`\begin{aligned}\nabla_{a}\tanh(a)&=\nabla_{a}\left[2\sigma(2a)-1\right]\\&=4\cdot\sigma(2a)\cdot\left(1-\sigma(2a)\right)\\&=4\cdot\frac{\tanh(a)+1}{2}\cdot\left(1-\frac{\tanh(a)-1}{2}\right)\\&=1-\tanh^{2}(a)\end{aligned}`,
    erratum: String.raw`The post’s fourth expression writes $1 - (\tanh(a) - 1)/2$ for $1 - \sigma(2a)$. Since $\sigma(2a) = (\tanh(a) + 1)/2$, the factor is $1 - (\tanh(a) + 1)/2 = (1 - \tanh(a))/2$, and only then does the product equal $1 - \tanh^{2}(a)$.`,
  },
};

const leakyReluFormula: Formula = {
  id: 'leaky-relu',
  title: 'Leaky ReLU',
  chapter: 'nonlinearity',
  tex: String.raw`\textrm{LeakyReLU}(a)=\begin{cases}a & a\geq0\\\alpha\cdot a & a<0\end{cases}`,
  code: [{ module: 'lib/activations/relu.ts', exports: ['leakyRelu', 'relu'] }],
  inputs: [
    aInput(-2),
    scalarInput('alpha', String.raw`\alpha`, 'slope α for a < 0', 0.01, [0, 1], 0.01),
  ],
  evaluate(values) {
    const a = read(values, 'a');
    return {
      rows: [
        row('LeakyReLU(a) with slope α', leakyRelu(a, read(values, 'alpha'))),
        row('ReLU(a) = max(0, a), for comparison', relu(a)),
      ],
    };
  },
  post: {
    changed: { post: [String.raw`\delta`], book: [String.raw`\alpha`] },
    index: 10,
    originalTex: String.raw`\textrm{LeakyReLU}(a)=\begin{cases}
a & a\geq0\\
\delta\cdot a & a<0
\end{cases}`,
    erratum: String.raw`The post calls the slope for negative inputs $\delta$, the letter it later gives the local gradient $\delta_j$ of backpropagation; the book calls the slope $\alpha$.`,
  },
};

/** The nonlinearity chapter's equations up to softmax, in book order. */
export const nonlinearityFormulas: readonly Formula[] = [
  linearCollapse,
  sigmoidFormula,
  stackedOnNarrow(sigmoidDerivativeFormula),
  stackedOnNarrow(tanhViaSigmoidFormula),
  stackedOnNarrow(tanhDerivativeFormula),
  leakyReluFormula,
];

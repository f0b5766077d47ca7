/** Weights and biases: one node's weighted sum and the layer equations of the 3→4→2 network. */
import {
  EXAMPLE_B,
  EXAMPLE_PARAMETERS,
  EXAMPLE_W,
  EXAMPLE_X,
  exampleNetwork,
} from '../examples.ts';
import { add, dot, transpose, transposeMatVec, type Matrix } from '../linalg.ts';
import { forward } from '../network/forward.ts';
import { read, readVector, row, scalarInput, vectorInputs, stackedDerivation } from './helpers.ts';
import type { Formula } from './types.ts';

const xInputs = vectorInputs('x', 'x', 'input x', EXAMPLE_X, [-5, 5]);
const { W1, b1, W2, b2 } = EXAMPLE_PARAMETERS;

/** Each node's weighted sum written out, Σ_i W_ij a_i + b_j, one column of W at a time. */
const expanded = (W: Matrix, a: readonly number[], b: readonly number[]): number[] =>
  transpose(W).map((column, j) => dot(column, a) + b[j]!);

/** a(1) = (W(1))ᵀ x + b(1): the hidden layer's pre-activation for the example weights. */
const layer1 = (x: readonly number[]): number[] => add(transposeMatVec(W1, x), b1);

const neuronWeightedSum: Formula = {
  id: 'neuron-weighted-sum',
  title: 'One node: a weighted sum plus a bias',
  chapter: 'weights-and-biases',
  tex: String.raw`\begin{aligned}a&=w^{T}x+b\\&=\left[\begin{array}{ccc}1 & 0 & -1\end{array}\right]\left[\begin{array}{c}1\\2\\1\end{array}\right]+3\\&=3\end{aligned}`,
  code: [{ module: 'lib/linalg.ts', exports: ['dot'] }],
  inputs: [
    ...vectorInputs('w', 'w', 'weight w', EXAMPLE_W, [-5, 5]),
    ...xInputs,
    scalarInput('b', 'b', 'bias b', EXAMPLE_B, [-10, 10]),
  ],
  evaluate(values) {
    const w = readVector(values, 'w', 3);
    const x = readVector(values, 'x', 3);
    const wx = dot(w, x);
    return { rows: [row('wᵀx', wx), row('a = wᵀx + b', wx + read(values, 'b'))] };
  },
  post: { index: 1 },
};

const inputLayer: Formula = {
  id: 'input-layer',
  title: 'The input layer holds the input',
  chapter: 'weights-and-biases',
  tex: String.raw`a^{(0)}=z^{(0)}=x=\left[\begin{array}{c}x_{0}\\x_{1}\\x_{2}\end{array}\right]`,
  code: [{ module: 'lib/network/forward.ts', exports: ['forward'] }],
  inputs: xInputs,
  evaluate(values) {
    const { a, z } = forward(exampleNetwork(), readVector(values, 'x', 3));
    return {
      rows: [row('a(0) in the forward pass', a[0]!), row('z(0) in the forward pass', z[0]!)],
    };
  },
  post: { index: 2 },
};

const layer1Preactivation: Formula = {
  id: 'layer-1-preactivation',
  title: 'The hidden layer’s pre-activations, 3 → 4',
  chapter: 'weights-and-biases',
  tex: String.raw`\begin{aligned}a^{(1)}&=\left(W^{(1)}\right)^{T}a^{(0)}+b^{(1)}\\&=\left[\begin{array}{cccc}W_{00} & W_{01} & W_{02} & W_{03}\\W_{10} & W_{11} & W_{12} & W_{13}\\W_{20} & W_{21} & W_{22} & W_{23}\end{array}\right]^{T}\left[\begin{array}{c}a_{0}^{(0)}\\a_{1}^{(0)}\\a_{2}^{(0)}\end{array}\right]+\left[\begin{array}{c}b_{0}^{(1)}\\b_{1}^{(1)}\\b_{2}^{(1)}\\b_{3}^{(1)}\end{array}\right]\\&=\left[\begin{array}{c}W_{00}a_{0}+W_{10}a_{1}+W_{20}a_{2}+b_{0}\\W_{01}a_{0}+W_{11}a_{1}+W_{21}a_{2}+b_{1}\\W_{02}a_{0}+W_{12}a_{1}+W_{22}a_{2}+b_{2}\\W_{03}a_{0}+W_{13}a_{1}+W_{23}a_{2}+b_{3}\end{array}\right]\end{aligned}`,
  narrowTex: stackedDerivation(
    String.raw`\begin{aligned}a^{(1)}&=\left(W^{(1)}\right)^{T}a^{(0)}+b^{(1)}\\&=\left[\begin{array}{ccc}W_{00} & W_{10} & W_{20}\\W_{01} & W_{11} & W_{21}\\W_{02} & W_{12} & W_{22}\\W_{03} & W_{13} & W_{23}\end{array}\right]\left[\begin{array}{c}a_{0}^{(0)}\\a_{1}^{(0)}\\a_{2}^{(0)}\end{array}\right]\\&\qquad+\left[\begin{array}{c}b_{0}^{(1)}\\b_{1}^{(1)}\\b_{2}^{(1)}\\b_{3}^{(1)}\end{array}\right]\\&=\left[\begin{array}{c}\sum_{i=0}^{2}W_{i0}a_{i}^{(0)}+b_{0}^{(1)}\\\sum_{i=0}^{2}W_{i1}a_{i}^{(0)}+b_{1}^{(1)}\\\sum_{i=0}^{2}W_{i2}a_{i}^{(0)}+b_{2}^{(1)}\\\sum_{i=0}^{2}W_{i3}a_{i}^{(0)}+b_{3}^{(1)}\end{array}\right]\end{aligned}`,
  ),
  code: [
    { module: 'lib/linalg.ts', exports: ['transposeMatVec', 'add'] },
    { module: 'lib/network/forward.ts', exports: ['forward'] },
  ],
  inputs: xInputs,
  evaluate(values) {
    const x = readVector(values, 'x', 3);
    return {
      rows: [
        row('W(1), 3×4 (example weights)', W1),
        row('b(1)', b1),
        row('(W(1))ᵀa(0) + b(1)', layer1(x)),
        row('written out, W_0j a_0 + W_1j a_1 + W_2j a_2 + b_j', expanded(W1, x, b1)),
        row('a(1) in the forward pass', forward(exampleNetwork(), x).a[1]!),
        row('(W(1))ᵀa(0), the post’s first equality (no bias)', transposeMatVec(W1, x), 'post'),
      ],
    };
  },
  post: {
    changed: { post: [], book: [String.raw`b^{(1)}`] },
    index: 3,
    originalTex: String.raw`\begin{aligned}a^{(1)}&=\left(W^{(1)}\right)^{T}a^{(0)}\\&=\left[\begin{array}{cccc}
W_{00} & W_{01} & W_{02} & W_{03}\\
W_{10} & W_{11} & W_{12} & W_{13}\\
W_{20} & W_{21} & W_{22} & W_{23}
\end{array}\right]^{T}\left[\begin{array}{c}
a_{0}^{(0)}\\
a_{1}^{(0)}\\
a_{2}^{(0)}
\end{array}\right]+\left[\begin{array}{c}
b_{0}^{(1)}\\
b_{1}^{(1)}\\
b_{2}^{(1)}\\
b_{3}^{(1)}
\end{array}\right]\\&=\left[\begin{array}{c}
W_{00}a_{0}+W_{10}a_{1}+W_{20}a_{2}+b_{0}\\
W_{01}a_{0}+W_{11}a_{1}+W_{21}a_{2}+b_{1}\\
W_{02}a_{0}+W_{12}a_{1}+W_{22}a_{2}+b_{2}\\
W_{03}a_{0}+W_{13}a_{1}+W_{23}a_{2}+b_{3}
\end{array}\right]\end{aligned}`,
    erratum: String.raw`The post’s first equality, $a^{(1)} = (W^{(1)})^{T}a^{(0)}$, leaves out the bias $b^{(1)}$ that its own expansion then adds.`,
  },
};

const layer2Preactivation: Formula = {
  id: 'layer-2-preactivation',
  title: 'The output layer’s pre-activations, 4 → 2',
  chapter: 'weights-and-biases',
  tex: String.raw`\begin{aligned}a^{(2)}&=\left(W^{(2)}\right)^{T}a^{(1)}+b^{(2)}\\&=\left[\begin{array}{cc}W_{00} & W_{01}\\W_{10} & W_{11}\\W_{20} & W_{21}\\W_{30} & W_{31}\end{array}\right]^{T}\left[\begin{array}{c}a_{0}^{(1)}\\a_{1}^{(1)}\\a_{2}^{(1)}\\a_{3}^{(1)}\end{array}\right]+\left[\begin{array}{c}b_{0}^{(2)}\\b_{1}^{(2)}\end{array}\right]\\&=\left[\begin{array}{c}W_{00}a_{0}+W_{10}a_{1}+W_{20}a_{2}+W_{30}a_{3}+b_{0}\\W_{01}a_{0}+W_{11}a_{1}+W_{21}a_{2}+W_{31}a_{3}+b_{1}\end{array}\right]\end{aligned}`,
  narrowTex: stackedDerivation(
    String.raw`\begin{aligned}a^{(2)}&=\left(W^{(2)}\right)^{T}a^{(1)}+b^{(2)}\\&=\left[\begin{array}{cccc}W_{00} & W_{10} & W_{20} & W_{30}\\W_{01} & W_{11} & W_{21} & W_{31}\end{array}\right]\left[\begin{array}{c}a_{0}^{(1)}\\a_{1}^{(1)}\\a_{2}^{(1)}\\a_{3}^{(1)}\end{array}\right]\\&\qquad+\left[\begin{array}{c}b_{0}^{(2)}\\b_{1}^{(2)}\end{array}\right]\\&=\left[\begin{array}{c}\sum_{i=0}^{3}W_{i0}a_{i}^{(1)}+b_{0}^{(2)}\\\sum_{i=0}^{3}W_{i1}a_{i}^{(1)}+b_{1}^{(2)}\end{array}\right]\end{aligned}`,
  ),
  code: [{ module: 'lib/linalg.ts', exports: ['transposeMatVec', 'add'] }],
  inputs: xInputs,
  evaluate(values) {
    // As in the post at this point, no activation yet: layer 2 reads a(1) itself.
    const a1 = layer1(readVector(values, 'x', 3));
    return {
      rows: [
        row('a(1) = (W(1))ᵀx + b(1)', a1),
        row('W(2), 4×2 (example weights)', W2),
        row('b(2)', b2),
        row('(W(2))ᵀa(1) + b(2)', add(transposeMatVec(W2, a1), b2)),
        row('written out, W_0j a_0 + … + W_3j a_3 + b_j', expanded(W2, a1, b2)),
        row('(W(2))ᵀa(1), the post’s first equality (no bias)', transposeMatVec(W2, a1), 'post'),
      ],
    };
  },
  post: {
    changed: { post: [], book: [String.raw`b^{(2)}`] },
    index: 4,
    originalTex: String.raw`\begin{aligned}a^{(2)}&=\left(W^{(2)}\right)^{T}a^{(1)}\\&=\left[\begin{array}{cc}
W_{00} & W_{01}\\
W_{10} & W_{11}\\
W_{20} & W_{21}\\
W_{30} & W_{31}
\end{array}\right]^{T}\left[\begin{array}{c}
a_{0}^{(1)}\\
a_{1}^{(1)}\\
a_{2}^{(1)}\\
a_{3}^{(1)}
\end{array}\right]+\left[\begin{array}{c}
b_{0}^{(2)}\\
b_{1}^{(2)}
\end{array}\right]\\&=\left[\begin{array}{c}
W_{00}a_{0}+W_{10}a_{1}+W_{20}a_{2}+W_{30}a_{3}+b_{0}\\
W_{01}a_{0}+W_{11}a_{1}+W_{21}a_{2}+W_{31}a_{3}+b_{1}
\end{array}\right]\end{aligned}`,
    erratum: String.raw`As for layer 1, the post’s first equality $a^{(2)} = (W^{(2)})^{T}a^{(1)}$ drops the bias $b^{(2)}$ that its expansion adds.`,
  },
};

/** The weights-and-biases chapter's equations, in book order. */
export const weightsAndBiasesFormulas: readonly Formula[] = [
  neuronWeightedSum,
  inputLayer,
  layer1Preactivation,
  layer2Preactivation,
];

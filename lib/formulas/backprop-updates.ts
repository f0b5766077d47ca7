/**
 * Backpropagation, updates: the output layer's elementwise updates and bias gradient, its
 * vectorized gradient, and the matrix and vector updates of either layer (the hidden layer's
 * are the same shape of equation). Each update is checked against the engine's trainStep.
 */
import { addScaledMatrix, add, outer, scale, type Matrix } from '../linalg.ts';
import { loss } from '../network/api.ts';
import { layerGradients } from '../network/backward.ts';
import { layerBiases, layerWeights } from '../network/types.ts';
import {
  biasPartial,
  etaInput,
  lossProbe,
  numericLayerGradients,
  phiPrime,
  readSample,
  readWeightIndex,
  sampleInputs,
  steppedNetwork,
  weightIndexInputs,
  weightPartial,
} from './backprop-helpers.ts';
import {
  derivativeCheck,
  readIndex,
  readRate,
  row,
  shapeText,
  stackedOnNarrow,
} from './helpers.ts';
import type { Formula } from './types.ts';

const updateCode = [
  { module: 'lib/network/backward.ts', exports: ['backward'] },
  { module: 'lib/network/api.ts', exports: ['trainStep'] },
];

const outputWeightUpdate: Formula = {
  id: 'output-weight-update',
  title: 'Updating one output weight',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`w_{ij}^{(2)}:=w_{ij}^{(2)}+\eta\delta_{j}^{(2)}z_{i}^{(1)}`,
  code: updateCode,
  inputs: [...weightIndexInputs(2), ...sampleInputs, etaInput],
  evaluate(values) {
    const s = readSample(values);
    const [i, j] = readWeightIndex(values, 2);
    const eta = readRate(values);
    const w = layerWeights(s.net, 2)[i]![j]!;
    const after = steppedNetwork(s, eta);
    return {
      rows: [
        row('w_ij(2) before', w),
        row('w_ij(2) + η δ_j(2) z_i(1)', w + eta * s.back.deltas[2]![j]! * s.cache.z[1]![i]!),
        row('w_ij(2) − η ∂L/∂w_ij(2)', w - eta * s.back.gradients[1]!.weights[i]![j]!),
        row('w_ij(2) after one trainStep on (x, y)', layerWeights(after, 2)[i]![j]!),
        row('L before the step', loss(s.net, s.x, s.y)),
        row('L after the step', loss(after, s.x, s.y)),
      ],
    };
  },
  post: { index: 27 },
};

const outputBiasGradient: Formula = {
  id: 'output-bias-gradient',
  title: 'The gradient for an output bias',
  chapter: 'backpropagation/output-matrices',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial b_{j}^{(2)}}&=-\left[\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\right]\\&\qquad\cdot\frac{\partial}{\partial b_{j}^{(2)}}\left(w_{ij}^{(2)}z_{i}^{(1)}+b_{j}^{(2)}\right)\\&=-\left[\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\right]\\&=-\delta_{j}^{(2)}\end{aligned}`,
  code: [updateCode[0]!],
  inputs: [...weightIndexInputs(2), ...sampleInputs],
  evaluate(values) {
    const s = readSample(values);
    const [i, j] = readWeightIndex(values, 2);
    const term = (net: typeof s.net, zi: number, w: number) => w * zi + layerBiases(net, 2)[j]!;
    const dTerm = biasPartial(s, 2, j, (c, net) =>
      term(net, c.z[1]![i]!, layerWeights(net, 2)[i]![j]!),
    );
    // The post's factor: b_j z_i + b_j differentiated by w_ij, in which nothing depends on w_ij.
    const postFactor = weightPartial(s, 2, i, j, (c, net) =>
      term(net, c.z[1]![i]!, layerBiases(net, 2)[j]!),
    );
    const analytic = s.back.gradients[1]!.biases[j]!;
    const numeric = biasPartial(s, 2, j, lossProbe(s));
    const residual = s.y[j]! - s.cache.z[2]![j]!;
    return {
      rows: [
        row('∂/∂b_j(2) (w_ij(2) z_i(1) + b_j(2)) by central difference', dTerm),
        row('−[(y_j − z_j(2)) φ′(a_j(2))] = −δ_j(2)', -residual * phiPrime(s, 2, j)),
        row('∂L/∂b_j(2) by backpropagation', analytic, 'analytic'),
        row('∂L/∂b_j(2) by central difference of L', numeric, 'numeric'),
        row('∂/∂w_ij(2) (b_j(2) z_i(1) + b_j(2)), the post’s factor', postFactor, 'post'),
      ],
      check: derivativeCheck(analytic, numeric),
    };
  },
  post: {
    changed: {
      post: [
        String.raw`\frac{\partial}{\partial w_{ij}^{(2)}}`,
        String.raw`b_{j}^{(2)}z{}_{i}^{(1)}`,
      ],
      book: [
        String.raw`\frac{\partial}{\partial b_{j}^{(2)}}`,
        String.raw`w_{ij}^{(2)}z_{i}^{(1)}`,
      ],
    },
    index: 28,
    originalTex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial b_{j}^{(2)}}&=-\left[\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\right]\frac{\partial}{\partial w_{ij}^{(2)}}\left(b_{j}^{(2)}z{}_{i}^{(1)}+b_{j}^{(2)}\right)\\&=-\left[\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\right]\\&=-\delta_{j}^{(2)}\end{aligned}`,
    erratum: String.raw`The post’s middle step differentiates with respect to $w_{ij}$ instead of $b_j$ and writes $b_j z_i + b_j$ for $w_{ij} z_i + b_j$; read literally that factor is $0$. The step is $\partial(w_{ij} z_i + b_j)/\partial b_j = 1$, which gives the post’s result $-\delta_j$.`,
  },
};

const outputBiasUpdate: Formula = {
  id: 'output-bias-update',
  title: 'Updating one output bias',
  chapter: 'backpropagation/output-matrices',
  tex: String.raw`b_{j}^{(2)}:=b_{j}^{(2)}+\eta\delta_{j}^{(2)}`,
  code: updateCode,
  inputs: [weightIndexInputs(2)[1]!, ...sampleInputs, etaInput],
  evaluate(values) {
    const s = readSample(values);
    const j = readIndex(values, 'j', s.cache.z[2]!.length, 'layer 2');
    const eta = readRate(values);
    const b = layerBiases(s.net, 2)[j]!;
    return {
      rows: [
        row('b_j(2) before', b),
        row('b_j(2) + η δ_j(2)', b + eta * s.back.deltas[2]![j]!),
        row('b_j(2) after one trainStep on (x, y)', layerBiases(steppedNetwork(s, eta), 2)[j]!),
      ],
    };
  },
  post: { index: 29 },
};

const outputWeightGradientMatrix: Formula = {
  id: 'output-weight-gradient-matrix',
  title: 'All output-weight gradients at once',
  chapter: 'backpropagation/output-matrices',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial W^{(2)}}&=-\left[\begin{array}{ccc}\delta_{0}^{(2)}z_{0}^{(1)} & \cdots & \delta_{n^{(2)}-1}^{(2)}z_{0}^{(1)}\\\vdots & \ddots & \vdots\\\delta_{0}^{(2)}z_{n^{(1)}-1}^{(1)} & \cdots & \delta_{n^{(2)}-1}^{(2)}z_{n^{(1)}-1}^{(1)}\end{array}\right]\\&=-\left[\begin{array}{c}z_{0}^{(1)}\\\vdots\\z_{n^{(1)}-1}^{(1)}\end{array}\right]\left[\begin{array}{ccc}\delta_{0}^{(2)} & \cdots & \delta_{n^{(2)}-1}^{(2)}\end{array}\right]\\&=-Z^{(1)}\left(\Delta^{(2)}\right)^{T}\end{aligned}`,
  code: [
    { module: 'lib/network/backward.ts', exports: ['layerGradients'] },
    { module: 'lib/linalg.ts', exports: ['outer'] },
  ],
  inputs: sampleInputs,
  evaluate(values) {
    const s = readSample(values);
    const z1 = s.cache.z[1]!;
    const delta = s.back.deltas[2]!;
    const gradient = layerGradients(z1, delta).weights;
    const postProduct = outer(scale(-1, delta), z1);
    return {
      rows: [
        row(`−Z(1)(Δ(2))ᵀ, ${shapeText(gradient)} like W(2)`, gradient, 'analytic'),
        row('∂L/∂W(2) by backpropagation', s.back.gradients[1]!.weights),
        row(
          `−Δ(2)(Z(1))ᵀ, the post’s column times row: ${shapeText(postProduct)}`,
          postProduct,
          'post',
        ),
        row(
          'Δ(2)(Z(1))ᵀ, the post’s last expression (minus sign dropped)',
          outer(delta, z1),
          'post',
        ),
      ],
      check: derivativeCheck(gradient, numericLayerGradients(s)[1]!.weights),
    };
  },
  post: {
    changed: {
      post: [
        String.raw`{n^{(2)}}`,
        String.raw`{n^{(1)}}`,
        String.raw`\Delta^{(2)}\cdot\left(Z^{(1)}\right)^{T}`,
      ],
      book: [
        String.raw`n^{(2)}-1`,
        String.raw`n^{(1)}-1`,
        String.raw`-Z^{(1)}\left(\Delta^{(2)}\right)^{T}`,
      ],
    },
    index: 30,
    originalTex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial W^{(2)}}&=-\left[\begin{array}{cccc}
\delta_{0}^{(2)}z_{0}^{(1)} & \delta_{1}^{(2)}z_{0}^{(1)} & \dots & \delta_{n^{(2)}}^{(2)}z_{0}^{(1)}\\
\delta_{0}^{(2)}z_{1}^{(1)} & \ddots &  & \vdots\\
\vdots &  & \ddots & \vdots\\
\delta_{0}^{(2)}z_{n^{(1)}}^{(1)} & \dots & \dots & \delta_{n^{(2)}}^{(2)}z_{n^{(1)}}^{(1)}
\end{array}\right]\\&=-\left[\begin{array}{c}
\delta_{0}^{(2)}\\
\delta_{1}^{(2)}\\
\vdots\\
\delta_{n^{(2)}}^{(2)}
\end{array}\right]\left[\begin{array}{cccc}
z_{0}^{(1)} & z_{1}^{(1)} & \dots & z_{n^{(1)}}^{(1)}\end{array}\right]\\&=\Delta^{(2)}\cdot\left(Z^{(1)}\right)^{T}\end{aligned}`,
    erratum: String.raw`The post’s matrix is right (row $i$, column $j$ holds $\delta_j z_i$, the $n^{(1)}\times n^{(2)}$ shape of $W^{(2)}$), but its column-times-row product $-\Delta^{(2)}(Z^{(1)})^{T}$ is $n^{(2)}\times n^{(1)}$, the transpose; its last step drops the minus sign, and its indices run to $n$ instead of $n - 1$.`,
  },
};

/** W(l) := W(l) + η Z(l−1)(Δ(l))ᵀ, the post's equation 31 (l = 2) or 38 (l = 1). */
export function weightMatrixUpdate(l: 1 | 2, id: string, index: number, title: string): Formula {
  const k = l - 1;
  return {
    id,
    title,
    chapter: l === 2 ? 'backpropagation/output-matrices' : 'backpropagation/hidden-layer',
    tex: String.raw`W^{(${l})}:=W^{(${l})}+\eta\cdot Z^{(${k})}\cdot\left(\Delta^{(${l})}\right)^{T}`,
    code: [...updateCode, { module: 'lib/linalg.ts', exports: ['outer', 'addScaledMatrix'] }],
    inputs: [...sampleInputs, etaInput],
    evaluate(values) {
      const s = readSample(values);
      const eta = readRate(values);
      const W: Matrix = layerWeights(s.net, l);
      const increment = outer(s.cache.z[k]!, s.back.deltas[l]!);
      const postIncrement = outer(scale(eta, s.back.deltas[l]!), s.cache.z[k]!);
      return {
        rows: [
          row(`W(${l}) before, ${shapeText(W)}`, W),
          row(`W(${l}) + η Z(${k})(Δ(${l}))ᵀ`, addScaledMatrix(W, eta, increment)),
          row(`W(${l}) after one trainStep on (x, y)`, layerWeights(steppedNetwork(s, eta), l)),
          row(
            `η Δ(${l})(Z(${k}))ᵀ, the post’s increment: ${shapeText(postIncrement)}, cannot be added to W(${l})`,
            postIncrement,
            'post',
          ),
        ],
      };
    },
    post: {
      index,
      originalTex: String.raw`W^{(${l})}:=W^{(${l})}+\eta\cdot\Delta^{(${l})}\cdot\left(Z^{(${k})}\right)^{T}`,
      changed: {
        post: [String.raw`\Delta^{(${l})}\cdot\left(Z^{(${k})}\right)^{T}`],
        book: [String.raw`Z^{(${k})}\cdot\left(\Delta^{(${l})}\right)^{T}`],
      },
      erratum: `The post adds $\\eta\\,\\Delta^{(${l})}(Z^{(${k})})^{T}$, an $n^{(${l})}\\times n^{(${k})}$ matrix, to $W^{(${l})}$, which is $n^{(${k})}\\times n^{(${l})}$: the shapes do not match, and the product the update needs is $Z^{(${k})}(\\Delta^{(${l})})^{T}$.`,
    },
  };
}

/** b(l) := b(l) + η Δ(l), the post's equation 32 (l = 2) or 39 (l = 1). */
export function biasVectorUpdate(l: 1 | 2, id: string, index: number, title: string): Formula {
  return {
    id,
    title,
    chapter: l === 2 ? 'backpropagation/output-matrices' : 'backpropagation/hidden-layer',
    tex: String.raw`b^{(${l})}:=b^{(${l})}+\eta\cdot\Delta^{(${l})}`,
    code: [...updateCode, { module: 'lib/linalg.ts', exports: ['add', 'scale'] }],
    inputs: [...sampleInputs, etaInput],
    evaluate(values) {
      const s = readSample(values);
      const eta = readRate(values);
      const b = layerBiases(s.net, l);
      return {
        rows: [
          row(`b(${l}) before`, b),
          row(`b(${l}) + η Δ(${l})`, add(b, scale(eta, s.back.deltas[l]!))),
          row(`b(${l}) after one trainStep on (x, y)`, layerBiases(steppedNetwork(s, eta), l)),
        ],
      };
    },
    post: { index },
  };
}

/** The output layer's updates and vectorized gradient, in book order (post 27 to 32). */
export const backpropUpdateFormulas: readonly Formula[] = [
  outputWeightUpdate,
  stackedOnNarrow(outputBiasGradient),
  outputBiasUpdate,
  stackedOnNarrow(outputWeightGradientMatrix),
  weightMatrixUpdate(2, 'output-weight-matrix-update', 31, 'Updating all output weights at once'),
  biasVectorUpdate(2, 'output-bias-vector-update', 32, 'Updating all output biases at once'),
];

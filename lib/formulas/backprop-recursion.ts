/** Backpropagation, recursive local gradients: δ(2) and δ(1) node by node and as vectors Δ. */
import { dot, hadamard, matVec, subtract } from '../linalg.ts';
import { layerWeights } from '../network/types.ts';
import {
  OFF_BY_ONE,
  offByOneChange,
  biasPartial,
  lossProbe,
  numericDeltas,
  phiPrime,
  phiPrimeVector,
  readSample,
  sampleInputs,
  sizes,
  termCountRow,
  weightIndexInputs,
} from './backprop-helpers.ts';
import { derivativeCheck, readIndex, row, shapeText } from './helpers.ts';
import type { Formula } from './types.ts';

const backwardCode = [{ module: 'lib/network/backward.ts', exports: ['backward'] }];

const outputDeltaVector: Formula = {
  id: 'output-delta-vector',
  title: 'The output layer’s local gradients as a vector',
  chapter: 'backpropagation/recursion',
  tex: String.raw`\begin{aligned}\delta_{j}^{(2)}&=\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\\\Rightarrow\;\Delta^{(2)}&=\left(Y-Z^{(2)}\right)\ast\nabla\phi^{(2)}\end{aligned}`,
  code: [...backwardCode, { module: 'lib/linalg.ts', exports: ['hadamard', 'subtract'] }],
  inputs: [weightIndexInputs(2)[1]!, ...sampleInputs],
  evaluate(values) {
    const s = readSample(values);
    const j = readIndex(values, 'j', sizes.n2, 'layer 2');
    const vector = hadamard(subtract(s.y, s.cache.z[2]!), phiPrimeVector(s, 2));
    return {
      rows: [
        row(
          'δ_j(2) = (y_j − z_j(2)) φ′(a_j(2))',
          (s.y[j]! - s.cache.z[2]![j]!) * phiPrime(s, 2, j),
        ),
        row('Δ(2) = (Y − Z(2)) ∗ ∇φ(2)', vector, 'analytic'),
        row('Δ(2) from the backward pass', s.back.deltas[2]!),
        row(
          '−∂L/∂b(2) by central differences (= Δ(2), as ∂a_j/∂b_j = 1)',
          numericDeltas(s, 2),
          'numeric',
        ),
      ],
      check: derivativeCheck(vector, numericDeltas(s, 2)),
    };
  },
  post: {
    changed: { post: [String.raw`\delta a_{j}^{(2)}`], book: [String.raw`\partial a_{j}^{(2)}`] },
    index: 40,
    originalTex: String.raw`\begin{aligned}\delta_{j}^{(2)}&=\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\delta a_{j}^{(2)}}\\\Rightarrow\;\Delta^{(2)}&=\left(Y-Z^{(2)}\right)\ast\nabla\phi^{(2)}\end{aligned}`,
    erratum:
      'The post writes $\\partial\\phi^{(2)}/\\delta a_j^{(2)}$, a $\\delta$ where the partial-derivative sign belongs: the factor is $\\partial\\phi^{(2)}/\\partial a_j^{(2)}$.',
  },
};

const hiddenLocalGradient: Formula = {
  id: 'hidden-local-gradient',
  title: 'A hidden node’s local gradient',
  chapter: 'backpropagation/recursion',
  tex: String.raw`\delta_{j}^{(1)}=\left[\sum_{k=0}^{n^{(2)}-1}w_{jk}^{(2)}\delta_{k}^{(2)}\right]\frac{\partial\phi^{(1)}}{\partial a_{j}^{(1)}}`,
  code: backwardCode,
  inputs: [weightIndexInputs(1)[1]!, ...sampleInputs],
  evaluate(values) {
    const s = readSample(values);
    const j = readIndex(values, 'j', sizes.n1, 'layer 1');
    const back = dot(layerWeights(s.net, 2)[j]!, s.back.deltas[2]!);
    const delta = back * phiPrime(s, 1, j);
    const numeric = -biasPartial(s, 1, j, lossProbe(s));
    return {
      rows: [
        row('Σ_k w_jk(2) δ_k(2)', back),
        row('∂φ(1)/∂a_j(1) = φ′(a_j(1))', phiPrime(s, 1, j)),
        row('δ_j(1) = [Σ_k w_jk(2) δ_k(2)] φ′(a_j(1))', delta, 'analytic'),
        row('δ_j(1) from the backward pass', s.back.deltas[1]![j]!),
        row('−∂L/∂b_j(1) by central difference (= δ_j(1))', numeric, 'numeric'),
        termCountRow('k', sizes.n2),
      ],
      check: derivativeCheck(delta, numeric),
    };
  },
  post: {
    index: 41,
    originalTex: String.raw`\delta_{j}^{(1)}=\left[\sum_{k=0}^{n^{(2)}}w_{jk}^{(2)}\delta_{k}^{(2)}\right]\frac{\partial\phi^{(1)}}{\partial a_{j}^{(1)}}`,
    slip: OFF_BY_ONE,
    changed: offByOneChange(2),
  },
};

const hiddenDeltaVector: Formula = {
  id: 'hidden-delta-vector',
  title: 'The hidden layer’s local gradients as a vector',
  chapter: 'backpropagation/recursion',
  tex: String.raw`\Delta^{(1)}=\left(W^{(2)}\cdot\Delta^{(2)}\right)\ast\nabla\phi^{(1)}`,
  code: [...backwardCode, { module: 'lib/linalg.ts', exports: ['matVec', 'hadamard'] }],
  inputs: sampleInputs,
  evaluate(values) {
    const s = readSample(values);
    const W2 = layerWeights(s.net, 2);
    const back = matVec(W2, s.back.deltas[2]!);
    const vector = hadamard(back, phiPrimeVector(s, 1));
    return {
      rows: [
        row(`W(2)Δ(2): W(2) is ${shapeText(W2)}, Δ(2) has ${sizes.n2} entries`, back),
        row('∇φ(1)', phiPrimeVector(s, 1)),
        row('Δ(1) = (W(2)Δ(2)) ∗ ∇φ(1)', vector, 'analytic'),
        row('Δ(1) from the backward pass', s.back.deltas[1]!),
        row('−∂L/∂b(1) by central differences (= Δ(1))', numericDeltas(s, 1), 'numeric'),
      ],
      check: derivativeCheck(vector, numericDeltas(s, 1)),
    };
  },
  post: { index: 42 },
};

/** The recursive local gradients, in book order (post 40 to 42). */
export const backpropRecursionFormulas: readonly Formula[] = [
  outputDeltaVector,
  hiddenLocalGradient,
  hiddenDeltaVector,
];

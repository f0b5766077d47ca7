/**
 * Backpropagation, output layer: the derivation of ∂L/∂w_ij(2) step by step. Every step is
 * evaluated on the example network for the reader's i, j and sample, beside the central
 * difference of L itself, so each equality shows the same number.
 */
import { squaredError } from '../losses/mse.ts';
import { dot, transpose } from '../linalg.ts';
import { loss } from '../network/api.ts';
import { layerBiases, layerWeights } from '../network/types.ts';
import {
  OFF_BY_ONE,
  offByOneChange,
  elementwiseActivation,
  lossProbe,
  phiPrime,
  readSample,
  readWeightIndex,
  sampleInputs,
  sizes,
  weightIndexInputs,
  termCountRow,
  weightPartial,
  withGradientCheck,
  type Sample,
} from './backprop-helpers.ts';
import { row, stackedOnNarrow } from './helpers.ts';
import type { EvaluationRow, Formula } from './types.ts';

const inputs = [...weightIndexInputs(2), ...sampleInputs];

const derivationCode = [
  { module: 'lib/network/forward.ts', exports: ['forward'] },
  { module: 'lib/network/backward.ts', exports: ['backward'] },
  { module: 'lib/finite-difference.ts', exports: ['centralDifference'] },
];

/** The pieces every step of the output-layer derivation uses, for w_ij(2). */
function outputStep(values: Readonly<Record<string, number>>) {
  const s = readSample(values);
  const [i, j] = readWeightIndex(values, 2);
  const residual = s.y[j]! - s.cache.z[2]![j]!;
  const analytic = s.back.gradients[1]!.weights[i]![j]!;
  const numeric = weightPartial(s, 2, i, j, lossProbe(s));
  return { s, i, j, residual, analytic, numeric, dPhi: phiPrime(s, 2, j) };
}

const withCheck = (rows: EvaluationRow[], analytic: number, numeric: number) =>
  withGradientCheck(rows, analytic, numeric, 'w_ij(2)');

/** a_j(2) written out as the post writes it, Σ_m w_mj(2) z_m(1) + b_j(2). */
const preactivation = (j: number) => (cache: Sample['cache'], net: Sample['net']) =>
  dot(transpose(layerWeights(net, 2))[j]!, cache.z[1]!) + layerBiases(net, 2)[j]!;

const outputSquaredError: Formula = {
  id: 'output-squared-error',
  title: 'The loss of one sample at the output',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`\begin{aligned}\mathcal{L}&=\frac{1}{2}\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-\hat{y}_{k}\right)^{2}\\&=\frac{1}{2}\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)^{2}\end{aligned}`,
  code: [
    { module: 'lib/losses/mse.ts', exports: ['squaredError'] },
    { module: 'lib/network/api.ts', exports: ['loss'] },
  ],
  inputs: sampleInputs,
  evaluate(values) {
    const s = readSample(values);
    const z = s.cache.z[2]!;
    return {
      rows: [
        row('ŷ = z(2), the network’s output', z),
        row('½ Σ_{k=0}^{n(2)−1} (y_k − z_k(2))²', squaredError(z, s.y)),
        row('L from the engine’s loss(net, x, y)', loss(s.net, s.x, s.y)),
        termCountRow('k', z.length),
      ],
    };
  },
  post: {
    index: 20,
    originalTex: String.raw`\begin{aligned}\mathcal{L}&=\frac{1}{2}\sum_{k=0}^{n^{(2)}}\left(y_{k}-\hat{y}_{k}\right)^{2}\\&=\frac{1}{2}\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)^{2}\end{aligned}`,
    slip: OFF_BY_ONE,
    changed: offByOneChange(2),
  },
};

const setup: Formula = {
  id: 'output-weight-gradient-setup',
  title: 'What we differentiate: $\\mathcal{L}$ with respect to one output weight',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}=\frac{\partial}{\partial w_{ij}^{(2)}}\left(\frac{1}{2}\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)^{2}\right)`,
  code: derivationCode,
  inputs,
  evaluate(values) {
    const { analytic, numeric } = outputStep(values);
    return withCheck([termCountRow('k', sizes.n2)], analytic, numeric);
  },
  post: {
    index: 21,
    originalTex: String.raw`\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}=\frac{\partial}{\partial w_{ij}^{(2)}}\left(\frac{1}{2}\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)^{2}\right)`,
    slip: OFF_BY_ONE,
    changed: offByOneChange(2),
  },
};

const chain: Formula = {
  id: 'output-weight-gradient-chain',
  title: 'Only output $j$ depends on $w_{ij}$',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}&=\frac{\partial}{\partial w_{ij}^{(2)}}\left(\frac{1}{2}\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)^{2}\right)\\&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial z_{j}^{(2)}}{\partial w_{ij}^{(2)}}\\&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial}{\partial w_{ij}^{(2)}}\phi^{(2)}\left(a_{j}^{(2)}\right)\end{aligned}`,
  code: derivationCode,
  inputs,
  evaluate(values) {
    const { s, i, j, residual, analytic, numeric } = outputStep(values);
    const phi = elementwiseActivation(s, 2);
    const dz = weightPartial(s, 2, i, j, (c) => c.z[2]![j]!);
    const dPhiOfA = weightPartial(s, 2, i, j, (c) => phi.f(c.a[2]![j]!));
    return withCheck(
      [
        row('y_j − z_j(2)', residual),
        row(
          '−(y_j − z_j(2)) ∂z_j(2)/∂w_ij(2), the derivative by central difference',
          -residual * dz,
        ),
        row('−(y_j − z_j(2)) ∂φ(2)(a_j(2))/∂w_ij(2), φ applied to a_j(2)', -residual * dPhiOfA),
        termCountRow('k', sizes.n2),
      ],
      analytic,
      numeric,
    );
  },
  post: {
    index: 22,
    originalTex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}&=\frac{\partial}{\partial w_{ij}^{(2)}}\left(\frac{1}{2}\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)^{2}\right)\\&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial z_{j}^{(2)}}{\partial w_{ij}^{(2)}}\\&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial}{\partial w_{ij}^{(2)}}\phi^{(2)}\left(a_{j}^{(2)}\right)\end{aligned}`,
    slip: OFF_BY_ONE,
    changed: offByOneChange(2),
  },
};

const chainRule: Formula = {
  id: 'output-weight-gradient-chain-rule',
  title: 'The chain rule through $\\phi^{(2)}$',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\frac{\partial a_{j}^{(2)}}{\partial w_{ij}^{(2)}}\\&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\\&\qquad\cdot\frac{\partial}{\partial w_{ij}^{(2)}}\left[\sum_{m=0}^{n^{(1)}-1}w_{mj}^{(2)}z_{m}^{(1)}+b_{j}^{(2)}\right]\end{aligned}`,
  code: derivationCode,
  inputs,
  evaluate(values) {
    const { s, i, j, residual, analytic, numeric, dPhi } = outputStep(values);
    const dA = weightPartial(s, 2, i, j, (c) => c.a[2]![j]!);
    const dSum = weightPartial(s, 2, i, j, preactivation(j));
    return withCheck(
      [
        row('∂φ(2)/∂a_j(2) = φ′(a_j(2))', dPhi),
        row('∂a_j(2)/∂w_ij(2) by central difference', dA),
        row('−(y_j − z_j(2)) φ′(a_j(2)) ∂a_j(2)/∂w_ij(2)', -residual * dPhi * dA),
        row(
          '−(y_j − z_j(2)) φ′(a_j(2)) ∂/∂w_ij(2) [Σ_m w_mj z_m(1) + b_j]',
          -residual * dPhi * dSum,
        ),
        termCountRow('m', sizes.n1),
      ],
      analytic,
      numeric,
    );
  },
  post: {
    index: 23,
    originalTex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\frac{\partial a_{j}^{(2)}}{\partial w_{ij}^{(2)}}\\&=-\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\\&\qquad\cdot\frac{\partial}{\partial w_{ij}^{(2)}}\left[\sum_{l=0}^{n^{(1)}}w_{lj}^{(2)}z_{l}^{(1)}+b_{j}^{(2)}\right]\end{aligned}`,
    slip: OFF_BY_ONE,
    erratum: 'The book also names this summation index $m$, since $l$ names layers.',
    changed: { post: ['{n^{(1)}}', 'l=0'], book: ['n^{(1)}-1', 'm=0'] },
  },
};

const result: Formula = {
  id: 'output-weight-gradient-result',
  title: 'Only the term with $w_{ij}$ survives',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}&=-\left[\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\right]\\&\qquad\cdot\frac{\partial}{\partial w_{ij}^{(2)}}\left(w_{ij}^{(2)}z_{i}^{(1)}+b_{j}^{(2)}\right)\\&=-\left[\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\right]z_{i}^{(1)}\end{aligned}`,
  code: derivationCode,
  inputs,
  evaluate(values) {
    const { s, i, j, residual, analytic, numeric, dPhi } = outputStep(values);
    const dTerm = weightPartial(
      s,
      2,
      i,
      j,
      (c, net) => layerWeights(net, 2)[i]![j]! * c.z[1]![i]! + layerBiases(net, 2)[j]!,
    );
    const zi = s.cache.z[1]![i]!;
    return withCheck(
      [
        row('∂/∂w_ij(2) (w_ij(2) z_i(1) + b_j(2)) by central difference', dTerm),
        row('z_i(1)', zi),
        row('−[(y_j − z_j(2)) φ′(a_j(2))] z_i(1)', -residual * dPhi * zi),
      ],
      analytic,
      numeric,
    );
  },
  post: { index: 24 },
};

const localGradient: Formula = {
  id: 'output-local-gradient',
  title: 'The local gradient $\\delta_j^{(2)}$',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`\begin{aligned}\boxed{\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}=-\delta_{j}^{(2)}z_{i}^{(1)}}\\\textrm{where }\delta_{j}^{(2)}&=\left(y_{j}-z_{j}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}\end{aligned}`,
  code: derivationCode.slice(0, 2),
  inputs,
  evaluate(values) {
    const { s, i, j, residual, analytic, numeric, dPhi } = outputStep(values);
    const delta = s.back.deltas[2]![j]!;
    return withCheck(
      [
        row('δ_j(2) = (y_j − z_j(2)) φ′(a_j(2))', residual * dPhi),
        row('δ_j(2) from the backward pass', delta),
        row('−δ_j(2) z_i(1)', -delta * s.cache.z[1]![i]!),
      ],
      analytic,
      numeric,
    );
  },
  post: { index: 25 },
};

const inWords: Formula = {
  id: 'weight-gradient-in-words',
  title: 'The weight gradient in words',
  chapter: 'backpropagation/output-layer',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(2)}}=-&\,\textrm{(local gradient at current node)}\\\cdot&\,\textrm{(output of incoming node)}\end{aligned}`,
  code: derivationCode.slice(0, 2),
  inputs,
  evaluate(values) {
    const { s, i, j, analytic, numeric } = outputStep(values);
    const delta = s.back.deltas[2]![j]!;
    const zi = s.cache.z[1]![i]!;
    return withCheck(
      [
        row('local gradient at node j of layer 2, δ_j(2)', delta),
        row('output of incoming node i of layer 1, z_i(1)', zi),
        row('−(local gradient) · (output of incoming node)', -delta * zi),
      ],
      analytic,
      numeric,
    );
  },
  post: { index: 26 },
};

/** The output-layer derivation, in book order (post 20 to 26). */
export const backpropOutputFormulas: readonly Formula[] = [
  stackedOnNarrow(outputSquaredError),
  setup,
  stackedOnNarrow(chain),
  stackedOnNarrow(chainRule),
  stackedOnNarrow(result),
  localGradient,
  inWords,
];

/**
 * Backpropagation, hidden layer: the derivation of ∂L/∂w_ij(1), where every output depends on the
 * weight. Each step is evaluated on the example network for the reader's i, j and sample, its
 * inner derivatives by central differences, beside ∂L/∂w_ij(1) by backprop and by central difference.
 */
import { dot, hadamard, subtract, transpose } from '../linalg.ts';
import { layerBiases, layerWeights } from '../network/types.ts';
import {
  OFF_BY_ONE,
  offByOneChange,
  lossProbe,
  phiPrime,
  phiPrimeVector,
  readSample,
  readWeightIndex,
  sampleInputs,
  sizes,
  termCountRow,
  weightIndexInputs,
  weightPartial,
  withGradientCheck,
} from './backprop-helpers.ts';
import { biasVectorUpdate, weightMatrixUpdate } from './backprop-updates.ts';
import { row, stackedOnNarrow } from './helpers.ts';
import type { EvaluationRow, Formula } from './types.ts';

type Probe = Parameters<typeof weightPartial>[4];

const inputs = [...weightIndexInputs(1), ...sampleInputs];
const code = [
  { module: 'lib/network/forward.ts', exports: ['forward'] },
  { module: 'lib/network/backward.ts', exports: ['backward'] },
  { module: 'lib/finite-difference.ts', exports: ['centralDifference'] },
];

/** The pieces every step of the hidden-layer derivation uses, for w_ij(1). */
function hiddenStep(values: Readonly<Record<string, number>>) {
  const s = readSample(values);
  const [i, j] = readWeightIndex(values, 1);
  /** ∂f_k/∂w_ij(1) by central difference, for every output node k. */
  const perOutput = (probe: (k: number) => Probe): number[] =>
    s.y.map((_, k) => weightPartial(s, 1, i, j, probe(k)));
  const check = (rows: EvaluationRow[]) =>
    withGradientCheck(
      rows,
      s.back.gradients[0]!.weights[i]![j]!,
      weightPartial(s, 1, i, j, lossProbe(s)),
      'w_ij(1)',
    );
  return {
    s,
    i,
    j,
    perOutput,
    check,
    residual: subtract(s.y, s.cache.z[2]!),
    dPhi2: phiPrimeVector(s, 2),
    wj: layerWeights(s.net, 2)[j]!,
  };
}

const setup: Formula = {
  id: 'hidden-weight-gradient-setup',
  title: 'What we differentiate: $\\mathcal{L}$ with respect to one hidden weight',
  chapter: 'backpropagation/hidden-layer',
  tex: String.raw`\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}=\frac{\partial}{\partial w_{ij}^{(1)}}\left(\frac{1}{2}\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)^{2}\right)`,
  code,
  inputs,
  evaluate: (values) => hiddenStep(values).check([termCountRow('k', sizes.n2)]),
  post: {
    index: 33,
    originalTex: String.raw`\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}=\frac{\partial}{\partial w_{ij}^{(1)}}\left(\frac{1}{2}\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)^{2}\right)`,
    slip: OFF_BY_ONE,
    changed: offByOneChange(2),
  },
};

const chain: Formula = {
  id: 'hidden-weight-gradient-chain',
  title: 'Every output depends on a hidden weight',
  chapter: 'backpropagation/hidden-layer',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}&=-\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial z_{k}^{(2)}}{\partial w_{ij}^{(1)}}\\&=-\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}\frac{\partial a_{k}^{(2)}}{\partial w_{ij}^{(1)}}\\&=-\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}\\&\qquad\cdot\frac{\partial}{\partial w_{ij}^{(1)}}\left[\sum_{m=0}^{n^{(1)}-1}w_{mk}^{(2)}z_{m}^{(1)}+b_{k}^{(2)}\right]\end{aligned}`,
  code,
  inputs,
  evaluate(values) {
    const { perOutput, check, residual, dPhi2 } = hiddenStep(values);
    const bracket =
      (k: number): Probe =>
      (c, net) =>
        dot(transpose(layerWeights(net, 2))[k]!, c.z[1]!) + layerBiases(net, 2)[k]!;
    return check([
      row(
        '−Σ_k (y_k − z_k(2)) ∂z_k(2)/∂w_ij(1)',
        -dot(
          residual,
          perOutput((k) => (c) => c.z[2]![k]!),
        ),
      ),
      row(
        '−Σ_k (y_k − z_k(2)) φ′(a_k(2)) ∂a_k(2)/∂w_ij(1)',
        -dot(
          residual,
          hadamard(
            dPhi2,
            perOutput((k) => (c) => c.a[2]![k]!),
          ),
        ),
      ),
      row(
        '−Σ_k (y_k − z_k(2)) φ′(a_k(2)) ∂/∂w_ij(1) [Σ_m w_mk z_m(1) + b_k]',
        -dot(residual, hadamard(dPhi2, perOutput(bracket))),
      ),
      termCountRow('k', sizes.n2),
    ]);
  },
  post: {
    index: 34,
    originalTex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}&=-\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial z_{k}^{(2)}}{\partial w_{ij}^{(1)}}\\&=-\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}\frac{\partial a_{k}^{(2)}}{\partial w_{ij}^{(1)}}\\&=-\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}\\&\qquad\cdot\frac{\partial}{\partial w_{ij}^{(1)}}\left[\sum_{l=0}^{n^{(1)}}w_{lk}^{(2)}z_{l}^{(1)}+b_{k}^{(2)}\right]\end{aligned}`,
    slip: OFF_BY_ONE,
    erratum: 'The book also names the inner summation index $m$, since $l$ names layers.',
    changed: {
      post: ['{n^{(2)}}', '{n^{(1)}}', 'l=0'],
      book: ['n^{(2)}-1', 'n^{(1)}-1', 'm=0'],
    },
  },
};

const chain2: Formula = {
  id: 'hidden-weight-gradient-chain-2',
  title: 'Only $z_j^{(1)}$ depends on $w_{ij}^{(1)}$',
  chapter: 'backpropagation/hidden-layer',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}&=-\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}\\&\qquad\cdot\frac{\partial}{\partial w_{ij}^{(1)}}\left(w_{jk}^{(2)}z_{j}^{(1)}\right)\\&=-\sum_{k=0}^{n^{(2)}-1}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}w_{jk}^{(2)}\\&\qquad\cdot\frac{\partial z_{j}^{(1)}}{\partial w_{ij}^{(1)}}\end{aligned}`,
  code,
  inputs,
  evaluate(values) {
    const { s, i, j, perOutput, check, residual, dPhi2, wj } = hiddenStep(values);
    const dzj = weightPartial(s, 1, i, j, (c) => c.z[1]![j]!);
    const term = perOutput((k) => (c, net) => layerWeights(net, 2)[j]![k]! * c.z[1]![j]!);
    return check([
      row(
        '−Σ_k (y_k − z_k(2)) φ′(a_k(2)) ∂/∂w_ij(1) (w_jk(2) z_j(1))',
        -dot(residual, hadamard(dPhi2, term)),
      ),
      row('∂z_j(1)/∂w_ij(1) by central difference', dzj),
      row(
        '−Σ_k (y_k − z_k(2)) φ′(a_k(2)) w_jk(2) ∂z_j(1)/∂w_ij(1)',
        -dot(residual, hadamard(dPhi2, wj)) * dzj,
      ),
      termCountRow('k', sizes.n2),
    ]);
  },
  post: {
    index: 35,
    originalTex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}&=-\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}\frac{\partial}{\partial w_{ij}^{(1)}}\left(w_{jk}^{(2)}z_{j}^{(1)}\right)\\&=-\sum_{k=0}^{n^{(2)}}\left(y_{k}-z_{k}^{(2)}\right)\frac{\partial\phi^{(2)}}{\partial a_{k}^{(2)}}w_{jk}^{(2)}\frac{\partial z_{j}^{(1)}}{\partial w_{ij}^{(1)}}\end{aligned}`,
    slip: OFF_BY_ONE,
    changed: offByOneChange(2),
  },
};

const result: Formula = {
  id: 'hidden-weight-gradient-result',
  title: 'The output’s local gradients reappear',
  chapter: 'backpropagation/hidden-layer',
  tex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}&=-\left(\sum_{k=0}^{n^{(2)}-1}\delta_{k}^{(2)}w_{jk}^{(2)}\right)\frac{\partial z_{j}^{(1)}}{\partial w_{ij}^{(1)}}\\&=-\left[\left(\sum_{k=0}^{n^{(2)}-1}\delta_{k}^{(2)}w_{jk}^{(2)}\right)\frac{\partial\phi^{(1)}}{\partial a_{j}^{(1)}}\right]z_{i}^{(0)}\end{aligned}`,
  code,
  inputs,
  evaluate(values) {
    const { s, i, j, check, wj } = hiddenStep(values);
    const back = dot(s.back.deltas[2]!, wj);
    const dzj = weightPartial(s, 1, i, j, (c) => c.z[1]![j]!);
    return check([
      row('Σ_k δ_k(2) w_jk(2)', back),
      row(
        '−(Σ_k δ_k(2) w_jk(2)) ∂z_j(1)/∂w_ij(1), the derivative by central difference',
        -back * dzj,
      ),
      row(
        '−[(Σ_k δ_k(2) w_jk(2)) φ′(a_j(1))] z_i(0)',
        -back * phiPrime(s, 1, j) * s.cache.z[0]![i]!,
      ),
      termCountRow('k', sizes.n2),
    ]);
  },
  post: {
    index: 36,
    originalTex: String.raw`\begin{aligned}\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}&=-\left(\sum_{k=0}^{n^{(2)}}\delta_{k}^{(2)}w_{jk}^{(2)}\right)\frac{\partial z_{j}^{(1)}}{\partial w_{ij}^{(1)}}\\&=-\left[\left(\sum_{k=0}^{n^{(2)}}\delta_{k}^{(2)}w_{jk}^{(2)}\right)\frac{\partial\phi^{(1)}}{\partial a_{j}^{(1)}}\right]z_{i}^{(0)}\end{aligned}`,
    slip: OFF_BY_ONE,
    changed: offByOneChange(2),
  },
};

const gradient: Formula = {
  id: 'hidden-weight-gradient',
  title: 'The hidden weight gradient',
  chapter: 'backpropagation/hidden-layer',
  tex: String.raw`\frac{\partial\mathcal{L}}{\partial w_{ij}^{(1)}}=-\delta_{j}^{(1)}z_{i}^{(0)}=-\delta_{j}^{(1)}x_{i}`,
  code: code.slice(0, 2),
  inputs,
  evaluate(values) {
    const { s, i, j, check } = hiddenStep(values);
    const delta = s.back.deltas[1]![j]!;
    return check([
      row('δ_j(1) from the backward pass', delta),
      row('−δ_j(1) z_i(0)', -delta * s.cache.z[0]![i]!),
      row('−δ_j(1) x_i', -delta * s.x[i]!),
    ]);
  },
  post: { index: 37 },
};

/** The hidden-layer derivation and updates, in book order (post 33 to 39). */
export const backpropHiddenFormulas: readonly Formula[] = [
  setup,
  stackedOnNarrow(chain),
  stackedOnNarrow(chain2),
  stackedOnNarrow(result),
  gradient,
  weightMatrixUpdate(1, 'hidden-weight-matrix-update', 38, 'Updating all hidden weights at once'),
  biasVectorUpdate(1, 'hidden-bias-vector-update', 39, 'Updating all hidden biases at once'),
];

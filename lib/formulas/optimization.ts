/**
 * The optimization refresher's one-dimensional loss ½(ŷ − 2)² (the book's own equations: the
 * post draws this curve but writes no formula) and the post's gradient-descent rule θ := θ − η ∂L/∂θ.
 */
import { OPTIMIZATION_START, OPTIMIZATION_TARGET } from '../examples.ts';
import { centralDifference } from '../finite-difference.ts';
import { gradientStep } from '../gradient-descent.ts';
import { mse, squaredError } from '../losses/mse.ts';
import { derivativeCheck, read, readRate, row, scalarInput } from './helpers.ts';
import type { Formula } from './types.ts';

/** L(ŷ) = ½(2 − ŷ)², the MSE of one output against the target 2. */
const curve = (yhat: number): number => squaredError([yhat], [OPTIMIZATION_TARGET]);

/** dL/dŷ = ŷ − 2, from the MSE's gradient. */
function slope(yhat: number): number {
  const out = [0];
  mse.gradient([yhat], [OPTIMIZATION_TARGET], out);
  return out[0]!;
}

const yhatInput = scalarInput(
  'yhat',
  String.raw`\hat{y}`,
  'the model’s output ŷ',
  OPTIMIZATION_START,
  [-4, 8],
);
const etaInput = scalarInput('eta', String.raw`\eta`, 'learning rate η', 0.1, [0.01, 2.5], 0.01);
const code = [
  { module: 'lib/losses/mse.ts', exports: ['squaredError', 'mse'] },
  { module: 'lib/gradient-descent.ts', exports: ['gradientStep'] },
];

const lossCurve: Formula = {
  id: 'optimization-loss-curve',
  title: 'A loss of one output with target 2',
  chapter: 'optimization',
  tex: String.raw`\mathcal{L}(\hat{y})=\frac{1}{2}\left(\hat{y}-2\right)^{2}`,
  code: [code[0]!],
  inputs: [yhatInput],
  evaluate: (values) => ({ rows: [row('½(ŷ − 2)²', curve(read(values, 'yhat')))] }),
};

const lossDerivative: Formula = {
  id: 'optimization-loss-derivative',
  title: 'Its slope',
  chapter: 'optimization',
  tex: String.raw`\frac{d\mathcal{L}}{d\hat{y}}=\hat{y}-2`,
  code: [code[0]!],
  inputs: [yhatInput],
  evaluate(values) {
    const yhat = read(values, 'yhat');
    return {
      rows: [row('ŷ − 2', slope(yhat), 'analytic')],
      check: derivativeCheck(slope(yhat), centralDifference(curve, yhat)),
    };
  },
};

/** Rows of one step θ := θ − η L′(θ) on the curve: slope, new θ, loss before and after. */
function stepRows(theta: number, eta: number, name: string) {
  const next = gradientStep(theta, slope(theta), eta);
  return [
    row(`slope at ${name}`, slope(theta)),
    row(`${name} − η × slope`, next),
    row('loss before the step', curve(theta)),
    row('loss after the step', curve(next)),
  ];
}

const optimizationStep: Formula = {
  id: 'optimization-step',
  title: 'One step downhill',
  chapter: 'optimization',
  tex: String.raw`\hat{y}:=\hat{y}-\eta\left(\hat{y}-2\right)`,
  code,
  inputs: [yhatInput, etaInput],
  evaluate: (values) => ({ rows: stepRows(read(values, 'yhat'), readRate(values), 'ŷ') }),
};

/** The post's update rule, shown on the refresher's curve with θ = ŷ. */
export const gradientDescentStep: Formula = {
  id: 'gradient-descent-step',
  title: 'Gradient descent',
  chapter: 'backpropagation',
  tex: String.raw`\theta:=\theta-\eta\frac{\partial\mathcal{L}}{\partial\theta}`,
  code,
  inputs: [
    scalarInput('theta', String.raw`\theta`, 'parameter θ', OPTIMIZATION_START, [-4, 8]),
    etaInput,
  ],
  evaluate(values) {
    const theta = read(values, 'theta');
    return {
      rows: stepRows(theta, readRate(values), 'θ'),
      check: derivativeCheck(slope(theta), centralDifference(curve, theta)),
    };
  },
  post: { index: 19 },
};

/** The optimization chapter's equations (the book's own), in book order. */
export const optimizationFormulas: readonly Formula[] = [
  lossCurve,
  lossDerivative,
  optimizationStep,
];

/**
 * The activation explorer: any elementwise activation of the engine's registry (and the scaled
 * sigmoid), its curve and its derivative, the tangent at a, and the analytic slope φ′(a) beside
 * the central finite difference of φ at a. The registry's f and df compute everything.
 */
import { activationNames, activations } from '../../../lib/activations/index.ts';
import { leakyRelu, leakyReluDerivative } from '../../../lib/activations/relu.ts';
import { scaledSigmoid, scaledSigmoidDerivative } from '../../../lib/activations/sigmoid.ts';
import { centralDifference, DEFAULT_STEP } from '../../../lib/finite-difference.ts';
import type { FunctionChartData, FunctionChartOptions, XY } from '../../charts/function-chart.ts';
import { sample } from '../../charts/sample.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

/** The scaled sigmoid c·σ(βa) is a sigmoid with two settings, offered beside the registry's. */
export const SCALED_SIGMOID = 'scaledSigmoid';

/** Every activation acting on one node alone (softmax mixes a layer and has its own page). */
export const explorableNames: readonly string[] = [
  ...activationNames.filter((n) => activations[n].kind === 'elementwise'),
  SCALED_SIGMOID,
];

/** The name a reader sees for each choice, from the registry. */
export const explorableLabels: Readonly<Record<string, string>> = Object.fromEntries(
  explorableNames.map((n) => [
    n,
    n === SCALED_SIGMOID ? 'Scaled sigmoid c·σ(βa)' : activations[n as 'tanh'].label,
  ]),
);

export const activationParams = {
  phi: { kind: 'choice', label: 'activation φ', default: 'sigmoid', options: explorableNames },
  a: { kind: 'number', label: 'pre-activation a', default: 1.5, min: -6, max: 6, step: 0.1 },
  c: { kind: 'number', label: 'height c', default: 1, min: 0.1, max: 3, step: 0.1 },
  beta: { kind: 'number', label: 'steepness β', default: 1, min: 0.1, max: 5, step: 0.1 },
  alpha: { kind: 'number', label: 'leak α', default: 0.1, min: 0, max: 0.5, step: 0.01 },
} as const;

export type ActivationState = StateOf<typeof activationParams>;

/** Which settings matter for each choice (the others are hidden). */
export function settingsFor(phi: string): readonly ('c' | 'beta' | 'alpha')[] {
  if (phi === SCALED_SIGMOID) return ['c', 'beta'];
  if (phi === 'leakyRelu') return ['alpha'];
  return [];
}

interface Curve1D {
  readonly f: (a: number) => number;
  readonly df: (a: number) => number;
  readonly y: XY;
}

/** φ and φ′ for a state, and a y range that shows both. */
export function curveOf(s: ActivationState): Curve1D {
  if (s.phi === SCALED_SIGMOID) {
    return {
      f: (a) => scaledSigmoid(a, s.c, s.beta),
      df: (a) => scaledSigmoidDerivative(a, s.c, s.beta),
      y: [-0.25, Math.max(1.25, s.c + 0.25, (s.c * s.beta) / 4 + 0.25)],
    };
  }
  if (s.phi === 'leakyRelu') {
    return {
      f: (a) => leakyRelu(a, s.alpha),
      df: (a) => leakyReluDerivative(a, s.alpha),
      y: [-3, 6],
    };
  }
  const phi = activations[s.phi as 'tanh'];
  if (phi === undefined || phi.kind !== 'elementwise')
    throw new Error(`${s.phi} is not explorable`);
  const y: XY = s.phi === 'tanh' ? [-1.25, 1.25] : s.phi === 'sigmoid' ? [-0.25, 1.25] : [-3, 6];
  return { f: (a) => phi.f(a), df: (a) => phi.df(a, phi.f(a)), y };
}

export interface ActivationDerived {
  readonly value: number;
  readonly slope: number;
  readonly numeric: number;
  readonly chart: FunctionChartData;
  readonly axes: FunctionChartOptions;
}

const X: XY = [-6, 6];

export const CHART_TITLE = 'An activation function, its derivative and a tangent';

export const activationExplorer: WidgetModel<typeof activationParams, ActivationDerived> = {
  id: 'activation',
  params: activationParams,
  derive(s) {
    const { f, df, y } = curveOf(s);
    const value = f(s.a);
    const slope = df(s.a);
    const numeric = centralDifference(f, s.a, DEFAULT_STEP);
    const tangent = (x: number) => value + slope * (x - s.a);
    return {
      value,
      slope,
      numeric,
      chart: {
        curves: [
          { points: sample(f, X), tone: 'accent', label: 'φ(a)', labelAt: 6, labelDy: 16 },
          { points: sample(df, X), tone: 'warm', dashed: true, label: 'φ′(a)', labelAt: -5.5 },
          {
            points: sample(tangent, [s.a - 1.5, s.a + 1.5], 2),
            tone: 'ink',
            label: 'tangent',
            labelAt: s.a + 1.5,
          },
        ],
        points: [{ x: s.a, y: value, tone: 'accent' }],
      },
      axes: {
        x: { domain: X, label: 'pre-activation a', ticks: [-6, -4, -2, 0, 2, 4, 6] },
        y: { domain: y, label: 'φ(a) and φ′(a)' },
      },
    };
  },
  readouts(d) {
    return {
      value: d.value,
      slope: d.slope,
      numeric: d.numeric,
    };
  },
  summary(d, s) {
    const name = s.phi === 'sigmoid' ? 'σ' : (explorableLabels[s.phi] ?? s.phi);
    return `${name}(${formatNumber(s.a)}) = ${formatNumber(d.value)}, slope ${formatNumber(d.slope)} (finite difference ${formatNumber(d.numeric)})`;
  },
};

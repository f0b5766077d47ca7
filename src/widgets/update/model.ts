/**
 * One gradient-descent step on every parameter of the book's example network at once:
 * θ := θ − η ∂L/∂θ. The chart is the loss after that one step as a function of η, beside its
 * tangent at η = 0, whose slope is −‖∇L‖²: for small η the step lowers the loss by about η‖∇L‖²;
 * for larger η the true loss parts from that straight-line promise. The engine computes every number.
 */
import {
  EXAMPLE_X,
  EXAMPLE_Y,
  exampleNetworkJSON,
  type ExampleOutput,
} from '../../../lib/examples.ts';
import { gradients, loss } from '../../../lib/network/api.ts';
import { fromJSON } from '../../../lib/network/json.ts';
import type { LayerGradient } from '../../../lib/network/types.ts';
import type { FunctionChartData, FunctionChartOptions, XY } from '../../charts/function-chart.ts';
import { sample } from '../../charts/sample.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

export const CHART_TITLE = 'The loss after one step, as a function of the learning rate';
const ETA: XY = [0, 10];

export const updateParams = {
  output: {
    kind: 'choice',
    label: 'output layer and loss',
    default: 'sigmoid',
    options: ['sigmoid', 'softmax'],
  },
  eta: { kind: 'number', label: 'learning rate η', default: 1, min: 0, max: 10, step: 0.1 },
} as const;

export type UpdateState = StateOf<typeof updateParams>;

/** The example network after θ := θ − η ∂L/∂θ on every weight and bias. */
export function stepped(output: ExampleOutput, grads: readonly LayerGradient[], eta: number) {
  const json = exampleNetworkJSON(output);
  return fromJSON({
    ...json,
    layers: json.layers.map((layer, l) => ({
      ...layer,
      weights: layer.weights.map((row, i) =>
        row.map((w, j) => w - eta * grads[l]!.weights[i]![j]!),
      ),
      biases: layer.biases.map((b, j) => b - eta * grads[l]!.biases[j]!),
    })),
  });
}

/** ‖∇L‖²: the sum of every squared partial derivative, weights and biases of every layer. */
export function squaredNorm(grads: readonly LayerGradient[]): number {
  let sum = 0;
  for (const g of grads) {
    for (const row of g.weights) for (const v of row) sum += v * v;
    for (const v of g.biases) sum += v * v;
  }
  return sum;
}

export interface UpdateDerived {
  readonly before: number;
  readonly after: number;
  /** The first-order prediction L − η‖∇L‖². */
  readonly predicted: number;
  readonly normSq: number;
  readonly chart: FunctionChartData;
  readonly axes: FunctionChartOptions;
}

/** What does not depend on η: the example's loss, gradient and the sampled curve of L(η). */
function lossCurve(output: ExampleOutput) {
  const net = fromJSON(exampleNetworkJSON(output));
  const before = loss(net, EXAMPLE_X, EXAMPLE_Y);
  const grads = gradients(net, EXAMPLE_X, EXAMPLE_Y);
  const lossAfter = (eta: number) => loss(stepped(output, grads, eta), EXAMPLE_X, EXAMPLE_Y);
  const curve = sample(lossAfter, ETA, 80);
  return {
    before,
    normSq: squaredNorm(grads),
    lossAfter,
    curve,
    top: Math.max(...curve.map((p) => p[1])),
  };
}

// A slider moves only η: the curve is computed once per output, not 81 networks per move.
const curves = new Map<ExampleOutput, ReturnType<typeof lossCurve>>();
function curveOf(output: ExampleOutput): ReturnType<typeof lossCurve> {
  let found = curves.get(output);
  if (found === undefined) {
    found = lossCurve(output);
    curves.set(output, found);
  }
  return found;
}

export const update: WidgetModel<typeof updateParams, UpdateDerived> = {
  id: 'update',
  params: updateParams,
  derive(s) {
    const output = s.output as ExampleOutput;
    const { before, normSq, lossAfter, curve, top } = curveOf(output);
    const after = lossAfter(s.eta);
    return {
      before,
      after,
      predicted: before - s.eta * normSq,
      normSq,
      chart: {
        curves: [
          {
            points: curve,
            tone: 'accent',
            label: 'L after one step',
            labelAt: ETA[1],
            labelDy: -10,
          },
          {
            points: sample((eta) => before - eta * normSq, [0, before / normSq], 2),
            tone: 'warm',
            dashed: true,
            label: 'L − η‖∇L‖²',
            labelAt: (0.6 * before) / normSq,
          },
        ],
        points: [{ x: s.eta, y: after, tone: 'accent' }],
      },
      axes: {
        x: { domain: ETA, label: 'learning rate η' },
        y: { domain: [0, Math.ceil(top * 12) / 10], label: 'loss L' },
      },
    };
  },
  readouts(d) {
    return { before: d.before, after: d.after, predicted: d.predicted, normSq: d.normSq };
  },
  summary(d, s) {
    const change = d.after < d.before ? 'lowers' : d.after > d.before ? 'raises' : 'keeps';
    return `With η = ${formatNumber(s.eta)} one step ${change} the loss from ${formatNumber(d.before)} to ${formatNumber(d.after)}.`;
  },
};

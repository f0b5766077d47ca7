/**
 * The algorithm, repeated: k training steps of the example network on one sample, each step the four
 * steps of the summary (forward, output δ, backward, update) run by the engine's trainStep, with the
 * loss before every step drawn as a curve.
 */
import { EXAMPLE_Y, exampleNetwork, type ExampleOutput } from '../../../lib/examples.ts';
import { loss, predict, trainStep } from '../../../lib/network/api.ts';
import type { FunctionChartData, FunctionChartOptions } from '../../charts/function-chart.ts';
import { formatNumber } from '../../lib-site/format.ts';
import { sampleOf, sampleParams } from '../example-sample.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

export const CHART_TITLE = 'The loss over training steps on one sample';

export const trainingParams = {
  ...sampleParams,
  eta: { kind: 'number', label: 'learning rate η', default: 0.5, min: 0.01, max: 10, step: 0.01 },
  steps: {
    kind: 'number',
    label: 'training steps k',
    default: 20,
    min: 1,
    max: 200,
    step: 1,
    integer: true,
  },
} as const;

export type TrainingState = StateOf<typeof trainingParams>;

export interface TrainingDerived {
  /** The loss before step 1, …, before step k, then after step k. */
  readonly losses: readonly number[];
  readonly outputs: readonly number[];
  readonly chart: FunctionChartData;
  readonly axes: FunctionChartOptions;
}

export const training: WidgetModel<typeof trainingParams, TrainingDerived> = {
  id: 'training',
  params: trainingParams,
  derive(s) {
    const net = exampleNetwork(s.output as ExampleOutput);
    const x = sampleOf(s);
    const losses: number[] = [];
    for (let k = 0; k < s.steps; k++) losses.push(trainStep(net, [x], [EXAMPLE_Y], s.eta));
    losses.push(loss(net, x, EXAMPLE_Y));
    const top = Math.max(...losses);
    return {
      losses,
      outputs: predict(net, x),
      chart: {
        curves: [{ points: losses.map((v, k) => [k, v] as const), tone: 'accent' }],
        points: [
          {
            x: s.steps,
            y: losses.at(-1)!,
            tone: 'accent',
            label: `after ${s.steps}`,
            dx: -8,
            dy: -12,
          },
        ],
      },
      axes: {
        x: { domain: [0, s.steps], label: 'step' },
        y: { domain: [0, Math.ceil(top * 11) / 10 || 0.1], label: 'loss L' },
      },
    };
  },
  readouts(d) {
    return {
      first: d.losses[0]!,
      last: d.losses.at(-1)!,
      z0: d.outputs[0]!,
      z1: d.outputs[1]!,
    };
  },
  summary(d, s) {
    return `After ${s.steps} steps with η = ${formatNumber(s.eta)} the loss went from ${formatNumber(d.losses[0]!)} to ${formatNumber(d.losses.at(-1)!)}.`;
  },
};

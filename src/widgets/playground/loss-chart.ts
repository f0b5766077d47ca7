/**
 * The loss over the epochs, as the playground charts it: the training loss and the test loss from
 * the trainer's history, on axes that grow with the run. Pure; the page draws it through the
 * book's function chart, at build time (an empty run) and live.
 */
import type { HistoryEntry } from '../../../lib/playground/trainer.ts';
import type { ChartView } from '../kit/chart-element.ts';
import type { XY } from '../../charts/function-chart.ts';

export const LOSS_CHART_TITLE = 'Training loss (solid) and test loss (dashed) over the epochs';

/** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above v. */
export function niceCeiling(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  const step = [1, 2, 5, 10].find((m) => m * power >= v * (1 - 1e-12))!;
  return step * power;
}

/** The chart of a run's losses; with no history yet, empty axes over ten epochs. */
export function lossChartView(history: readonly HistoryEntry[]): ChartView {
  const train: XY[] = [];
  const test: XY[] = [];
  let top = 0;
  for (const e of history) {
    if (Number.isFinite(e.trainLoss)) {
      train.push([e.epoch, e.trainLoss]);
      top = Math.max(top, e.trainLoss);
    }
    if (Number.isFinite(e.testLoss)) {
      test.push([e.epoch, e.testLoss]);
      top = Math.max(top, e.testLoss);
    }
  }
  const last = history.at(-1)?.epoch ?? 0;
  const right = Math.max(10, niceCeiling(last));
  const ceiling = niceCeiling(top);
  return {
    title: LOSS_CHART_TITLE,
    data: {
      curves: [
        { points: train, tone: 'ink' },
        { points: test, tone: 'accent', dashed: true },
      ],
    },
    axes: {
      x: { domain: [0, right], label: 'epoch', ticks: [0, right / 2, right] },
      y: { domain: [0, ceiling], label: 'loss', ticks: [0, ceiling / 2, ceiling] },
    },
  };
}

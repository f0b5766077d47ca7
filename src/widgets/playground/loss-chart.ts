/**
 * The loss over the epochs, as the playground charts it: the training loss and the test loss from
 * the trainer's history, on axes that grow with the run. One pure function draws the chart as SVG
 * text, for the built page (an empty run) and for every redraw while training alike.
 *
 * It is drawn the way the book's static figures are (src/figures/plot-path.ts), not with
 * Observable Plot: Plot is 80 KB of JavaScript gzipped, which alone would take the playground past
 * its 100 KB budget, and a Plot redraw costs a few milliseconds of a frame that trains and paints
 * the maps too. Two lines over three ticks need neither.
 */
import { escapeHtml } from '../../lib-site/rows.ts';
import type { HistoryEntry } from '../../../lib/playground/trainer.ts';
import { formatNumber } from '../../lib-site/format.ts';
import { boxScales, type PlotBox } from '../../figures/plot-path.ts';

export const LOSS_CHART_TITLE = 'Training loss (solid) and test loss (dashed) over the epochs';

/** The drawing's size in its own units, and where the data rectangle sits inside it. */
export const LOSS_CHART_SIZE = { width: 420, height: 200 } as const;
const BOX: PlotBox = { left: 52, top: 12, width: 420 - 52 - 16, height: 200 - 12 - 40 };

/**
 * A tick's label: two significant digits in the book's number format, so the ticks of a loss
 * that stays near 0.0003 (or 1e−33) read 0.00025 and 0.0005, not 0, 0 and 0.001.
 */
export function lossTick(v: number): string {
  return v === 0 ? '0' : formatNumber(Number(v.toPrecision(2)));
}

/** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above v. */
export function niceCeiling(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  const step = [1, 2, 5, 10].find((m) => m * power >= v * (1 - 1e-12))!;
  // 10 ** −5 is not exactly 1e−5 in binary; twelve digits give back the decimal number meant.
  return Number((step * power).toPrecision(12));
}

/** The axes for a history: epochs from 0 to a nice ceiling (at least 10), loss from 0 likewise. */
export function lossAxes(history: readonly HistoryEntry[]): { epochs: number; loss: number } {
  let top = 0;
  for (const e of history) {
    if (Number.isFinite(e.trainLoss)) top = Math.max(top, e.trainLoss);
    if (Number.isFinite(e.testLoss)) top = Math.max(top, e.testLoss);
  }
  return { epochs: Math.max(10, niceCeiling(history.at(-1)?.epoch ?? 0)), loss: niceCeiling(top) };
}

const round = (v: number): string => String(Math.round(v * 10) / 10);

/** SVG path data through the finite values of one loss; the empty string when there are none. */
export function lossPath(
  history: readonly HistoryEntry[],
  which: 'trainLoss' | 'testLoss',
  axes: { epochs: number; loss: number },
): string {
  const { sx, sy } = boxScales(BOX, [0, axes.epochs], [0, axes.loss]);
  let d = '';
  let pen = 'M';
  for (const e of history) {
    const v = e[which];
    if (!Number.isFinite(v)) {
      pen = 'M';
      continue;
    }
    d += `${pen}${round(sx(e.epoch))},${round(sy(Math.min(v, axes.loss)))}`;
    pen = 'L';
  }
  return d;
}

/** The chart as SVG text; `id` names its title and description, `desc` says what it shows. */
export function lossChartSvg(history: readonly HistoryEntry[], id: string, desc: string): string {
  const axes = lossAxes(history);
  const { sx, sy } = boxScales(BOX, [0, axes.epochs], [0, axes.loss]);
  const { left, top, width, height } = BOX;
  const bottom = top + height;
  const xTicks = [0, axes.epochs / 2, axes.epochs];
  const yTicks = [0, axes.loss / 2, axes.loss];
  const grid = [
    ...xTicks.map(
      (t) => `<line x1="${round(sx(t))}" x2="${round(sx(t))}" y1="${top}" y2="${bottom}"/>`,
    ),
    ...yTicks.map(
      (t) => `<line x1="${left}" x2="${left + width}" y1="${round(sy(t))}" y2="${round(sy(t))}"/>`,
    ),
  ].join('');
  const xLabels = xTicks
    .map(
      (t) =>
        `<text x="${round(sx(t))}" y="${bottom + 16}" text-anchor="middle">${lossTick(t)}</text>`,
    )
    .join('');
  const yLabels = yTicks
    .map(
      (t) =>
        `<text x="${left - 6}" y="${round(sy(t))}" text-anchor="end" dominant-baseline="middle">${lossTick(t)}</text>`,
    )
    .join('');
  const train = lossPath(history, 'trainLoss', axes);
  const test = lossPath(history, 'testLoss', axes);
  return (
    `<svg class="ff-plot ff-pg-loss" viewBox="0 0 ${LOSS_CHART_SIZE.width} ${LOSS_CHART_SIZE.height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${LOSS_CHART_TITLE}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    `<g class="ff-grid">${grid}</g>` +
    `<path class="ff-axis" fill="none" d="M${left},${top}V${bottom}H${left + width}"/>` +
    `<g class="ff-tick-labels">${xLabels}${yLabels}</g>` +
    `<text x="${left + width / 2}" y="${bottom + 34}" text-anchor="middle">epoch</text>` +
    `<text transform="translate(14 ${top + height / 2}) rotate(-90)" text-anchor="middle">loss</text>` +
    `<path class="ff-pg-train-line" fill="none" d="${train}"/>` +
    `<path class="ff-pg-test-line" fill="none" d="${test}"/>` +
    `</svg>`
  );
}

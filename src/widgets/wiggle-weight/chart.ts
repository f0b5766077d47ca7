/**
 * The axes and words of the wiggle chart: loss against one weight. Pure, so the build-time SVG
 * and the live redraw are labelled alike; the drawing itself is the book's functionChart.
 */
import type {
  FunctionChartOptions,
  functionChart as FunctionChart,
} from '../../charts/function-chart.ts';
import { formatNumber } from '../../lib-site/format.ts';
import { RANGE, type WiggleDerived } from './model.ts';
import { weightSymbol } from './weights.ts';

/** x: the weight over the slider's range; y: the loss over the curve's own range. */
export function wiggleChartOptions(d: WiggleDerived): FunctionChartOptions {
  return {
    x: {
      domain: [-RANGE, RANGE],
      label: `weight ${weightSymbol(d.ref)}`,
      ticks: [-4, -2, 0, 2, 4],
    },
    y: { domain: d.yDomain, label: 'loss L' },
  };
}

/** The chart's accessible name and a sentence saying what it shows now. */
export function wiggleChartText(d: WiggleDerived, value: number): { title: string; desc: string } {
  const w = weightSymbol(d.ref);
  return {
    title: `The loss as a function of ${w}`,
    desc:
      `The loss L of the example sample, drawn for ${w} from −${RANGE} to ${RANGE} with every other ` +
      `weight fixed. At ${w} = ${formatNumber(value)} the loss is ${formatNumber(d.loss)}, and the ` +
      `dashed tangent there has the backpropagated slope ${formatNumber(d.dLdw)}.`,
  };
}

/**
 * The chart drawn by `draw` (functionChart, imported statically at build time and lazily in the
 * browser); plotSvg already drops Plot's inner aria-labels.
 */
export function wiggleChart(
  draw: typeof FunctionChart,
  d: WiggleDerived,
  value: number,
  frame: { document: Document; id: string },
): SVGSVGElement {
  return draw(d.chart, wiggleChartOptions(d), { ...frame, ...wiggleChartText(d, value) });
}

/**
 * The book's bar chart: one bar per named category (a probability per class, say), each with its
 * value written above it, over a fixed value axis so bars of different states compare at a glance.
 */
import { tickLabel } from '../figures/plot-path.ts';
import type { Tone, XY } from './function-chart.ts';
import { Plot, plotSvgOverFrame, type ChartFrame } from './plot-svg.ts';

export interface Bar {
  /** The category, shown under the bar; unique within a chart. */
  readonly label: string;
  readonly value: number;
  /** The value as the reader should read it, written above the bar. */
  readonly text: string;
  readonly tone?: Tone;
}

export interface BarChartOptions {
  readonly x: { readonly label: string };
  readonly y: { readonly domain: XY; readonly label: string; readonly ticks?: readonly number[] };
}

/** The bars as an SVG element (see plot-svg.ts for the frame). */
export function barChart(
  bars: readonly Bar[],
  options: BarChartOptions,
  frame: ChartFrame,
): SVGSVGElement {
  const ticks = options.y.ticks ? [...options.y.ticks] : 5;
  // Bars leave the y domain only by rounding; clamped, a value of 1.0000000000000002 still draws.
  const [lo, hi] = options.y.domain;
  const shown = bars.map((b) => ({ ...b, value: Math.min(hi, Math.max(lo, b.value)) }));
  const labels = bars.map((b) => b.label);
  // The grid and axes depend on the options and the categories alone: drawn once for them.
  return plotSvgOverFrame(
    {
      x: { type: 'band', domain: labels, padding: 0.3 },
      y: { domain: [lo, hi] },
      marginLeft: 48,
      marginBottom: 40,
      marginTop: 22,
      marginRight: 12,
    },
    [
      Plot.gridY({ ticks, className: 'ff-grid' }),
      Plot.axisX({ label: options.x.label, labelAnchor: 'center', labelArrow: 'none' }),
      Plot.axisY({
        ticks,
        tickFormat: tickLabel,
        label: options.y.label,
        labelAnchor: 'center',
        labelArrow: 'none',
      }),
    ],
    [
      ...shown.map((b) =>
        Plot.barY([b], { x: 'label', y: 'value', className: `ff-bar ff-${b.tone ?? 'accent'}` }),
      ),
      Plot.text(shown, { x: 'label', y: 'value', text: 'text', dy: -8, className: 'ff-label' }),
    ],
    frame,
    `bars ${JSON.stringify([options, labels])}`,
    [Plot.frame({ anchor: 'bottom', className: 'ff-axis' })],
  );
}

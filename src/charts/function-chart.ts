/**
 * The book's chart of functions of one variable: curves, marked points, arrows and tangents over
 * fixed axes. The figures (σ, tanh, ReLU, the losses, gradient descent) and the live widgets all
 * draw through it, at build time and in the browser alike.
 */
import { tickLabel } from '../figures/plot-path.ts';
import { Plot, plotSvgOverFrame, type ChartFrame } from './plot-svg.ts';
import type { XY } from './sample.ts';

export type { XY } from './sample.ts';

/** A colour role; the stylesheet maps each to the theme's colours (light and dark). */
export type Tone = 'ink' | 'accent' | 'warm' | 'soft';

export interface Curve {
  readonly points: readonly XY[];
  readonly tone?: Tone;
  readonly dashed?: boolean;
  readonly label?: string;
  /** x where the label sits, beside the curve (default: the right end). */
  readonly labelAt?: number;
  /** Vertical offset of the label in pixels (negative is up). */
  readonly labelDy?: number;
}

export interface Mark {
  readonly x: number;
  readonly y: number;
  readonly tone?: Tone;
  readonly label?: string;
  readonly dx?: number;
  readonly dy?: number;
}

export interface Arrow {
  readonly from: XY;
  readonly to: XY;
  readonly tone?: Tone;
  readonly label?: string;
  /** Bend in degrees (a jump over a hump); straight when absent. */
  readonly bend?: number;
}

export interface FunctionChartData {
  readonly curves: readonly Curve[];
  readonly points?: readonly Mark[];
  readonly arrows?: readonly Arrow[];
}

export interface Axis {
  readonly domain: XY;
  readonly label: string;
  readonly ticks?: readonly number[];
}

export interface FunctionChartOptions {
  readonly x: Axis;
  readonly y: Axis;
}

const cls = (tone: Tone | undefined, ...more: string[]) =>
  ['ff-' + (tone ?? 'ink'), ...more].join(' ');

/** How far above the bottom of the y domain a curve's label stays, as a share of the domain. */
const LABEL_PAD = 0.06;

/** Where a curve's label goes: at `labelAt` (or the right end), clamped into the y domain. */
function labelPoint(curve: Curve, options: FunctionChartOptions): Mark | null {
  if (curve.label === undefined || curve.points.length === 0) return null;
  const at = curve.labelAt ?? options.x.domain[1];
  let best = curve.points[0]!;
  for (const p of curve.points) if (Math.abs(p[0] - at) < Math.abs(best[0] - at)) best = p;
  const [lo, hi] = options.y.domain;
  // A little inside the frame, so a curve that ends on the bottom edge keeps its label off the axis.
  const pad = (hi - lo) * LABEL_PAD;
  const y = Math.min(hi, Math.max(lo + pad, Number.isFinite(best[1]) ? best[1] : hi));
  return {
    x: best[0],
    y,
    label: curve.label,
    tone: curve.tone ?? 'ink',
    dx: 4,
    dy: curve.labelDy ?? -8,
  };
}

/** The axis's ticks, or about five chosen by Plot. */
const ticksOf = (axis: Axis): number[] | number => (axis.ticks ? [...axis.ticks] : 5);

/** The chart as an SVG element (see plot-svg.ts for the frame: document, id, title, desc). */
export function functionChart(
  data: FunctionChartData,
  options: FunctionChartOptions,
  frame: ChartFrame,
): SVGSVGElement {
  const { x, y } = options;
  const spans = (d: XY) => d[0] < 0 && d[1] > 0;
  const labels = data.curves.map((c) => labelPoint(c, options)).filter((m) => m !== null);
  // Everything up to the frames depends on the options alone: drawn once per options (plotSvgOverFrame).
  const frameMarks: Plot.Markish[] = [
    Plot.gridX({ ticks: ticksOf(x), className: 'ff-grid' }),
    Plot.gridY({ ticks: ticksOf(y), className: 'ff-grid' }),
    spans(x.domain) ? Plot.ruleX([0], { className: 'ff-axis' }) : null,
    spans(y.domain) ? Plot.ruleY([0], { className: 'ff-axis' }) : null,
    Plot.axisX({
      ticks: ticksOf(x),
      tickFormat: tickLabel,
      label: x.label,
      labelAnchor: 'center',
      labelArrow: 'none',
    }),
    Plot.axisY({
      ticks: ticksOf(y),
      tickFormat: tickLabel,
      label: y.label,
      labelAnchor: 'center',
      labelArrow: 'none',
    }),
    Plot.frame({ anchor: 'bottom', className: 'ff-axis' }),
    Plot.frame({ anchor: 'left', className: 'ff-axis' }),
  ];
  const dataMarks: Plot.Markish[] = [
    ...data.curves.map((c) =>
      Plot.line(c.points as XY[], {
        className: cls(c.tone, 'ff-curve', c.dashed === true ? 'ff-dashed' : ''),
        clip: true,
        strokeWidth: c.dashed === true ? 1.8 : 2.4,
        ...(c.dashed === true ? { strokeDasharray: '6 4' } : {}),
      }),
    ),
    ...(data.arrows ?? []).map((a) =>
      Plot.arrow([a], {
        x1: (d: Arrow) => d.from[0],
        y1: (d: Arrow) => d.from[1],
        x2: (d: Arrow) => d.to[0],
        y2: (d: Arrow) => d.to[1],
        bend: a.bend ?? 0,
        strokeWidth: 2,
        headLength: 9,
        className: cls(a.tone, 'ff-arrow'),
      }),
    ),
    ...(data.arrows ?? [])
      .filter((a) => a.label !== undefined)
      .map((a) =>
        Plot.text([a], {
          x: (d: Arrow) => (d.from[0] + d.to[0]) / 2,
          y: (d: Arrow) => Math.max(d.from[1], d.to[1]),
          text: (d: Arrow) => d.label,
          dy: -12 - (a.bend ?? 0) / 2,
          className: cls(a.tone, 'ff-label'),
        }),
      ),
    ...(data.points ?? []).map((p) =>
      Plot.dot([p], { x: 'x', y: 'y', r: 5, clip: true, className: cls(p.tone, 'ff-dot') }),
    ),
    ...[...(data.points ?? []), ...labels]
      .filter((p) => p.label !== undefined)
      .map((p) =>
        Plot.text([p], {
          x: 'x',
          y: 'y',
          text: 'label',
          dx: p.dx ?? 8,
          dy: p.dy ?? -8,
          textAnchor: p.x >= x.domain[1] - (x.domain[1] - x.domain[0]) * 0.05 ? 'end' : 'start',
          className: cls(p.tone, 'ff-label'),
        }),
      ),
  ];
  return plotSvgOverFrame(
    {
      x: { domain: [...x.domain] },
      y: { domain: [...y.domain] },
      marginLeft: 48,
      marginBottom: 40,
      marginTop: 16,
      marginRight: 20,
    },
    frameMarks,
    dataMarks,
    frame,
    `curves ${JSON.stringify(options)}`,
  );
}

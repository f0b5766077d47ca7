/**
 * A matrix as a heat map with its values written in the cells (a Jacobian, say). Positive and
 * negative entries get the two tones of the theme, stronger with |value|; the colours are the
 * theme's pale "low" tints blended towards the page, so the text keeps its contrast in light and
 * dark alike, and the numbers, not the colours, carry the values.
 */
import { Plot, plotSvg, type ChartFrame } from './plot-svg.ts';

export interface HeatCell {
  readonly row: string;
  readonly column: string;
  readonly value: number;
  /** The value as written in the cell. */
  readonly text: string;
}

export interface HeatMapData {
  /** Row and column names, top to bottom and left to right. */
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly HeatCell[];
}

export interface HeatMapOptions {
  /** |value| from which a cell is fully tinted (e.g. 0.25, the largest softmax derivative). */
  readonly scale: number;
  readonly x: { readonly label: string };
  readonly y: { readonly label: string };
}

/** How strongly a cell is tinted: a faint tint even near 0, so the grid stays visible. */
export function cellOpacity(value: number, scale: number): number {
  const share = Math.min(1, Math.abs(value) / scale);
  return Number.isFinite(share) ? 0.15 + 0.85 * share : 0.15;
}

/** The heat map as an SVG element, cells about 66 × 52 units unless the frame gives a size. */
export function heatMap(
  data: HeatMapData,
  options: HeatMapOptions,
  frame: ChartFrame,
): SVGSVGElement {
  const tinted = (sign: 'pos' | 'neg') =>
    Plot.cell(
      data.cells.filter((c) => (sign === 'pos' ? c.value > 0 : c.value < 0)),
      {
        x: 'column',
        y: 'row',
        fillOpacity: (c: HeatCell) => cellOpacity(c.value, options.scale),
        inset: 1,
        className: `ff-heat-${sign}`,
      },
    );
  return plotSvg(
    {
      x: { type: 'band', domain: [...data.columns], padding: 0 },
      y: { type: 'band', domain: [...data.rows], padding: 0 },
      opacity: { type: 'identity' },
      marginLeft: 48,
      marginTop: 40,
      marginBottom: 8,
      marginRight: 8,
      marks: [
        Plot.cell(data.cells, { x: 'column', y: 'row', inset: 1, className: 'ff-heat-zero' }),
        tinted('pos'),
        tinted('neg'),
        Plot.text(data.cells, { x: 'column', y: 'row', text: 'text', className: 'ff-heat-text' }),
        Plot.axisX({
          anchor: 'top',
          label: options.x.label,
          labelAnchor: 'center',
          labelArrow: 'none',
          tickSize: 0,
        }),
        Plot.axisY({
          label: options.y.label,
          labelAnchor: 'center',
          labelArrow: 'none',
          tickSize: 0,
        }),
      ],
    },
    {
      ...frame,
      width: frame.width ?? 56 + 66 * data.columns.length,
      height: frame.height ?? 48 + 52 * data.rows.length,
    },
  );
}

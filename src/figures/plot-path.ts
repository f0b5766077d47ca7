/** A plot box in SVG user units: where the data rectangle sits inside the viewBox. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export type Interval = readonly [number, number];

/** The linear map v ↦ r0 + (v − d0)(r1 − r0)/(d1 − d0) from a data interval onto a pixel interval. */
export function linearScale(domain: Interval, range: Interval): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v) => r0 + ((v - d0) * (r1 - r0)) / (d1 - d0);
}

/** The x and y scales of a box: x grows rightwards, y grows upwards (SVG's y is flipped). */
export function boxScales(box: PlotBox, x: Interval, y: Interval) {
  return {
    sx: linearScale(x, [box.left, box.left + box.width]),
    sy: linearScale(y, [box.top + box.height, box.top]),
  };
}

/** Rounds to two decimals so the emitted path stays short and byte-stable between builds. */
function r(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/**
 * SVG path data for y = f(x) sampled at `samples` + 1 evenly spaced x in `span` (by default the
 * whole x interval). Values are clamped to the
 * y interval so a curve that leaves the box (a steep loss near 0) runs along its edge, not off it.
 */
export function curvePath(
  f: (x: number) => number,
  box: PlotBox,
  x: Interval,
  y: Interval,
  samples = 160,
  span: Interval = x,
): string {
  const { sx, sy } = boxScales(box, x, y);
  const parts: string[] = [];
  for (let s = 0; s <= samples; s++) {
    const xv = span[0] + ((span[1] - span[0]) * s) / samples;
    const yv = Math.min(y[1], Math.max(y[0], f(xv)));
    parts.push(`${s === 0 ? 'M' : 'L'}${r(sx(xv))},${r(sy(yv))}`);
  }
  return parts.join('');
}

/** Formats a tick value: −2, 0.5, 1 (a real minus sign, no trailing zeros). */
export function tickLabel(v: number): string {
  const s = String(Math.round(v * 1000) / 1000);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

/** The three corners of an arrowhead of the given size at (x2, y2), pointing along (x1, y1) → (x2, y2). */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, size = 8): string {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const half = size * 0.45;
  return [
    [x2, y2],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ]
    .map(([x, y]) => `${r(x!)},${r(y!)}`)
    .join(' ');
}

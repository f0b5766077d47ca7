/**
 * Sampling a function for a chart. Apart from the chart functions on purpose: the widgets' pure
 * models sample their curves, and importing this must not bring Observable Plot into the page.
 */

export type XY = readonly [number, number];

/** Samples f at n + 1 evenly spaced points of [a, b]; a non-finite value leaves a gap. */
export function sample(f: (x: number) => number, [a, b]: XY, n = 160): XY[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = a + ((b - a) * i) / n;
    const y = f(x);
    return [x, Number.isFinite(y) ? y : Number.NaN] as const;
  });
}

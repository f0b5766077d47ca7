/**
 * Number formatting for the live evaluations and the build-time panels. Every number a reader sees
 * passes through here, so this is where the "nothing shows NaN or Infinity" rule is enforced.
 */
import type { Quantity } from '../../lib/formulas/types.ts';

/** Significant digits shown: enough to compare an analytic value with its finite difference. */
export const SIGNIFICANT_DIGITS = 6;

/** True when every entry of a number, vector or matrix is finite. */
export function isFiniteQuantity(q: Quantity): boolean {
  if (typeof q === 'number') return Number.isFinite(q);
  return q.every((entry) => isFiniteQuantity(entry));
}

/**
 * A finite number with about 6 significant digits, in plain or scientific notation, using the
 * typographic minus. Throws on NaN or ±Infinity: callers must check with isFiniteQuantity first,
 * so a non-finite value can never reach the page by accident.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatNumber: ${x} is not a finite number`);
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  const text =
    magnitude >= 1e-4 && magnitude < 1e6
      ? String(Number(x.toPrecision(SIGNIFICANT_DIGITS)))
      : x.toExponential(SIGNIFICANT_DIGITS - 1).replace(/\.?0+e/, 'e');
  // Number(...) drops trailing zeros; the exponent form keeps 'e' so it stays copyable.
  return text.replace(/^-/, '−').replace('e+', 'e').replace('e-', 'e−');
}

/** Reads a reader's number the way formatNumber writes it (accepts the typographic minus). */
export function normalizeMinus(text: string): string {
  return text.replace(/[−–]/g, '-');
}

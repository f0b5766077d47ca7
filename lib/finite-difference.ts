/**
 * Central finite differences: the numeric derivatives every analytic gradient of the engine is
 * checked against. (f(x+h) − f(x−h)) / 2h cancels the h² term of the Taylor series, so its
 * truncation error is O(h²) (the one-sided difference is only O(h)); rounding adds about ε·|f|/h,
 * which is why h = 1e-5 and not smaller.
 */

/** Default step h: balances the O(h²) truncation error against the ε/h rounding error. */
export const DEFAULT_STEP = 1e-5;

function assertStep(h: number): void {
  if (!(h > 0 && Number.isFinite(h))) {
    throw new RangeError(
      `finite difference: the step h must be a positive finite number, got ${h}`,
    );
  }
}

/** f′(x) ≈ (f(x+h) − f(x−h)) / 2h, with truncation error O(h²). */
export function centralDifference(f: (x: number) => number, x: number, h = DEFAULT_STEP): number {
  assertStep(h);
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** x with entry k moved by d, as a fresh copy (f may keep or change its argument). */
function nudged(x: readonly number[], k: number, d: number): number[] {
  const copy = x.slice();
  copy[k] = copy[k]! + d;
  return copy;
}

/** ∇f(x) for f: Rⁿ → R, entry k ≈ (f(x + h e_k) − f(x − h e_k)) / 2h, truncation error O(h²). */
export function numericGradient(
  f: (x: number[]) => number,
  x: readonly number[],
  h = DEFAULT_STEP,
): number[] {
  assertStep(h);
  return x.map((_, k) => (f(nudged(x, k, h)) - f(nudged(x, k, -h))) / (2 * h));
}

/** The Jacobian of f: Rⁿ → Rᵐ, J[j][k] = ∂f_j/∂x_k ≈ (f_j(x + h e_k) − f_j(x − h e_k)) / 2h, O(h²). */
export function numericJacobian(
  f: (x: number[]) => ArrayLike<number>,
  x: readonly number[],
  h = DEFAULT_STEP,
): number[][] {
  assertStep(h);
  // Column k holds the derivative of every output with respect to x_k.
  const columns = x.map((_, k) => {
    const plus = f(nudged(x, k, h));
    const minus = f(nudged(x, k, -h));
    if (plus.length !== minus.length) {
      throw new RangeError(
        `numericJacobian: f gave ${plus.length} and then ${minus.length} outputs`,
      );
    }
    return Array.from({ length: plus.length }, (_, j) => (plus[j]! - minus[j]!) / (2 * h));
  });
  const m = x.length === 0 ? f(x.slice()).length : columns[0]!.length;
  return Array.from({ length: m }, (_, j) => columns.map((column) => column[j]!));
}

/** A number, a vector or a matrix, as the derivatives above return them. */
export type Numeric = number | ArrayLike<number> | readonly ArrayLike<number>[];

function describeShape(v: Numeric): string {
  if (typeof v === 'number') return 'a number';
  const first = v[0];
  if (first !== undefined && typeof first !== 'number')
    return `a ${v.length}×${first.length} matrix`;
  return `a vector of length ${v.length}`;
}

/** max_i |a_i − b_i| over two numbers, vectors or matrices of one shape (NaN anywhere gives NaN). */
export function maxAbsDifference(a: Numeric, b: Numeric): number {
  if (typeof a === 'number' || typeof b === 'number') {
    if (typeof a !== 'number' || typeof b !== 'number') {
      throw new RangeError(
        `maxAbsDifference: cannot compare ${describeShape(a)} with ${describeShape(b)}`,
      );
    }
    return Math.abs(a - b);
  }
  if (a.length !== b.length) {
    throw new RangeError(
      `maxAbsDifference: cannot compare ${describeShape(a)} with ${describeShape(b)}`,
    );
  }
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = maxAbsDifference(a[i] as Numeric, b[i] as Numeric);
    // NaN must not be swallowed by a `>` comparison: a check that hides NaN would pass anything.
    if (Number.isNaN(d)) return NaN;
    if (d > max) max = d;
  }
  return max;
}

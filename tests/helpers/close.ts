import { expect } from 'vitest';

type Nested = number | ArrayLike<number> | readonly ArrayLike<number>[] | readonly Nested[];

/**
 * The one closeness check of the test suite: numbers, vectors (arrays or typed arrays) and
 * matrices agree when every entry differs by at most `tolerance` (absolute, plus the same amount
 * relative to the larger magnitude, so large values are not held to an impossible absolute bound).
 */
export function expectClose(
  actual: Nested,
  expected: Nested,
  tolerance = 1e-9,
  path = 'value',
): void {
  if (typeof expected === 'number') {
    expect(typeof actual, `${path} should be a number`).toBe('number');
    const a = actual as number;
    if (Number.isNaN(expected)) {
      expect(Number.isNaN(a), `${path} should be NaN`).toBe(true);
      return;
    }
    if (!Number.isFinite(expected)) {
      expect(a, path).toBe(expected);
      return;
    }
    const bound = tolerance * (1 + Math.max(Math.abs(a), Math.abs(expected)));
    const diff = Math.abs(a - expected);
    // An assertion on the value itself, so the formula check sees which value was checked.
    expect(a, `${path}: ${a} is not within ${tolerance} of ${expected} (off by ${diff})`).toSatisfy(
      () => diff <= bound,
    );
    return;
  }
  expect(typeof actual, `${path} should be an array`).not.toBe('number');
  const a = actual as ArrayLike<Nested>;
  const e = expected as ArrayLike<Nested>;
  expect(a.length, `${path} length`).toBe(e.length);
  for (let i = 0; i < e.length; i++) expectClose(a[i]!, e[i]!, tolerance, `${path}[${i}]`);
}

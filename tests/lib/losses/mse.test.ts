import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanSquaredError, mse, squaredError } from '../../../lib/losses/mse.ts';
import { numericGradient } from '../../../lib/finite-difference.ts';
import { expectClose } from '../../helpers/close.ts';

// 0 and 1e-15 to 1e-14: the same sums computed two ways, rounding only.

const RUNS = { seed: 20261128, numRuns: 200 };
const pair = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
    ),
  );
// L is quadratic, so the central difference has no truncation error at all; only rounding,
// ε·|L|/h ≤ 2e-16·75/1e-5 ≈ 2e-9 for entries up to 5 and n ≤ 6.
const FD_TOL = 1e-7;

describe('output-squared-error', () => {
  it('is ½ Σ_k (y_k − z_k)² for one sample', () => {
    expect(squaredError([1, 2], [0, 0])).toBe(2.5);
    expectClose(squaredError([0.9, 0.1], [1, 0]), 0.01, 1e-15);
    expect(squaredError([3], [3])).toBe(0);
  });

  it('has gradient ∂L/∂z = z − y, which central differences confirm', () => {
    fc.assert(
      fc.property(pair, ([z, y]) => {
        const out = new Array<number>(z.length).fill(0);
        mse.gradient(z, y, out);
        expectClose(
          out,
          numericGradient((v) => squaredError(v, y), z),
          FD_TOL,
        );
        expectClose(
          out,
          z.map((zk, k) => zk - y[k]!),
          0,
        );
      }),
      RUNS,
    );
  });

  it('throws, naming both lengths, when output and target differ in length', () => {
    expect(() => squaredError([1, 2], [1, 2, 3])).toThrow(/output has 2 values but target has 3/);
    expect(() => mse.gradient([1], [1, 2], [0])).toThrow(/output has 1 values but target has 2/);
    // Each names the function that refused.
    expect(() => squaredError([1], [])).toThrow(/^squaredError: /);
    expect(() => mse.gradient([1], [], [0])).toThrow(/^mse gradient: /);
  });
});

describe('mean-squared-error', () => {
  it('is 1/(2N) Σ_i Σ_k (y_ik − ŷ_ik)² over N samples', () => {
    // Per-sample squared errors ½·1 and ½·(4 + 9) = 6.5: the mean over N = 2 is (0.5 + 6.5)/2.
    expect(
      meanSquaredError(
        [
          [1, 0],
          [2, 3],
        ],
        [
          [0, 0],
          [0, 0],
        ],
      ),
    ).toBe(3.5);
  });

  it('is the mean of the per-sample losses ½Σ(y − z)²', () => {
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 5 }), (pairs) => {
        const outputs = pairs.map(([z]) => z);
        const targets = pairs.map(([, y]) => y);
        const mean = pairs.reduce((s, [z, y]) => s + squaredError(z, y), 0) / pairs.length;
        expectClose(meanSquaredError(outputs, targets), mean, 1e-14);
      }),
      RUNS,
    );
  });

  it('throws when the numbers of outputs and targets differ, naming both, or when there are none', () => {
    expect(() => meanSquaredError([[1], [2]], [[1]])).toThrow(/2 outputs but 1 targets/);
    expect(() => meanSquaredError([], [])).toThrow(/no samples/);
  });
});

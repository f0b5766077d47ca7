import { describe, expect, it } from 'vitest';
import {
  centralDifference,
  maxAbsDifference,
  numericGradient,
  numericJacobian,
} from '../../lib/finite-difference.ts';
import { expectClose } from '../helpers/close.ts';

// With h = 1e-5 the truncation error is h²/6·|f‴| ≈ 2e-11·|f‴| and rounding adds about
// ε·|f|/h ≈ 2e-11·|f|: for the small smooth functions below 1e-8 leaves a wide margin.
const TOL = 1e-8;

describe('centralDifference', () => {
  it('gives the derivative of sin as cos', () => {
    for (const x of [-2, -0.5, 0, 1, 3])
      expectClose(centralDifference(Math.sin, x), Math.cos(x), TOL);
  });

  it('is exact, up to rounding, for a quadratic, where the h² error term vanishes', () => {
    // (f(x+h) − f(x−h))/2h for f = 3x² + 2x is 6x + 2 exactly, even with a large h.
    expectClose(
      centralDifference((x) => 3 * x * x + 2 * x, 1.5, 0.5),
      11,
      1e-12,
    );
  });

  it('has an error that shrinks like h²: halving h quarters it', () => {
    // For f = x³ the error is exactly h² (the f‴/6 term; f‴ = 6), so it is 4 times smaller at h/2.
    const cube = (x: number) => x ** 3;
    const errorAt = (h: number) => centralDifference(cube, 1, h) - 3;
    // At h = 0.1 rounding is ~1e-15/h ≈ 1e-14, so 1e-10 and a ratio good to 1e-6 are generous.
    expectClose(errorAt(0.1), 0.01, 1e-10);
    expectClose(errorAt(0.1) / errorAt(0.05), 4, 1e-6);
  });

  it('rejects a step that is not a positive finite number', () => {
    expect(() => centralDifference(Math.sin, 0, 0)).toThrow(/positive finite/);
    expect(() => centralDifference(Math.sin, 0, -1e-5)).toThrow(/got -0.00001/);
    expect(() => centralDifference(Math.sin, 0, NaN)).toThrow(/NaN/);
  });
});

describe('numericGradient', () => {
  it('gives ∇(x₀² x₁ + sin x₂) = [2x₀x₁, x₀², cos x₂]', () => {
    const f = ([x0, x1, x2]: number[]) => x0! * x0! * x1! + Math.sin(x2!);
    const x = [1.2, -0.7, 0.4];
    expectClose(numericGradient(f, x), [2 * 1.2 * -0.7, 1.2 * 1.2, Math.cos(0.4)], TOL);
  });

  it('leaves its argument unchanged even when f writes into the vector it is given', () => {
    const x = [1, 2];
    const f = (v: number[]) => {
      const s = v[0]! + 2 * v[1]!;
      v[0] = 99;
      return s;
    };
    expectClose(numericGradient(f, x), [1, 2], TOL);
    expect(x).toEqual([1, 2]);
  });

  it('rejects a step that is not a positive finite number, as centralDifference does', () => {
    expect(() => numericGradient(([v]) => v!, [1], 0)).toThrow(
      /finite difference: the step h must be a positive finite number, got 0/,
    );
  });
});

describe('numericJacobian', () => {
  it('puts ∂f_j/∂x_k in row j, column k for f: R² → R³', () => {
    const f = ([x, y]: number[]) => [x! * y!, x! + 3 * y!, x! * x!];
    const [x, y] = [2, -1];
    const expected = [
      [y, x],
      [1, 3],
      [2 * x, 0],
    ];
    expectClose(numericJacobian(f, [x, y]), expected, TOL);
  });

  it('has one row per output even when there are no inputs', () => {
    expect(numericJacobian(() => [1, 2], [])).toEqual([[], []]);
  });

  it('evaluates f exactly twice per input (once with no inputs), never at x itself', () => {
    const seen: number[][] = [];
    const f = (v: number[]) => {
      seen.push(v.slice());
      return [v[0]! * v[1]!];
    };
    numericJacobian(f, [2, 3], 0.5);
    expect(seen).toEqual([
      [2.5, 3],
      [1.5, 3],
      [2, 3.5],
      [2, 2.5],
    ]);
    let calls = 0;
    numericJacobian(() => [calls++], []);
    expect(calls).toBe(1);
  });

  it('leaves an empty argument empty even when f writes into the vector it is given', () => {
    const x: number[] = [];
    const jacobian = numericJacobian((v) => {
      v.push(1);
      return [0];
    }, x);
    expect(jacobian).toEqual([[]]);
    expect(x).toEqual([]);
  });

  it('throws, naming both counts, when f gives a different number of outputs at x + h and x − h', () => {
    let calls = 0;
    const f = () => (calls++ % 2 === 0 ? [1, 2] : [1, 2, 3]);
    expect(() => numericJacobian(f, [0])).toThrow(/numericJacobian: f gave 2 and then 3 outputs/);
  });

  it('rejects a step that is not a positive finite number', () => {
    expect(() => numericJacobian((v) => v, [1], Infinity)).toThrow(
      /finite difference: the step h must be a positive finite number, got Infinity/,
    );
  });
});

describe('maxAbsDifference', () => {
  it('is the largest entrywise gap for numbers, vectors and matrices', () => {
    expect(maxAbsDifference(1, 1.5)).toBe(0.5);
    expect(maxAbsDifference([1, 2, 3], [1, 2.25, 2])).toBe(1);
    expect(
      maxAbsDifference(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 6],
        ],
      ),
    ).toBe(2);
    expect(maxAbsDifference(new Float64Array([1, 2]), [1, -2])).toBe(4);
  });

  it('reports NaN rather than hiding it behind a comparison', () => {
    expect(maxAbsDifference([0, NaN, 0], [0, 0, 5])).toBeNaN();
  });

  it('throws, naming both shapes, when the shapes differ', () => {
    expect(() => maxAbsDifference([1, 2], [1, 2, 3])).toThrow(/length 2 .* length 3/);
    expect(() => maxAbsDifference(1, [1])).toThrow(/a number with a vector of length 1/);
    expect(() => maxAbsDifference([[1, 2]], [[1, 2, 3]])).toThrow(/length 2 .* length 3/);
  });

  it('names a number on either side, an empty vector and a matrix by their shapes', () => {
    expect(() => maxAbsDifference([1], 1)).toThrow(
      /maxAbsDifference: cannot compare a vector of length 1 with a number/,
    );
    expect(() => maxAbsDifference([], [1])).toThrow(
      /cannot compare a vector of length 0 with a vector of length 1/,
    );
    expect(() =>
      maxAbsDifference(
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toThrow(/cannot compare a 1×2 matrix with a 2×2 matrix/);
  });
});

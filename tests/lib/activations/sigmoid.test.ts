import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  scaledSigmoid,
  scaledSigmoidDerivative,
  sigmoid,
  sigmoidActivation,
  sigmoidDerivative,
} from '../../../lib/activations/sigmoid.ts';
import { centralDifference } from '../../../lib/finite-difference.ts';
import { expectClose } from '../../helpers/close.ts';

// Tolerances below 1e-11 compare the same quantity computed two exact ways (rounding only:
// a few ulps, 1e-15 to 1e-12); FD_TOL is for finite differences, justified where it is defined.

// Fixed seed: the same inputs every run, so a failure is reproducible.
const RUNS = { seed: 20261128, numRuns: 300 };
const moderate = fc.double({ min: -30, max: 30, noNaN: true });
const wide = fc.double({ min: -1e4, max: 1e4, noNaN: true });
// Central differences with h = 1e-5 on a function bounded by c: truncation h²/6·|f‴| ≤ 2e-11·cβ³
// and rounding ε·c/h ≈ 2e-11·c, both far below 1e-8 for c ≤ 3, β ≤ 3.
const FD_TOL = 1e-8;

describe('sigmoid', () => {
  it('is 1/(1 + e^(−a)): ½ at 0, 1/(1 + e^(−2)) at 2', () => {
    expect(sigmoid(0)).toBe(0.5);
    expectClose(sigmoid(2), 1 / (1 + Math.exp(-2)), 1e-15);
    expectClose(sigmoid(-2), 1 / (1 + Math.exp(2)), 1e-15);
  });

  it('stays in [0, 1] for every finite input', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (a) => {
        const s = sigmoid(a);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('keeps σ(a) for a very negative a as e^a, not 0: σ(−710) is below the smallest normal number', () => {
    // 1/(1 + e^710) would be 1/Infinity = 0; e^a/(1 + e^a) with 1 + e^−710 = 1 is e^−710 exactly.
    expect(sigmoid(-710)).toBe(Math.exp(-710));
    expect(sigmoid(-710)).toBeGreaterThan(0);
  });

  it('gives σ(−1000) = 0 and σ(1000) = 1, not NaN', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoidDerivative(-1000)).toBe(0);
    expect(sigmoidDerivative(1000)).toBe(0);
  });

  it('and its derivative are finite for every input in [−1e4, 1e4]', () => {
    fc.assert(
      fc.property(wide, (a) => {
        expect(Number.isFinite(sigmoid(a))).toBe(true);
        expect(Number.isFinite(sigmoidDerivative(a))).toBe(true);
        expect(Number.isFinite(scaledSigmoid(a, 2, 3))).toBe(true);
        expect(Number.isFinite(scaledSigmoidDerivative(a, 2, 3))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the scaled sigmoid c/(1 + e^(−βa)) is c·σ(βa): ceiling c, ½c at 0', () => {
    expect(scaledSigmoid(0, 4, 2)).toBe(2);
    expectClose(scaledSigmoid(1.5, 3, 2), 3 / (1 + Math.exp(-3)), 1e-15);
    expectClose(scaledSigmoid(50, 3, 2), 3, 1e-15);
  });

  it('the scaled sigmoid’s derivative cβσ(βa)(1 − σ(βa)) matches central differences', () => {
    const c = fc.double({ min: 0.5, max: 3, noNaN: true });
    const beta = fc.double({ min: 0.1, max: 3, noNaN: true });
    fc.assert(
      fc.property(moderate, c, beta, (a, cc, b) => {
        const numeric = centralDifference((x) => scaledSigmoid(x, cc, b), a);
        expectClose(scaledSigmoidDerivative(a, cc, b), numeric, FD_TOL);
      }),
      RUNS,
    );
  });
});

describe('sigmoid-derivative', () => {
  it('σ′(a) matches the central difference of σ on seeded random inputs', () => {
    fc.assert(
      fc.property(moderate, (a) => {
        expectClose(sigmoidDerivative(a), centralDifference(sigmoid, a), FD_TOL);
      }),
      RUNS,
    );
  });

  it('σ′ = σ(1 − σ): the derivative written with the function itself', () => {
    fc.assert(
      fc.property(moderate, (a) => {
        // Computed independently from e^(−a)/(1 + e^(−a))², the quotient rule's form.
        const e = Math.exp(-a);
        expectClose(sigmoid(a) * (1 - sigmoid(a)), e / (1 + e) ** 2, 1e-12);
        expectClose(sigmoidDerivative(a), e / (1 + e) ** 2, 1e-12);
      }),
      RUNS,
    );
  });

  it('σ′(0) = ¼, its largest value', () => {
    expect(sigmoidDerivative(0)).toBe(0.25);
    fc.assert(
      fc.property(moderate, (a) => {
        expect(sigmoidDerivative(a)).toBeLessThanOrEqual(0.25);
      }),
      RUNS,
    );
  });

  it('the activation object’s df(a, z) reuses z = σ(a) and equals σ′(a)', () => {
    fc.assert(
      fc.property(moderate, (a) => {
        expectClose(sigmoidActivation.df(a, sigmoid(a)), sigmoidDerivative(a), 1e-15);
      }),
      RUNS,
    );
  });
});

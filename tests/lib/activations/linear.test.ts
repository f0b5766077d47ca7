import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearActivation } from '../../../lib/activations/linear.ts';
import { centralDifference } from '../../../lib/finite-difference.ts';
import { expectClose } from '../../helpers/close.ts';

describe('linear', () => {
  it('is the identity with derivative 1, which central differences confirm', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (a) => {
        expect(linearActivation.f(a)).toBe(a);
        expect(linearActivation.df(a, a)).toBe(1);
        // Rounding of (a + h) − (a − h) is about ε·|a|/h ≤ 2.2e-7 for |a| ≤ 1e4.
        expectClose(centralDifference(linearActivation.f, a), 1, 1e-6);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});

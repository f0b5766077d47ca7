import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEAK,
  leakyRelu,
  leakyReluActivation,
  leakyReluDerivative,
  relu,
  reluActivation,
  reluDerivative,
} from '../../../lib/activations/relu.ts';
import { centralDifference } from '../../../lib/finite-difference.ts';
import { expectClose } from '../../helpers/close.ts';

// 1e-15 compares α·a with its product written out: rounding only.

const RUNS = { seed: 20261128, numRuns: 300 };
// Away from the kink at 0 (farther than the step h = 1e-5) both functions are linear, so the
// central difference is exact up to rounding ε·|a|/h ≤ 2e-9 for |a| ≤ 100.
const offKink = fc.double({ min: -100, max: 100, noNaN: true }).filter((a) => Math.abs(a) > 1e-3);
const FD_TOL = 1e-7;
const wide = fc.double({ min: -1e4, max: 1e4, noNaN: true });

describe('relu', () => {
  it('is max(0, a)', () => {
    expect(relu(3)).toBe(3);
    expect(relu(-3)).toBe(0);
  });

  it('ReLU′ matches central differences away from 0', () => {
    fc.assert(
      fc.property(offKink, (a) =>
        expectClose(reluDerivative(a), centralDifference(relu, a), FD_TOL),
      ),
      RUNS,
    );
  });

  it('takes ReLU′(0) = 0, the left slope, and ReLU(0) = 0 (the convention the book states)', () => {
    expect(relu(0)).toBe(0);
    expect(reluDerivative(0)).toBe(0);
    expect(reluActivation.df(0, 0)).toBe(0);
  });

  it('gives +0, never −0, for a = −0, as max(0, −0) does (a formatter shows −0 as "-0")', () => {
    expect(Object.is(relu(-0), 0)).toBe(true);
    const z = new Float64Array([1]);
    reluActivation.apply([-0], z);
    expect(Object.is(z[0], 0)).toBe(true);
  });

  it('and its derivative are finite for every input in [−1e4, 1e4]', () => {
    fc.assert(
      fc.property(wide, (a) => {
        expect(Number.isFinite(relu(a)) && Number.isFinite(reluDerivative(a))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('leaky-relu', () => {
  it('is a for a ≥ 0 and αa for a < 0, with α = 0.01 unless given', () => {
    expect(DEFAULT_LEAK).toBe(0.01);
    expect(leakyRelu(2)).toBe(2);
    expectClose(leakyRelu(-2), -0.02, 1e-15);
    expectClose(leakyRelu(-2, 0.1), -0.2, 1e-15);
  });

  it('its derivative is 1 for a > 0 and α for a < 0, matching central differences', () => {
    const alpha = fc.double({ min: 0, max: 0.5, noNaN: true });
    fc.assert(
      fc.property(offKink, alpha, (a, al) => {
        const numeric = centralDifference((x) => leakyRelu(x, al), a);
        expectClose(leakyReluDerivative(a, al), numeric, FD_TOL);
      }),
      RUNS,
    );
  });

  it('takes the left slope α at a = 0, like ReLU, and LeakyReLU(0) = 0', () => {
    expect(leakyRelu(0)).toBe(0);
    expect(leakyReluDerivative(0)).toBe(DEFAULT_LEAK);
    expect(leakyReluDerivative(0, 0.2)).toBe(0.2);
    expect(leakyReluActivation.df(0, 0)).toBe(DEFAULT_LEAK);
  });

  it('and its derivative are finite for every input in [−1e4, 1e4]', () => {
    fc.assert(
      fc.property(wide, (a) => {
        expect(Number.isFinite(leakyRelu(a)) && Number.isFinite(leakyReluDerivative(a))).toBe(true);
      }),
      RUNS,
    );
  });
});

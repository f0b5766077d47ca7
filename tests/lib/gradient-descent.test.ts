import { describe, expect, it } from 'vitest';
import { descend1d, gradientStep } from '../../lib/gradient-descent.ts';
import { expectClose } from '../helpers/close.ts';

// Tolerances: the steps are a few exact multiply-adds, so closed forms agree to rounding
// (1e-15 for one step, 1e-12 after ten); convergence is judged by the 1e-8 tolerance itself.

// The optimization chapter's loss: L(ŷ) = ½(ŷ − 2)² for a target of 2, with L′(ŷ) = ŷ − 2.
const f = (x: number) => 0.5 * (x - 2) ** 2;
const df = (x: number) => x - 2;

describe('optimization-step', () => {
  it('at ŷ = 4 the slope is positive, so the step moves ŷ to the left (the post’s point)', () => {
    const { trajectory } = descend1d({ f, df, start: 4, eta: 0.1, steps: 1 });
    const [first, second] = trajectory;
    expect(first!.slope).toBe(2);
    expect(second!.x - first!.x).toBeLessThan(0);
    expectClose(second!.x, 4 - 0.1 * 2, 1e-15);
  });

  it('at ŷ = 0 the slope is negative, so the step moves ŷ to the right', () => {
    const { trajectory } = descend1d({ f, df, start: 0, eta: 0.1, steps: 1 });
    expect(trajectory[0]!.slope).toBeLessThan(0);
    expect(trajectory[1]!.x).toBeGreaterThan(0);
  });
});

describe('gradient-descent-step', () => {
  it('θ := θ − η ∂L/∂θ moves against the gradient by η times it', () => {
    expectClose(gradientStep(4, 2, 0.1), 3.8, 1e-15);
    expect(gradientStep(1, -3, 0.5)).toBe(2.5);
  });
});

describe('descend1d', () => {
  it('converges on ½(x − 2)² from 4 with η = 0.1', () => {
    const { trajectory, outcome } = descend1d({ f, df, start: 4, eta: 0.1, steps: 500 });
    expect(outcome).toBe('converged');
    // It stops once |slope| < 1e-8 (the default tolerance), so x is within 1e-8 of 2.
    expectClose(trajectory.at(-1)!.x, 2, 1e-8);
    // Each step multiplies x − 2 by (1 − η) = 0.9: about ln(2e8)/ln(1/0.9) ≈ 182 steps.
    expect(trajectory.length).toBeGreaterThan(150);
    expect(trajectory.length).toBeLessThan(200);
  });

  it('follows x_t − 2 = 2·0.9^t exactly along the way', () => {
    const { trajectory } = descend1d({ f, df, start: 4, eta: 0.1, steps: 10 });
    trajectory.forEach((p, t) => {
      expectClose(p.x, 2 + 2 * 0.9 ** t, 1e-12);
      expectClose(p.fx, 0.5 * (2 * 0.9 ** t) ** 2, 1e-12);
      expectClose(p.slope, 2 * 0.9 ** t, 1e-12);
    });
  });

  it('diverges with η = 2.5 and says so, without a single NaN in the trajectory', () => {
    // x − 2 is multiplied by (1 − 2.5) = −1.5 each step: it grows without bound.
    const { trajectory, outcome } = descend1d({ f, df, start: 4, eta: 2.5, steps: 1000 });
    expect(outcome).toBe('diverged');
    expect(trajectory.length).toBeLessThan(1000);
    for (const p of trajectory) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.fx) && Number.isFinite(p.slope)).toBe(true);
    }
    expect(Math.abs(trajectory.at(-1)!.fx)).toBeGreaterThan(1e6);
  });

  it('stops at the first point where |x| or f(x) passes the divergence limit', () => {
    // f(x_t) = ½(2·1.5^t)² = 2·2.25^t first exceeds 1e6 (the default limit) at t = 17.
    const { trajectory } = descend1d({ f, df, start: 4, eta: 2.5, steps: 1000 });
    expect(trajectory).toHaveLength(18);
    for (const p of trajectory.slice(0, -1)) expect(p.fx).toBeLessThanOrEqual(1e6);
    // With a limit of 100 it stops at t = 5, where f = 2·2.25⁵ ≈ 115.3.
    const short = descend1d({ f, df, start: 4, eta: 2.5, steps: 1000, divergenceLimit: 100 });
    expect(short.outcome).toBe('diverged');
    expect(short.trajectory).toHaveLength(6);
    expectClose(short.trajectory.at(-1)!.fx, 2 * 2.25 ** 5, 1e-12);
  });

  it('stops as diverged, before any NaN, when f overflows to Infinity', () => {
    const { trajectory, outcome } = descend1d({
      f: (x) => Math.exp(x * x),
      df: (x) => 2 * x * Math.exp(x * x),
      start: 1,
      eta: 1,
      steps: 50,
      divergenceLimit: Infinity,
    });
    expect(outcome).toBe('diverged');
    for (const p of trajectory) expect(Number.isFinite(p.fx)).toBe(true);
  });

  it('reports stopped when the step budget runs out first', () => {
    const { trajectory, outcome } = descend1d({ f, df, start: 4, eta: 0.01, steps: 5 });
    expect(outcome).toBe('stopped');
    expect(trajectory).toHaveLength(6);
  });

  it('converges at once when it starts at the minimum', () => {
    const result = descend1d({ f, df, start: 2, eta: 0.1, steps: 10 });
    expect(result).toEqual({ trajectory: [{ x: 2, fx: 0, slope: 0 }], outcome: 'converged' });
  });

  it('stops as diverged at the start when |x| or |f(x)| is already past the limit', () => {
    const flat = { df: () => 0, eta: 0.1, steps: 10, divergenceLimit: 100 };
    const far = descend1d({ ...flat, f: () => 0, start: 101 });
    expect(far).toEqual({ trajectory: [{ x: 101, fx: 0, slope: 0 }], outcome: 'diverged' });
    const high = descend1d({ ...flat, f: () => -101, start: 0 });
    expect(high).toEqual({ trajectory: [{ x: 0, fx: -101, slope: 0 }], outcome: 'diverged' });
  });

  it('does not call a point exactly at the limit diverged: it must pass it', () => {
    const flat = { df: () => 0, eta: 0.1, steps: 10, divergenceLimit: 100 };
    expect(descend1d({ ...flat, f: () => 0, start: -100 }).outcome).toBe('converged');
    expect(descend1d({ ...flat, f: () => 100, start: 0 }).outcome).toBe('converged');
  });

  it('stops as diverged once x passes the limit even while f(x) stays small', () => {
    // f = −x/1000 with η = 1000 moves x right by exactly 1 per step; |f| stays below 0.02.
    const { trajectory, outcome } = descend1d({
      f: (x) => -x / 1000,
      df: () => -1 / 1000,
      start: 0,
      eta: 1000,
      steps: 100,
      divergenceLimit: 10,
    });
    expect(outcome).toBe('diverged');
    expect(trajectory.map((p) => p.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('needs |f′(x)| strictly below the tolerance: a slope equal to it takes another step', () => {
    // ½(x − 2)² at x = 2.5 has slope 0.5, exactly the tolerance; after one step of η = 0.5 it is 0.25.
    const options = { f, df, start: 2.5, eta: 0.5, tolerance: 0.5 };
    const one = descend1d({ ...options, steps: 1 });
    expect(one.trajectory.map((p) => p.x)).toEqual([2.5, 2.25]);
    expect(one.outcome).toBe('converged');
    expect(descend1d({ ...options, steps: 0 })).toEqual({
      trajectory: [{ x: 2.5, fx: 0.125, slope: 0.5 }],
      outcome: 'stopped',
    });
  });

  it('with no steps at all, reports converged when the start is already stationary', () => {
    expect(descend1d({ f, df, start: 2, eta: 0.1, steps: 0 }).outcome).toBe('converged');
    expect(descend1d({ f, df, start: 4, eta: 0.1, steps: 0 }).outcome).toBe('stopped');
  });

  it('reports converged, without repeating the point, when a step no longer moves x', () => {
    // 1 − 1e−20 rounds to 1: the step is below half an ulp of x, so x stays put forever.
    const result = descend1d({
      f: (x) => 1e-20 * x,
      df: () => 1e-20,
      start: 1,
      eta: 1,
      steps: 10,
      tolerance: 0,
    });
    expect(result).toEqual({
      trajectory: [{ x: 1, fx: 1e-20, slope: 1e-20 }],
      outcome: 'converged',
    });
  });

  it('accepts a tolerance of 0 (run until the budget or until x stops moving)', () => {
    const { trajectory, outcome } = descend1d({
      f,
      df,
      start: 4,
      eta: 0.1,
      steps: 3,
      tolerance: 0,
    });
    expect(outcome).toBe('stopped');
    expect(trajectory).toHaveLength(4);
  });

  it('rejects f or df that is not a function', () => {
    const notAFunction = 3 as unknown as (x: number) => number;
    expect(() => descend1d({ f: notAFunction, df, start: 4, eta: 0.1, steps: 1 })).toThrow(
      /^descend1d: f and df must be functions$/,
    );
    expect(() => descend1d({ f, df: notAFunction, start: 4, eta: 0.1, steps: 1 })).toThrow(
      /^descend1d: f and df must be functions$/,
    );
  });

  it('rejects a tolerance that is negative or not finite, naming the value', () => {
    for (const tolerance of [-1e-9, Infinity, NaN]) {
      expect(() => descend1d({ f, df, start: 4, eta: 0.1, steps: 1, tolerance })).toThrow(
        new RegExp(`^descend1d: the tolerance must be ≥ 0 and finite, got ${tolerance}$`),
      );
    }
  });

  it('rejects a divergence limit that is not positive, naming the value', () => {
    for (const divergenceLimit of [0, -5, NaN]) {
      expect(() => descend1d({ f, df, start: 4, eta: 0.1, steps: 1, divergenceLimit })).toThrow(
        new RegExp(`^descend1d: the divergence limit must be positive, got ${divergenceLimit}$`),
      );
    }
  });

  it('stops as diverged at the first step that leaves the bounds, keeping that step', () => {
    // θ − 2 is multiplied by 1 − 2.5 = −1.5 each step: 4, −1, 6.5 (past 5), long before 10⁶.
    const run = descend1d({ f, df, start: 4, eta: 2.5, steps: 100, bounds: [-1, 5] });
    expect(run.outcome).toBe('diverged');
    expect(run.trajectory.map((p) => p.x)).toEqual([4, -1, 6.5]);
    const unbounded = descend1d({ f, df, start: 4, eta: 2.5, steps: 100 });
    expect(unbounded.trajectory.length).toBeGreaterThan(10);
  });

  it('counts a point on either bound as inside, and a start outside as diverged at once', () => {
    const flat = { f: () => 0, df: () => 0, eta: 0.1, steps: 10, bounds: [-1, 5] as const };
    expect(descend1d({ ...flat, start: -1 }).outcome).toBe('converged');
    expect(descend1d({ ...flat, start: 5 }).outcome).toBe('converged');
    expect(descend1d({ ...flat, start: -1.01 }).outcome).toBe('diverged');
    expect(descend1d({ ...flat, start: 5.01 }).outcome).toBe('diverged');
  });

  it('rejects bounds that are not an interval lo < hi, naming them', () => {
    for (const bounds of [
      [1, 1],
      [2, 1],
      [NaN, 1],
    ] as const) {
      expect(() => descend1d({ f, df, start: 4, eta: 0.1, steps: 1, bounds })).toThrow(
        `descend1d: the bounds must be an interval lo < hi, got [${bounds[0]}, ${bounds[1]}]`,
      );
    }
  });

  it('rejects a learning rate that is not positive and finite, naming the value', () => {
    for (const eta of [0, -0.1, Infinity, NaN]) {
      expect(() => descend1d({ f, df, start: 4, eta, steps: 10 })).toThrow(
        new RegExp(`learning rate η must be a positive finite number, got ${eta}`),
      );
    }
  });

  it('rejects steps that are not a whole number ≥ 0', () => {
    for (const steps of [-1, 2.5, NaN]) {
      expect(() => descend1d({ f, df, start: 4, eta: 0.1, steps })).toThrow(
        /steps must be a whole number/,
      );
    }
  });

  it('rejects a start that is not finite, or where f is not', () => {
    expect(() => descend1d({ f, df, start: NaN, eta: 0.1, steps: 1 })).toThrow(
      /start must be a finite/,
    );
    expect(() =>
      descend1d({ f: Math.log, df: (x) => 1 / x, start: -1, eta: 0.1, steps: 1 }),
    ).toThrow(/not a finite number at the start/);
  });
});

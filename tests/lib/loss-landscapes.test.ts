import { describe, expect, it } from 'vitest';
import { centralDifference } from '../../lib/finite-difference.ts';
import { lossLandscapes, parabola, twoMinima } from '../../lib/loss-landscapes.ts';
import { squaredError } from '../../lib/losses/mse.ts';
import { expectClose } from '../helpers/close.ts';

describe('the optimization chapter’s loss landscapes', () => {
  it.each(Object.values(lossLandscapes))(
    '$name has the derivative of its function',
    (landscape) => {
      for (let t = landscape.domain[0]; t <= landscape.domain[1]; t += 0.37) {
        expectClose(landscape.df(t), centralDifference(landscape.f, t), 1e-7);
      }
    },
  );
  it('the parabola is the squared error of one output against the target 2', () => {
    for (const t of [-1, 0.5, 2, 4.25]) expectClose(parabola.f(t), squaredError([t], [2]));
    expect(parabola.f(2)).toBe(0);
  });
  it('the two-minima curve is 0.12(θ² − 4)² + 0.3θ + 1, so it stands at 2.92 at θ = 0 and 1.6 at θ = 2', () => {
    expectClose(twoMinima.f(0), 2.92);
    expectClose(twoMinima.f(2), 1.6);
  });
  it('the two-minima curve has a deeper minimum left of 0 than right of it', () => {
    const argmin = (lo: number, hi: number) => {
      let best = lo;
      for (let t = lo; t <= hi; t += 0.001) if (twoMinima.f(t) < twoMinima.f(best)) best = t;
      return best;
    };
    const l1 = argmin(-3, 0);
    const l2 = argmin(0, 3);
    expectClose(twoMinima.df(l1), 0, 1e-2);
    expectClose(twoMinima.df(l2), 0, 1e-2);
    expect(twoMinima.f(l1)).toBeLessThan(twoMinima.f(l2));
  });
});

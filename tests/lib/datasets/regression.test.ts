import { describe, expect, it } from 'vitest';
import {
  bumpSurface,
  regression1d,
  regression2d,
  sineCurve,
} from '../../../lib/datasets/regression.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';

describe('regression1d', () => {
  it('with noise 0 has targets exactly sin(πx) for x in [−1, 1]', () => {
    const set = regression1d(createRng(1), { count: 30, noise: 0 });
    expect(set.kind).toBe('regression');
    expect(set.labels).toBeUndefined();
    expect(set.inputs).toHaveLength(30);
    set.inputs.forEach(([x], i) => {
      expect(Math.abs(x!)).toBeLessThanOrEqual(1);
      expect(set.targets[i]).toEqual([Math.sin(Math.PI * x!)]);
    });
    expectClose(sineCurve(0.5), 1, 1e-15);
  });

  it('adds target noise with the standard deviation it is given, and leaves the inputs exact', () => {
    const set = regression1d(createRng(2), { count: 3000, noise: 0.2 });
    const residuals = set.inputs.map(([x], i) => set.targets[i]![0]! - sineCurve(x!));
    const sd = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
    // 3000 draws: the standard deviation estimate has standard error 0.2/√6000 ≈ 0.0026;
    // expectClose allows 0.02·(1 + 0.2) = 0.024, about 9 standard errors.
    expectClose(sd, 0.2, 0.02);
  });

  it('draws x and then the target’s noise from the generator, point by point, and adds the noise', () => {
    const set = regression1d(createRng(4), { count: 5, noise: 0.2 });
    const rng = createRng(4);
    for (let i = 0; i < 5; i++) {
      const x = rng.uniform(-1, 1);
      expect(set.inputs[i]).toEqual([x]);
      expect(set.targets[i]).toEqual([sineCurve(x) + 0.2 * rng.normal()]);
    }
  });

  it('does not consult the generator for noise 0', () => {
    const set = regression1d(createRng(5), { count: 5, noise: 0 });
    const rng = createRng(5);
    expect(set.inputs).toEqual(Array.from({ length: 5 }, () => [rng.uniform(-1, 1)]));
  });
});

describe('regression2d', () => {
  it('draws x₁ and x₂ from U(−1, 1), then the target’s noise', () => {
    const set = regression2d(createRng(6), { count: 5, noise: 0.1 });
    const rng = createRng(6);
    for (let i = 0; i < 5; i++) {
      const x1 = rng.uniform(-1, 1);
      const x2 = rng.uniform(-1, 1);
      expect(set.inputs[i]).toEqual([x1, x2]);
      expect(set.targets[i]).toEqual([bumpSurface(x1, x2) + 0.1 * rng.normal()]);
    }
  });

  it('with noise 0 has targets exactly e^(−2(x₁² + x₂²)) on [−1, 1]²', () => {
    const set = regression2d(createRng(3), { count: 25, noise: 0 });
    set.inputs.forEach(([x1, x2], i) => {
      expect(Math.max(Math.abs(x1!), Math.abs(x2!))).toBeLessThanOrEqual(1);
      expect(set.targets[i]).toEqual([Math.exp(-2 * (x1! * x1! + x2! * x2!))]);
    });
    expect(bumpSurface(0, 0)).toBe(1);
  });
});

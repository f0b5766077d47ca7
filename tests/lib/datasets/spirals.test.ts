import { describe, expect, it } from 'vitest';
import { spiralPoint, spirals, SPIRAL_TURNS } from '../../../lib/datasets/spirals.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';
import { countLabel, expectWellFormed } from './well-formed.ts';

// Tolerance 1e-12: noise-free points are one cos/sin and a product away from the closed form,
// so they agree to a few ulps; 1e-12 only allows for rounding.

describe('spirals', () => {
  it('with noise 0 gives two arms that are each other turned by half a revolution', () => {
    const set = spirals(createRng(6), { count: 40, noise: 0 });
    expectWellFormed(set, 40, 2);
    const arm = (c: number) => set.inputs.filter((_, i) => set.labels![i] === c);
    expectClose(
      arm(1),
      arm(0).map(([x, y]) => [-x!, -y!]),
      1e-12,
    );
  });

  it('with noise 0 puts the points on the arm r = t, angle 2π·1.75·t, out to radius 1', () => {
    const set = spirals(createRng(6), { count: 20, noise: 0 });
    const arm0 = set.inputs.filter((_, i) => set.labels![i] === 0);
    arm0.forEach(([x, y], k) => {
      const t = (k + 1) / 10;
      expectClose(Math.hypot(x!, y!), t, 1e-12);
      const angle = 2 * Math.PI * SPIRAL_TURNS * t;
      expectClose([x!, y!], [t * Math.cos(angle), t * Math.sin(angle)], 1e-12);
    });
    expectClose(spiralPoint(1, 0), [Math.cos(3.5 * Math.PI), Math.sin(3.5 * Math.PI)], 1e-12);
  });

  it('balances the arms to within one point for an odd count', () => {
    const set = spirals(createRng(6), { count: 31, noise: 0.05 });
    expect(countLabel(set.labels!, 0)).toBe(16);
    expect(countLabel(set.labels!, 1)).toBe(15);
  });
});

import { describe, expect, it } from 'vitest';
import { circles, INNER_RADIUS, OUTER_RADIUS } from '../../../lib/datasets/circles.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';
import { countLabel, expectWellFormed } from './well-formed.ts';

// Tolerance 1e-12: a radius is recomputed as √(x² + y²) from r·cos, r·sin, a few ulps off.

describe('circles', () => {
  it('with noise 0 puts class 0 on the circle of radius ½ and class 1 on the circle of radius 1', () => {
    const set = circles(createRng(3), { count: 50, noise: 0 });
    expectWellFormed(set, 50, 2);
    set.inputs.forEach(([x, y], i) => {
      expectClose(Math.hypot(x!, y!), set.labels![i] === 0 ? INNER_RADIUS : OUTER_RADIUS, 1e-12);
    });
    expect(countLabel(set.labels!, 0)).toBe(25);
  });

  it('spreads the points around the whole circle', () => {
    const set = circles(createRng(3), { count: 200, noise: 0 });
    const quadrants = new Set(set.inputs.map(([x, y]) => `${x! > 0}${y! > 0}`));
    expect(quadrants.size).toBe(4);
  });
});

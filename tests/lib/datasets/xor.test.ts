import { describe, expect, it } from 'vitest';
import { xor } from '../../../lib/datasets/xor.ts';
import { createRng } from '../../../lib/random.ts';
import { countLabel, expectWellFormed } from './well-formed.ts';

describe('xor', () => {
  it('has count points in two balanced classes with one-hot targets', () => {
    const set = xor(createRng(1), { count: 101, noise: 0.1 });
    expectWellFormed(set, 101, 2);
    expect(Math.abs(countLabel(set.labels!, 0) - countLabel(set.labels!, 1))).toBeLessThanOrEqual(
      1,
    );
  });

  it('with noise 0 puts every point on a corner, labelled 1 exactly where the signs differ', () => {
    const set = xor(createRng(1), { count: 8, noise: 0 });
    set.inputs.forEach(([x, y], i) => {
      expect(Math.abs(x!)).toBe(1);
      expect(Math.abs(y!)).toBe(1);
      expect(set.labels![i]).toBe(Math.sign(x!) !== Math.sign(y!) ? 1 : 0);
    });
  });

  it('with small noise keeps every point in its own quadrant', () => {
    // Noise 0.1 puts a point across an axis only 10 standard deviations out: never in 400 points.
    const set = xor(createRng(2), { count: 400, noise: 0.1 });
    set.inputs.forEach(([x, y], i) => expect(x! * y! < 0 ? 1 : 0).toBe(set.labels![i]));
  });
});

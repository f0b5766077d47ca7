import { describe, expect, it } from 'vitest';
import { sample } from '../../src/charts/sample.ts';

describe('sample', () => {
  it('takes n + 1 evenly spaced points of [a, b], both ends included', () => {
    expect(sample((x) => 2 * x, [-1, 1], 4)).toEqual([
      [-1, -2],
      [-0.5, -1],
      [0, 0],
      [0.5, 1],
      [1, 2],
    ]);
    expect(sample((x) => x, [0, 1])).toHaveLength(161);
  });

  it('turns every non-finite value into NaN, which a chart leaves as a gap', () => {
    expect(sample((x) => 1 / x, [0, 1], 1).map(([, y]) => y)).toEqual([NaN, 1]);
    expect(sample(() => -Infinity, [0, 1], 1).map(([, y]) => y)).toEqual([NaN, NaN]);
  });
});

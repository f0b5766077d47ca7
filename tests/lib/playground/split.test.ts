import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../lib/random.ts';
import { splitTrainTest } from '../../../lib/playground/split.ts';
import type { Point } from '../../../lib/playground/points.ts';

const numbered = (n: number): Point[] =>
  Array.from({ length: n }, (_, k) => ({ x1: k, x2: -k, label: k % 2 }));

describe('the train/test split', () => {
  it('trains on ⌊N · percent/100⌋ points: 350 of 500 at 70 %, 2 of 7 at 33 %', () => {
    const a = splitTrainTest(numbered(500), 70, createRng(1));
    expect([a.train.length, a.test.length]).toEqual([350, 150]);
    const b = splitTrainTest(numbered(7), 33, createRng(1));
    expect([b.train.length, b.test.length]).toEqual([2, 5]);
  });

  it('uses every point exactly once, in train or test', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 10, max: 90 }),
        fc.nat(),
        (n, percent, seed) => {
          const points = numbered(n);
          const { train, test } = splitTrainTest(points, percent, createRng(seed));
          expect(train.length).toBe(Math.floor((n * percent) / 100));
          const used = [...train, ...test].map((p) => p.x1).sort((x, y) => x - y);
          expect(used).toEqual(points.map((p) => p.x1));
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('shuffles: the training points are not simply the first ones', () => {
    const { train } = splitTrainTest(numbered(100), 50, createRng(2));
    expect(train.map((p) => p.x1)).not.toEqual(numbered(50).map((p) => p.x1));
  });

  it('is the same for the same seed, and leaves the input in its order', () => {
    const points = numbered(50);
    expect(splitTrainTest(points, 60, createRng(3))).toEqual(
      splitTrainTest(points, 60, createRng(3)),
    );
    expect(splitTrainTest(points, 60, createRng(3))).not.toEqual(
      splitTrainTest(points, 60, createRng(4)),
    );
    expect(points).toEqual(numbered(50));
  });

  it('refuses a percentage outside 10 … 90', () => {
    expect(() => splitTrainTest(numbered(5), 9, createRng(1))).toThrow(/percentTrain/);
    expect(() => splitTrainTest(numbered(5), 91, createRng(1))).toThrow(RangeError);
    expect(() => splitTrainTest(numbered(5), Number.NaN, createRng(1))).toThrow(RangeError);
  });
});

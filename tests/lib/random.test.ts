import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/random.ts';
import { expectClose } from '../helpers/close.ts';

const draws = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(123, 50)).toEqual(draws(123, 50));
  });

  it('gives different sequences for different seeds', () => {
    for (const [a, b] of [
      [1, 2],
      [0, 1],
      [123, 124],
    ] as const) {
      expect(draws(a, 10)).not.toEqual(draws(b, 10));
    }
  });

  it('next() stays in [0, 1) and covers it evenly', () => {
    const xs = draws(5, 10000);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    // Ten equal bins of 10,000 draws hold 1000 ± 30 (one standard deviation) each; allow ±150.
    const bins = new Array<number>(10).fill(0);
    for (const x of xs) bins[Math.floor(x * 10)]! += 1;
    for (const b of bins) expectClose(b, 1000, 150 / 1001);
  });

  it('normal() has mean ≈ 0 and variance ≈ 1 over 20,000 draws', () => {
    const rng = createRng(11);
    const xs = Array.from({ length: 20000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    // Standard errors: 1/√20000 ≈ 0.007 for the mean, √(2/20000) = 0.01 for the variance.
    // Allow about 4 of them: 0.03 and 0.04 (expectClose widens the second by 1 + |v| to ≈ 0.08,
    // so the variance is also checked with a plain bound).
    expectClose(mean, 0, 0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
    for (const x of xs) expect(Number.isFinite(x)).toBe(true);
  });

  it('uniform(low, high) stays in [low, high)', () => {
    const rng = createRng(3);
    for (let i = 0; i < 1000; i++) {
      const x = rng.uniform(-2, 5);
      expect(x).toBeGreaterThanOrEqual(-2);
      expect(x).toBeLessThan(5);
    }
  });

  it('int(n) gives every whole number in [0, n) and nothing else', () => {
    const rng = createRng(4);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(6)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('shuffle is a permutation of its input, for any array and seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const shuffled = createRng(seed).shuffle(items.slice());
        expect(shuffled.slice().sort((a, b) => a - b)).toEqual(items.slice().sort((a, b) => a - b));
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });

  it('shuffle gives each of the 6 orders of three items equally often', () => {
    const rng = createRng(21);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = rng.shuffle([0, 1, 2]).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Each order is expected 1000 times, standard deviation √(6000·⅙·⅚) ≈ 29; allow ±150.
    // (A biased shuffle, e.g. one that never leaves an item in place, misses orders entirely.)
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(150);
  });

  it('shuffle actually reorders, and does so in place', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const result = createRng(9).shuffle(items);
    expect(result).toBe(items);
    expect(items).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('rejects a seed that is not a finite number', () => {
    expect(() => createRng(NaN)).toThrow(/seed must be a finite number, got NaN/);
    expect(() => createRng(Infinity)).toThrow(/got Infinity/);
  });

  it('state() and restore() rewind to a snapshot: the numbers after it come again, for every kind of draw', () => {
    const rng = createRng(123);
    rng.next();
    rng.normal();
    const snapshot = rng.state();
    const draw = () => [
      rng.next(),
      rng.normal(),
      rng.uniform(-2, 5),
      rng.int(10),
      rng.shuffle([1, 2, 3, 4]),
    ];
    const first = draw();
    const later = rng.state();
    expect(later).not.toBe(snapshot);
    rng.restore(snapshot);
    expect(draw()).toEqual(first);
    expect(rng.state()).toBe(later);
  });

  it('createRng(state()) resumes a run in a new generator, as if the old one had carried on', () => {
    const rng = createRng(77);
    for (let k = 0; k < 5; k++) rng.next();
    const resumed = createRng(rng.state());
    expect([resumed.next(), resumed.normal(), resumed.int(100)]).toEqual([
      rng.next(),
      rng.normal(),
      rng.int(100),
    ]);
  });

  it('restore() rejects anything that is not a state', () => {
    const rng = createRng(1);
    for (const bad of [-1, 0.5, 2 ** 32, NaN]) {
      expect(() => rng.restore(bad)).toThrow(/a state is a whole number in \[0, 2³²\)/);
    }
    rng.restore(2 ** 32 - 1);
    expect(rng.state()).toBe(2 ** 32 - 1);
  });

  it('restore(0) is accepted: 0 is the state of createRng(0)', () => {
    const rng = createRng(5);
    rng.next();
    rng.restore(0);
    expect(rng.state()).toBe(0);
    expect(rng.next()).toBe(createRng(0).next());
  });

  it('shuffle draws one number per swap, n − 1 for n items (none for the first item)', () => {
    const rng = createRng(31);
    rng.shuffle([1, 2, 3, 4, 5]);
    const reference = createRng(31);
    for (let k = 0; k < 4; k++) reference.next();
    expect(rng.state()).toBe(reference.state());
  });
});

import { describe, expect, it } from 'vitest';
import {
  glorotInit,
  heInit,
  initializerNames,
  initializers,
  isInitializerName,
  uniformInit,
} from '../../lib/init.ts';
import { createRng } from '../../lib/random.ts';
import { expectClose } from '../helpers/close.ts';

const flat = (w: number[][]) => w.flat();
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return mean(xs.map((x) => (x - m) ** 2));
};

describe('weight initialisers', () => {
  it('return W of shape nIn × nOut, the post’s layout', () => {
    for (const init of Object.values(initializers)) {
      const w = init(createRng(1), 3, 4);
      expect(w).toHaveLength(3);
      for (const row of w) expect(row).toHaveLength(4);
    }
  });

  it('give the same weights for the same seed and different ones for another seed', () => {
    for (const init of Object.values(initializers)) {
      expect(init(createRng(7), 5, 2)).toEqual(init(createRng(7), 5, 2));
      expect(init(createRng(7), 5, 2)).not.toEqual(init(createRng(8), 5, 2));
    }
  });

  it('uniformInit stays within ±limit and fills that interval', () => {
    const w = flat(uniformInit(createRng(2), 50, 40, 0.3));
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(0.3);
    // 2000 draws of U(−0.3, 0.3): the extremes come within 0.01 of the ends (a miss has
    // probability (1 − 0.01/0.6)^2000 ≈ 3e-15 per end).
    expect(Math.max(...w)).toBeGreaterThan(0.29);
    expect(Math.min(...w)).toBeLessThan(-0.29);
  });

  it('glorotInit stays within ±√(6/(nIn + nOut)) and has variance 2/(nIn + nOut)', () => {
    const [nIn, nOut] = [60, 40];
    const w = flat(glorotInit(createRng(3), nIn, nOut));
    const limit = Math.sqrt(6 / (nIn + nOut));
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(limit);
    expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(0.98 * limit);
    // 2400 draws: the sample variance has relative standard error √(0.8/2400) ≈ 1.8 %; allow 10 %.
    expect(variance(w) / (2 / (nIn + nOut))).toBeGreaterThan(0.9);
    expect(variance(w) / (2 / (nIn + nOut))).toBeLessThan(1.1);
  });

  it('heInit has mean 0 and variance 2/nIn', () => {
    const [nIn, nOut] = [50, 100];
    const w = flat(heInit(createRng(4), nIn, nOut));
    // 5000 normal draws: the variance's relative standard error is √(2/5000) = 2 %; allow 8 %.
    expect(variance(w) / (2 / nIn)).toBeGreaterThan(0.92);
    expect(variance(w) / (2 / nIn)).toBeLessThan(1.08);
    // The mean's standard error is 0.2/√5000 ≈ 0.003; allow 0.015 (5 standard errors).
    expectClose(mean(w), 0, 0.015);
  });

  it('the registry’s uniform initialiser draws from ±0.5', () => {
    const w = flat(initializers.uniform(createRng(5), 40, 40));
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(0.5);
    expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(0.49);
  });

  it('uniformInit with a limit of 0 gives all-zero weights', () => {
    expect(
      uniformInit(createRng(1), 2, 3, 0)
        .flat()
        .every((w) => w === 0),
    ).toBe(true);
  });

  it('name themselves in the errors about sizes', () => {
    expect(() => uniformInit(createRng(1), 0, 2, 0.5)).toThrow(/^uniformInit: nIn must/);
    expect(() => glorotInit(createRng(1), 2, 0)).toThrow(/^glorotInit: nOut must/);
    expect(() => heInit(createRng(1), 0, 2)).toThrow(/^heInit: nIn must/);
  });

  it('isInitializerName accepts exactly the registry’s own names', () => {
    for (const name of initializerNames) expect(isInitializerName(name)).toBe(true);
    // Not an inherited property, not a misspelling, and not a value that only converts to a name.
    for (const other of ['toString', 'xavier', 'Glorot', ['he'], 3, undefined])
      expect(isInitializerName(other)).toBe(false);
  });

  it('reject sizes that are not whole numbers ≥ 1 and a bad limit, naming the value', () => {
    expect(() => glorotInit(createRng(1), 0, 3)).toThrow(/nIn must be a whole number ≥ 1, got 0/);
    expect(() => heInit(createRng(1), 2, 1.5)).toThrow(/nOut must be a whole number ≥ 1, got 1.5/);
    expect(() => uniformInit(createRng(1), 2, 2, -1)).toThrow(
      /limit must be a finite number ≥ 0, got -1/,
    );
  });
});

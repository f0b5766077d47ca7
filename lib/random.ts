/**
 * A seeded pseudo-random generator (mulberry32): the engine's only source of randomness, passed in
 * as an argument so the same seed gives the same network, the same data and the same plot.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [low, high). */
  uniform(low: number, high: number): number;
  /** Standard normal N(0, 1), by the Box–Muller transform. */
  normal(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** Shuffles an array in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /**
   * The generator's whole state, a whole number in [0, 2³²): `restore(state())` later, or
   * `createRng(state())`, continues with exactly the numbers that would have come next.
   * (normal() keeps no second value between calls, so nothing else needs saving.)
   */
  state(): number;
  /** Rewinds (or forwards) the generator to a state `state()` returned. */
  restore(state: number): void;
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed))
    throw new RangeError(`createRng: the seed must be a finite number, got ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    uniform: (low, high) => low + (high - low) * next(),
    normal() {
      // 1 − next() lies in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
    state: () => state,
    restore(saved) {
      if (!(Number.isInteger(saved) && saved >= 0 && saved <= 0xffffffff)) {
        throw new RangeError(`restore: a state is a whole number in [0, 2³²), got ${saved}`);
      }
      state = saved;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
  return rng;
}

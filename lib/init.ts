/**
 * Weight initialisers. Each fills W of shape nIn × nOut, the post's layout (W[i][j] is the weight
 * from node i of the previous layer to node j), from the seeded generator it is given, so the same
 * seed always gives the same starting network.
 */
import type { Rng } from './random.ts';

/** The registry's names, as used in JSON, URLs and widgets. */
export type InitializerName = 'uniform' | 'glorot' | 'he';

/** Fills W (nIn × nOut) with the given sampler; the shape is checked once, here. */
function fill(nIn: number, nOut: number, what: string, sample: () => number): number[][] {
  for (const [name, n] of [
    ['nIn', nIn],
    ['nOut', nOut],
  ] as const) {
    if (!(Number.isInteger(n) && n >= 1)) {
      throw new RangeError(`${what}: ${name} must be a whole number ≥ 1, got ${n}`);
    }
  }
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, sample));
}

/** W_ij ~ U(−limit, limit). */
export function uniformInit(rng: Rng, nIn: number, nOut: number, limit: number): number[][] {
  if (!(limit >= 0 && Number.isFinite(limit))) {
    throw new RangeError(`uniformInit: the limit must be a finite number ≥ 0, got ${limit}`);
  }
  return fill(nIn, nOut, 'uniformInit', () => rng.uniform(-limit, limit));
}

/** Glorot (Xavier) uniform: W_ij ~ U(−r, r) with r = √(6 / (nIn + nOut)), variance 2 / (nIn + nOut). */
export function glorotInit(rng: Rng, nIn: number, nOut: number): number[][] {
  const limit = Math.sqrt(6 / (nIn + nOut));
  return fill(nIn, nOut, 'glorotInit', () => rng.uniform(-limit, limit));
}

/** He normal: W_ij ~ N(0, 2 / nIn), which keeps the variance of ReLU activations layer to layer. */
export function heInit(rng: Rng, nIn: number, nOut: number): number[][] {
  const std = Math.sqrt(2 / nIn);
  return fill(nIn, nOut, 'heInit', () => std * rng.normal());
}

/** The half-width of the registry's plain uniform initialiser (TensorFlow Playground's ±0.5). */
export const DEFAULT_UNIFORM_LIMIT = 0.5;

/** Every initialiser by name, all with one signature (rng, nIn, nOut) ↦ W of shape nIn × nOut. */
export const initializers: Readonly<
  Record<InitializerName, (rng: Rng, nIn: number, nOut: number) => number[][]>
> = {
  uniform: (rng, nIn, nOut) => uniformInit(rng, nIn, nOut, DEFAULT_UNIFORM_LIMIT),
  glorot: glorotInit,
  he: heInit,
};

/** ['uniform', 'glorot', 'he'], in registry order. */
export const initializerNames = Object.keys(initializers) as InitializerName[];

/** True when `name` is a key of the registry (not an inherited property such as 'toString'). */
export function isInitializerName(name: unknown): name is InitializerName {
  return typeof name === 'string' && Object.hasOwn(initializers, name);
}

import { assertSameLength, type Loss } from './types.ts';

/**
 * Predictions are floored at this before the logarithm, so a prediction of exactly 0 for the true
 * class costs −ln(1e−12) ≈ 27.6 instead of Infinity. Any z above it is used as it is.
 */
export const PROBABILITY_FLOOR = 1e-12;

/** −Σ_j y_j log_base(z_j), with 0·log 0 taken as 0 (a class with y_j = 0 adds nothing). */
export function crossEntropyValue(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  base: number = Math.E,
): number {
  assertSameLength(z, y, 'crossEntropy');
  const lnBase = Math.log(base);
  let sum = 0;
  for (let j = 0; j < z.length; j++) {
    if (y[j] === 0) continue;
    sum -= y[j]! * Math.log(Math.max(z[j]!, PROBABILITY_FLOOR));
  }
  return sum / lnBase;
}

/** ∂L/∂z_j = −y_j / (z_j ln base): for the natural log simply −y_j / z_j. */
export function crossEntropyGradient(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  out: { length: number; [index: number]: number },
  base: number = Math.E,
): void {
  assertSameLength(z, y, 'crossEntropy gradient');
  const lnBase = Math.log(base);
  for (let j = 0; j < z.length; j++) {
    out[j] = y[j] === 0 ? 0 : -y[j]! / (Math.max(z[j]!, PROBABILITY_FLOOR) * lnBase);
  }
}

/** Cross-entropy with the logarithm in the given base (the post's worked numbers use base 10). */
export function crossEntropyWithBase(base: number): Loss {
  if (!(base > 0 && base !== 1 && Number.isFinite(base))) {
    throw new RangeError(`crossEntropy: a logarithm base must be positive and not 1, got ${base}`);
  }
  const ln = base === Math.E ? String.raw`\ln` : String.raw`\log_{${base}}`;
  return {
    name: 'crossEntropy',
    label: base === Math.E ? 'Cross-entropy' : `Cross-entropy (log base ${base})`,
    tex: {
      value: String.raw`\mathcal{L}=-\sum_{j}y_j\,${ln} z_j`,
      gradient:
        base === Math.E
          ? String.raw`\frac{\partial\mathcal{L}}{\partial z_j}=-\frac{y_j}{z_j}`
          : String.raw`\frac{\partial\mathcal{L}}{\partial z_j}=-\frac{y_j}{z_j\ln ${base}}`,
    },
    value: (z, y) => crossEntropyValue(z, y, base),
    gradient: (z, y, out) => crossEntropyGradient(z, y, out, base),
  };
}

/** Cross-entropy with the natural logarithm, the engine's default. */
export const crossEntropy: Loss = crossEntropyWithBase(Math.E);

import { sigmoidActivation } from '../activations/sigmoid.ts';
import { softmaxActivation } from '../activations/softmax.ts';
import type { Vec } from '../activations/types.ts';
import { softmaxCrossEntropyGradient } from './softmax-cross-entropy.ts';
import { assertSameLength, type Loss } from './types.ts';

/**
 * Predictions are floored at this before the logarithm, so a prediction of exactly 0 for the true
 * class costs −ln(1e−12) ≈ 27.6 instead of Infinity. Any z above it is used as it is. On one
 * output node the same floor applies to 1 − z, so z = 1 exactly at a target of 0 stays finite too.
 */
export const PROBABILITY_FLOOR = 1e-12;

const floored = (p: number): number => Math.max(p, PROBABILITY_FLOOR);

/**
 * −[y ln z + (1 − y) ln(1 − z)]: binary cross-entropy of one output z = P(class 1) against a
 * target y ∈ [0, 1]. It is the categorical form −Σ y_j ln z_j over the two classes [z, 1 − z]
 * with the one-hot target [y, 1 − y]. A term whose weight is 0 adds nothing (0·ln 0 = 0).
 */
export function binaryCrossEntropyValue(z: number, y: number, base: number = Math.E): number {
  let sum = 0;
  if (y !== 0) sum -= y * Math.log(floored(z));
  if (y !== 1) sum -= (1 - y) * Math.log(floored(1 - z));
  return sum / Math.log(base);
}

/** ∂L/∂z of binary cross-entropy: −y/z + (1 − y)/(1 − z), over ln base. */
export function binaryCrossEntropyGradient(z: number, y: number, base: number = Math.E): number {
  let d = 0;
  if (y !== 0) d -= y / floored(z);
  if (y !== 1) d += (1 - y) / floored(1 - z);
  return d / Math.log(base);
}

/**
 * −Σ_j y_j log_base(z_j) over C ≥ 2 outputs, with 0·log 0 taken as 0 (a class with y_j = 0 adds
 * nothing, so the target must be one-hot, or at least sum to 1, for the loss to see wrong classes).
 * On one output node there is no other class to carry the probability 1 − z, so it is the binary
 * cross-entropy −[y ln z + (1 − y) ln(1 − z)] instead: otherwise a sample with y = 0 would cost 0.
 */
export function crossEntropyValue(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  base: number = Math.E,
): number {
  assertSameLength(z, y, 'crossEntropy');
  if (z.length === 1) return binaryCrossEntropyValue(z[0]!, y[0]!, base);
  let sum = 0;
  for (let j = 0; j < z.length; j++) {
    if (y[j] === 0) continue;
    sum -= y[j]! * Math.log(floored(z[j]!));
  }
  return sum / Math.log(base);
}

/** ∂L/∂z_j = −y_j / (z_j ln base): for the natural log simply −y_j / z_j (one node: binary form). */
export function crossEntropyGradient(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  out: Vec,
  base: number = Math.E,
): void {
  assertSameLength(z, y, 'crossEntropy gradient');
  if (z.length === 1) {
    out[0] = binaryCrossEntropyGradient(z[0]!, y[0]!, base);
    return;
  }
  const lnBase = Math.log(base);
  for (let j = 0; j < z.length; j++) {
    out[j] = y[j] === 0 ? 0 : -y[j]! / (floored(z[j]!) * lnBase);
  }
}

/**
 * ∂L/∂a for a sigmoid output under cross-entropy, over ln base. One node: z − y (binary
 * cross-entropy; no division, exact where z rounds to 0 or 1). Several nodes under the
 * categorical form: −y_j(1 − z_j), the chain −y_j/z_j · z_j(1 − z_j) with z_j cancelled.
 */
export function sigmoidCrossEntropyGradient(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  out: Vec,
  base: number = Math.E,
): void {
  assertSameLength(z, y, 'sigmoidCrossEntropyGradient');
  const lnBase = Math.log(base);
  if (z.length === 1) {
    out[0] = (z[0]! - y[0]!) / lnBase;
    return;
  }
  for (let j = 0; j < z.length; j++) out[j] = (-y[j]! * (1 - z[j]!)) / lnBase;
}

/** ∂L/∂a for a softmax output under cross-entropy in any base: (z·Σy − y) / ln base. */
function softmaxGradient(z: ArrayLike<number>, y: ArrayLike<number>, out: Vec, base: number) {
  softmaxCrossEntropyGradient(z, y, out);
  if (base === Math.E) return;
  const lnBase = Math.log(base);
  for (let j = 0; j < out.length; j++) out[j] = out[j]! / lnBase;
}

/**
 * Cross-entropy with the logarithm in the given base, built anew. Use `crossEntropyWithBase`,
 * which keeps one per base; this is apart so that tests (and mutation testing, which cannot see
 * into an object built by an earlier test) can build one inside the test that checks it.
 */
export function buildCrossEntropy(base: number): Loss {
  if (!(base > 0 && base !== 1 && Number.isFinite(base))) {
    throw new RangeError(`crossEntropy: a logarithm base must be positive and not 1, got ${base}`);
  }
  const natural = base === Math.E;
  const ln = natural ? String.raw`\ln` : String.raw`\log_{${base}}`;
  return {
    name: 'crossEntropy',
    label: natural ? 'Cross-entropy' : `Cross-entropy (log base ${base})`,
    base,
    tex: {
      value: String.raw`\mathcal{L}=-\sum_{j}y_j\,${ln} z_j`,
      gradient: natural
        ? String.raw`\frac{\partial\mathcal{L}}{\partial z_j}=-\frac{y_j}{z_j}`
        : String.raw`\frac{\partial\mathcal{L}}{\partial z_j}=-\frac{y_j}{z_j\ln ${base}}`,
    },
    value: (z, y) => crossEntropyValue(z, y, base),
    gradient: (z, y, out) => crossEntropyGradient(z, y, out, base),
    fused: [
      { activation: softmaxActivation, gradient: (z, y, out) => softmaxGradient(z, y, out, base) },
      {
        activation: sigmoidActivation,
        gradient: (z, y, out) => sigmoidCrossEntropyGradient(z, y, out, base),
      },
    ],
  };
}

// One object per base, so a network's loss can be recognised (and saved) by identity.
const byBase = new Map<number, Loss>();

/** Cross-entropy with the logarithm in the given base (the post's worked numbers use base 10). */
export function crossEntropyWithBase(base: number): Loss {
  const known = byBase.get(base);
  if (known !== undefined) return known;
  const loss = buildCrossEntropy(base);
  byBase.set(base, loss);
  return loss;
}

/** Cross-entropy with the natural logarithm, the engine's default. */
export const crossEntropy: Loss = crossEntropyWithBase(Math.E);

import type { Vec } from '../activations/types.ts';
import { assertSameLength } from './types.ts';

/**
 * ∂L/∂a for a softmax output layer under cross-entropy: z − y, when the target sums to 1.
 * Fusing the two avoids dividing by a tiny z and multiplying back, so it stays exact where
 * (∂z/∂a)ᵀ(−y/z) would lose every digit.
 */
export function softmaxCrossEntropyGradient(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  out: Vec,
): void {
  assertSameLength(z, y, 'softmaxCrossEntropyGradient');
  let total = 0;
  for (let j = 0; j < y.length; j++) total += y[j]!;
  // For a target that does not sum to 1 the general form is z·Σy − y.
  for (let j = 0; j < z.length; j++) out[j] = z[j]! * total - y[j]!;
}

import { assertSameLength, type Loss } from './types.ts';

/** L = ½ Σ_k (y_k − z_k)²: the post's squared error for one sample (the ½ cancels in ∂L/∂z). */
export function squaredError(z: ArrayLike<number>, y: ArrayLike<number>): number {
  assertSameLength(z, y, 'squaredError');
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    const d = y[k]! - z[k]!;
    sum += d * d;
  }
  return sum / 2;
}

/** L = 1/(2N) Σ_i Σ_k (y_ik − ŷ_ik)²: the post's mean squared error over N samples. */
export function meanSquaredError(
  outputs: readonly ArrayLike<number>[],
  targets: readonly ArrayLike<number>[],
): number {
  if (outputs.length !== targets.length) {
    throw new RangeError(
      `meanSquaredError: ${outputs.length} outputs but ${targets.length} targets`,
    );
  }
  if (outputs.length === 0) throw new RangeError('meanSquaredError: no samples');
  let sum = 0;
  for (let i = 0; i < outputs.length; i++) sum += squaredError(outputs[i]!, targets[i]!);
  return sum / outputs.length;
}

export const mse: Loss = {
  name: 'mse',
  label: 'Mean squared error',
  tex: {
    value: String.raw`\mathcal{L}=\frac{1}{2}\sum_{k}\left(y_k-z_k\right)^2`,
    gradient: String.raw`\frac{\partial\mathcal{L}}{\partial z_k}=-(y_k-z_k)=z_k-y_k`,
  },
  value: squaredError,
  gradient(z, y, out) {
    assertSameLength(z, y, 'mse gradient');
    for (let k = 0; k < z.length; k++) out[k] = z[k]! - y[k]!;
  },
};

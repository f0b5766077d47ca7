import type { Vec } from '../activations/types.ts';

export type LossName = 'mse' | 'crossEntropy';

/** A loss for one sample, L(z, y) with z the network's output and y the target, beside ∂L/∂z. */
export interface Loss {
  readonly name: LossName;
  readonly label: string;
  readonly tex: { readonly value: string; readonly gradient: string };
  /** L for one sample. Always finite for finite inputs, even at predictions of exactly 0 or 1. */
  value(z: ArrayLike<number>, y: ArrayLike<number>): number;
  /** ∂L/∂z for one sample (the true gradient, not its negative), written into `out`. */
  gradient(z: ArrayLike<number>, y: ArrayLike<number>, out: Vec): void;
}

export function assertSameLength(z: ArrayLike<number>, y: ArrayLike<number>, what: string): void {
  if (z.length !== y.length) {
    throw new RangeError(`${what}: output has ${z.length} values but target has ${y.length}`);
  }
}

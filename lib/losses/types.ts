import type { Activation, Vec } from '../activations/types.ts';

export type LossName = 'mse' | 'crossEntropy';

/**
 * ∂L/∂a(L) written directly for one output activation, where chaining ∂L/∂z through φ′ would
 * divide by a vanishing z and multiply it back (softmax or sigmoid under cross-entropy: z − y).
 * Matched by object identity, so a variant of the activation takes the chained path with its own φ′.
 */
export interface FusedOutput {
  readonly activation: Activation;
  /** ∂L/∂a(L) for one sample, written into `out`. */
  gradient(z: ArrayLike<number>, y: ArrayLike<number>, out: Vec): void;
}

/** A loss for one sample, L(z, y) with z the network's output and y the target, beside ∂L/∂z. */
export interface Loss {
  readonly name: LossName;
  readonly label: string;
  readonly tex: { readonly value: string; readonly gradient: string };
  /** The logarithm's base, for a loss that has one (cross-entropy); saved with the network. */
  readonly base?: number;
  /** L for one sample. Always finite for finite inputs, even at predictions of exactly 0 or 1. */
  value(z: ArrayLike<number>, y: ArrayLike<number>): number;
  /** ∂L/∂z for one sample (the true gradient, not its negative), written into `out`. */
  gradient(z: ArrayLike<number>, y: ArrayLike<number>, out: Vec): void;
  /** Output activations whose ∂L/∂a(L) this loss computes in one step (see FusedOutput). */
  readonly fused?: readonly FusedOutput[];
}

export function assertSameLength(z: ArrayLike<number>, y: ArrayLike<number>, what: string): void {
  if (z.length !== y.length) {
    throw new RangeError(`${what}: output has ${z.length} values but target has ${y.length}`);
  }
}

/**
 * The one place both passes ask how to get ∂L/∂a(L) at the output: the loss's fused form for this
 * exact activation object, or null for the chain rule (∂z/∂a)ᵀ ∂L/∂z.
 */
export function fusedOutputGradient(loss: Loss, activation: Activation): FusedOutput | null {
  return loss.fused?.find((entry) => entry.activation === activation) ?? null;
}

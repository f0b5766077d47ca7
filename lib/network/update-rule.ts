/**
 * The update of one layer from its local gradients: the right rule W(l) := W(l) + η z(l−1) δ(l)ᵀ,
 * b(l) := b(l) + η δ(l) (that is θ := θ − η ∂L/∂θ), or one of the update slips of mistakes.ts.
 * The step each parameter takes is returned beside its new value, so a check can compare the step
 * itself with −η times a finite-difference gradient.
 */
import type { UpdateSlip } from './mistakes.ts';
import { layerBiases, layerWeights, type DenseLayer, type Network } from './types.ts';

export interface LayerUpdate {
  /** The step each weight takes, n(l−1) × n(l); null when the rule cannot be applied. */
  readonly weightSteps: number[][] | null;
  readonly biasSteps: number[];
  /** W(l) after the step; null when it cannot be applied. */
  readonly weights: number[][] | null;
  readonly biases: number[];
  /** Why the weights could not be updated (a shape that does not add up), if they could not. */
  readonly refused?: string;
}

/** The update of layer l (from 1) given z(l−1), δ(l) and η, under the right rule or a slip. */
export function layerUpdate(
  net: Network,
  l: number,
  zPrev: readonly number[],
  delta: readonly number[],
  eta: number,
  slip?: UpdateSlip,
): LayerUpdate {
  const W = layerWeights(net, l);
  const b = layerBiases(net, l);
  // θ := θ + η δ-terms is θ − η ∂L/∂θ; the flipped sign adds the gradient instead.
  const sign = slip === 'flippedSign' ? -1 : 1;
  const biasSteps = delta.map((d) => sign * eta * d);
  const biases = b.map((v, j) => v + biasSteps[j]!);
  let weightSteps: number[][] | null;
  let refused: string | undefined;
  if (slip === 'transposed') {
    // ΔZᵀ has δ down its rows: entry [j][i] = δ_j z_i, an n(l) × n(l−1) matrix.
    const { nIn, nOut } = net.layers[l - 1] as DenseLayer;
    if (nIn === nOut) {
      weightSteps = W.map((row, i) => row.map((_w, j) => eta * delta[i]! * zPrev[j]!));
    } else {
      weightSteps = null;
      refused = `W(${l}) is ${nIn} × ${nOut} but ηΔ(${l})Z(${l - 1})ᵀ is ${nOut} × ${nIn}: matrices of different shapes cannot be added`;
    }
  } else {
    weightSteps = W.map((row, i) => row.map((_w, j) => sign * eta * zPrev[i]! * delta[j]!));
  }
  const weights =
    weightSteps === null ? null : W.map((row, i) => row.map((w, j) => w + weightSteps[i]![j]!));
  return refused === undefined
    ? { weightSteps, biasSteps, weights, biases }
    : { weightSteps, biasSteps, weights, biases, refused };
}

/**
 * A new network with the updated parameters of every layer (the original is left alone). For
 * updates none of which was refused: a refused one has no weights to write.
 */
export function updatedNetwork(net: Network, updates: readonly LayerUpdate[]): Network {
  return {
    loss: net.loss,
    layers: net.layers.map((layer, index) => {
      const { weights, biases, refused } = updates[index]!;
      if (weights === null) throw new RangeError(`updatedNetwork: layer ${index + 1}: ${refused}`);
      return {
        ...layer,
        weights: Float64Array.from(weights.flat()),
        biases: Float64Array.from(biases),
      };
    }),
  };
}

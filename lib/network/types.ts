import type { Activation } from '../activations/types.ts';
import type { Loss } from '../losses/types.ts';

/**
 * One dense layer l in the post's notation: n(l−1) inputs, n(l) nodes, a = Wᵀz + b, z = φ(a).
 * The weights are one flat row-major array so the training loop touches contiguous memory:
 * weights[i * nOut + j] is W[i][j], the weight from node i of layer l−1 to node j of layer l.
 */
export interface DenseLayer {
  /** n(l−1) */
  readonly nIn: number;
  /** n(l) */
  readonly nOut: number;
  /** W(l), n(l−1) × n(l), row-major. Training updates it in place. */
  readonly weights: Float64Array;
  /** b(l), one per node of this layer. */
  readonly biases: Float64Array;
  /** φ(l) */
  readonly activation: Activation;
}

/** A feedforward network: its dense layers 1..L (index l−1 holds layer l) and the loss it trains on. */
export interface Network {
  readonly layers: readonly DenseLayer[];
  readonly loss: Loss;
}

/** What the forward pass leaves behind for the backward pass, indexed by the post's layer number. */
export interface ForwardCache {
  /** a[l] = W(l)ᵀ z[l−1] + b(l); a[0] is the input itself (the post writes a(0) = x). */
  readonly a: readonly number[][];
  /** z[l] = φ(l)(a[l]); z[0] = x and z[L] is the network's output. */
  readonly z: readonly number[][];
}

/** ∂L/∂W(l) and ∂L/∂b(l) for one layer, in the JSON layout (weights[i][j] for W[i][j]). */
export interface LayerGradient {
  readonly weights: number[][];
  readonly biases: number[];
}

export interface BackwardResult {
  /** deltas[l] = δ(l) = −∂L/∂a(l), the post's local gradients; deltas[0] is empty. */
  readonly deltas: readonly number[][];
  /** The true gradients (not their negatives): index l−1 holds layer l. */
  readonly gradients: readonly LayerGradient[];
}

/** n(0), n(1), …, n(L): the number of nodes in each layer, input first. */
export function layerSizes(net: Network): number[] {
  return [net.layers[0]?.nIn ?? 0, ...net.layers.map((layer) => layer.nOut)];
}

/** W(l) as a matrix (l counts from 1, as in the post): entry [i][j] from node i to node j. */
export function layerWeights(net: Network, l: number): number[][] {
  const layer = net.layers[l - 1];
  if (!layer)
    throw new RangeError(
      `layerWeights: layer ${l} does not exist (the network has layers 1 to ${net.layers.length})`,
    );
  return unflatten(layer.weights, layer.nIn, layer.nOut);
}

/** b(l) as an array (l counts from 1). */
export function layerBiases(net: Network, l: number): number[] {
  const layer = net.layers[l - 1];
  if (!layer)
    throw new RangeError(
      `layerBiases: layer ${l} does not exist (the network has layers 1 to ${net.layers.length})`,
    );
  return Array.from(layer.biases);
}

/** A row-major flat array as rows × cols nested arrays. */
export function unflatten(flat: ArrayLike<number>, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => flat[i * cols + j]!),
  );
}

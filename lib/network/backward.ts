import { fusedOutputGradient } from '../losses/types.ts';
import { matVec, outer, scale } from '../linalg.ts';
import {
  layerWeights,
  type BackwardResult,
  type ForwardCache,
  type LayerGradient,
  type Network,
} from './types.ts';

/**
 * The backward pass, following the post's recursion with the local gradient δ(l) = −∂L/∂a(l):
 *   output layer:  δ(L) = −(∂z/∂a)ᵀ ∂L/∂z(L)      (= (y − z) ⊙ φ′(a) for MSE and an elementwise φ)
 *   hidden layers: δ(l) = (∂z/∂a)ᵀ (W(l+1) δ(l+1)) (= (W(l+1) δ(l+1)) ⊙ φ′(a(l)) for an elementwise φ)
 *   gradients:     ∂L/∂W(l) = −z(l−1) δ(l)ᵀ,  ∂L/∂b(l) = −δ(l)
 * A softmax or sigmoid output under cross-entropy uses the loss's fused form δ(L) = y − z (exact
 * where the chained form would divide by a vanishing z); fast.ts asks the same question.
 */
export function backward(net: Network, cache: ForwardCache, y: readonly number[]): BackwardResult {
  const L = net.layers.length;
  const output = net.layers[L - 1];
  if (!output) throw new RangeError('backward: the network has no layers');
  if (y.length !== output.nOut) {
    throw new RangeError(
      `backward: the network has ${output.nOut} outputs but the target has ${y.length} values`,
    );
  }
  const deltas: number[][] = new Array<number[]>(L + 1);
  deltas[0] = [];
  deltas[L] = outputDelta(net, cache, y);
  for (let l = L - 1; l >= 1; l--) {
    const back = matVec(layerWeights(net, l + 1), deltas[l + 1]!);
    const delta = new Array<number>(back.length).fill(0);
    net.layers[l - 1]!.activation.backprop(cache.a[l]!, cache.z[l]!, back, delta);
    deltas[l] = delta;
  }
  const gradients = net.layers.map((_, index) =>
    layerGradients(cache.z[index]!, deltas[index + 1]!),
  );
  return { deltas, gradients };
}

/**
 * One layer's gradients from its input z(l−1) and its local gradient δ(l):
 * ∂L/∂W(l) = −z(l−1) δ(l)ᵀ (n(l−1) × n(l), the shape of W(l)) and ∂L/∂b(l) = −δ(l).
 */
export function layerGradients(zPrev: readonly number[], delta: readonly number[]): LayerGradient {
  return { weights: outer(zPrev, scale(-1, delta)), biases: scale(-1, delta) };
}

/** δ(L) = −∂L/∂a(L) at the output layer. */
function outputDelta(net: Network, cache: ForwardCache, y: readonly number[]): number[] {
  const L = net.layers.length;
  const layer = net.layers[L - 1]!;
  const aL = cache.a[L]!;
  const zL = cache.z[L]!;
  const dLdA = new Array<number>(zL.length).fill(0);
  const fused = fusedOutputGradient(net.loss, layer.activation);
  if (fused) {
    fused.gradient(zL, y, dLdA);
  } else {
    const dLdZ = new Array<number>(zL.length).fill(0);
    net.loss.gradient(zL, y, dLdZ);
    layer.activation.backprop(aL, zL, dLdZ, dLdA);
  }
  return scale(-1, dLdA);
}

import { fusedOutputGradient, type FusedOutput } from '../losses/types.ts';
import { penalisedWeight, updateLayerPenalised, type ActivePenalty } from './regularization.ts';
import type { DenseLayer, Network } from './types.ts';

/**
 * The training fast path: the same sums as forward.ts and backward.ts, on preallocated flat
 * Float64Arrays, with no allocation per sample. A test holds it to the teaching functions.
 * Internally it carries g(l) = ∂L/∂a(l), which is −δ(l) in the post's sign. Its mathematics comes
 * from the same place as theirs: the activation objects' apply and backprop, the loss object's
 * value and gradient, and fusedOutputGradient; only the sums over W are its own.
 */
export interface Workspace {
  /** a(l) and z(l) of the last sample, index l−1 for layer l. */
  readonly a: Float64Array[];
  readonly z: Float64Array[];
  /** g(l) = ∂L/∂a(l) of the last sample. */
  readonly g: Float64Array[];
  /** Accumulated ∂L/∂W(l) and ∂L/∂b(l) over a mini-batch (sums, not yet divided by its size). */
  readonly gradW: Float64Array[];
  readonly gradB: Float64Array[];
  /** Scratch for ∂L/∂z at the output. */
  readonly outGrad: Float64Array;
  /** The current sample's target, copied out of the batch so the loss's methods can read it. */
  readonly target: Float64Array;
  /** The loss's fused ∂L/∂a(L) for this output activation, or null for the chain rule. */
  readonly fused: FusedOutput | null;
}

const workspaces = new WeakMap<Network, Workspace>();

/** The network's workspace, made once and reused (layer shapes never change). */
export function workspaceFor(net: Network): Workspace {
  let ws = workspaces.get(net);
  if (!ws) {
    const sized = (n: (i: number) => number) => net.layers.map((_, i) => new Float64Array(n(i)));
    const nOut = (i: number) => net.layers[i]!.nOut;
    ws = {
      a: sized(nOut),
      z: sized(nOut),
      g: sized(nOut),
      gradW: sized((i) => net.layers[i]!.weights.length),
      gradB: sized(nOut),
      outGrad: new Float64Array(net.layers[net.layers.length - 1]?.nOut ?? 0),
      target: new Float64Array(net.layers[net.layers.length - 1]?.nOut ?? 0),
      fused: fusedOutputGradient(net.loss, net.layers[net.layers.length - 1]!.activation),
    };
    workspaces.set(net, ws);
  }
  return ws;
}

/** Forward pass of one sample read from `xs` at `offset`; returns z(L) (a view into the workspace). */
export function forwardFast(
  net: Network,
  ws: Workspace,
  xs: Float64Array,
  offset: number,
): Float64Array {
  const layers = net.layers;
  for (let l = 0; l < layers.length; l++) {
    const { nIn, nOut, weights, biases, activation } = layers[l]!;
    const a = ws.a[l]!;
    const input = l === 0 ? xs : ws.z[l - 1]!;
    const base = l === 0 ? offset : 0;
    if (nIn < 4) {
      // Few inputs: each a_j summed in a register, in the same order as the sweeps below.
      for (let j = 0; j < nOut; j++) {
        let sum = biases[j]!;
        for (let i = 0; i < nIn; i++) sum += input[base + i]! * weights[i * nOut + j]!;
        a[j] = sum;
      }
      activation.apply(a, ws.z[l]!);
      continue;
    }
    // A plain loop: for a handful of nodes it beats the call into TypedArray.prototype.set.
    for (let j = 0; j < nOut; j++) a[j] = biases[j]!;
    // Four inputs per sweep over a: a quarter of the reads and writes of a, the same order of
    // additions as one input at a time.
    let i = 0;
    for (; i + 3 < nIn; i += 4) {
      const z0 = input[base + i]!;
      const z1 = input[base + i + 1]!;
      const z2 = input[base + i + 2]!;
      const z3 = input[base + i + 3]!;
      const r0 = i * nOut;
      const r1 = r0 + nOut;
      const r2 = r1 + nOut;
      const r3 = r2 + nOut;
      for (let j = 0; j < nOut; j++) {
        a[j] =
          a[j]! +
          z0 * weights[r0 + j]! +
          z1 * weights[r1 + j]! +
          z2 * weights[r2 + j]! +
          z3 * weights[r3 + j]!;
      }
    }
    for (; i < nIn; i++) {
      const zi = input[base + i]!;
      const row = i * nOut;
      for (let j = 0; j < nOut; j++) a[j] = a[j]! + zi * weights[row + j]!;
    }
    activation.apply(a, ws.z[l]!);
  }
  return ws.z[layers.length - 1]!;
}

/**
 * Backward pass of the sample last run forward, toward the target `y` (see loadTarget). With
 * `eta` = null it adds this sample's ∂L/∂W and ∂L/∂b to the workspace sums; with a number it
 * applies W := W − η ∂L/∂W at once (online learning). Either way each layer passes its gradient
 * down, g(l−1) = (∂z/∂a)ᵀ (W(l) g(l)), in the same sweep over W(l) that reads the old weights.
 * A `penalty` (online only) adds ηλR′(w) to each weight's step, R′ at the weight before it.
 */
export function backwardFast(
  net: Network,
  ws: Workspace,
  xs: Float64Array,
  xOffset: number,
  y: Float64Array,
  eta: number | null,
  penalty: ActivePenalty | null = null,
): void {
  const layers = net.layers;
  const L = layers.length;
  outputGradient(net, ws, ws.z[L - 1]!, y, ws.g[L - 1]!);
  for (let l = L - 1; l >= 0; l--) {
    const layer = layers[l]!;
    const input = l === 0 ? xs : ws.z[l - 1]!;
    const base = l === 0 ? xOffset : 0;
    const below = l === 0 ? null : ws.g[l - 1]!;
    if (eta === null)
      accumulateLayer(layer, ws.g[l]!, input, base, below, ws.gradW[l]!, ws.gradB[l]!);
    else if (penalty) updateLayerPenalised(layer, ws.g[l]!, input, base, below, eta, penalty);
    else updateLayer(layer, ws.g[l]!, input, base, below, eta);
    if (below) layers[l - 1]!.activation.backprop(ws.a[l - 1]!, ws.z[l - 1]!, below, below);
  }
}

/** gradW += z gᵀ, gradB += g, and below = W g (before the activation's factor). */
function accumulateLayer(
  layer: DenseLayer,
  g: Float64Array,
  input: Float64Array,
  base: number,
  below: Float64Array | null,
  gradW: Float64Array,
  gradB: Float64Array,
): void {
  const { nIn, nOut, weights } = layer;
  // Two rows per sweep over g, as in updateLayer.
  let i = 0;
  for (; i + 1 < nIn; i += 2) {
    const z0 = input[base + i]!;
    const z1 = input[base + i + 1]!;
    const r0 = i * nOut;
    const r1 = r0 + nOut;
    let s0 = 0;
    let s1 = 0;
    for (let j = 0; j < nOut; j++) {
      const gj = g[j]!;
      s0 += weights[r0 + j]! * gj;
      s1 += weights[r1 + j]! * gj;
      gradW[r0 + j] = gradW[r0 + j]! + z0 * gj;
      gradW[r1 + j] = gradW[r1 + j]! + z1 * gj;
    }
    if (below) {
      below[i] = s0;
      below[i + 1] = s1;
    }
  }
  if (i < nIn) {
    const zi = input[base + i]!;
    const row = i * nOut;
    let s = 0;
    for (let j = 0; j < nOut; j++) {
      s += weights[row + j]! * g[j]!;
      gradW[row + j] = gradW[row + j]! + zi * g[j]!;
    }
    if (below) below[i] = s;
  }
  for (let j = 0; j < nOut; j++) gradB[j] = gradB[j]! + g[j]!;
}

/** W := W − η z gᵀ and b := b − η g, with below = W g taken from the weights before they change. */
function updateLayer(
  layer: DenseLayer,
  g: Float64Array,
  input: Float64Array,
  base: number,
  below: Float64Array | null,
  eta: number,
): void {
  const { nIn, nOut, weights, biases } = layer;
  // Four rows of W per sweep over g: a quarter of the reads of g, each row's sums in the same order.
  let i = 0;
  for (; i + 3 < nIn; i += 4) {
    const st0 = eta * input[base + i]!;
    const st1 = eta * input[base + i + 1]!;
    const st2 = eta * input[base + i + 2]!;
    const st3 = eta * input[base + i + 3]!;
    const r0 = i * nOut;
    const r1 = r0 + nOut;
    const r2 = r1 + nOut;
    const r3 = r2 + nOut;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < nOut; j++) {
      const gj = g[j]!;
      const w0 = weights[r0 + j]!;
      const w1 = weights[r1 + j]!;
      const w2 = weights[r2 + j]!;
      const w3 = weights[r3 + j]!;
      s0 += w0 * gj;
      s1 += w1 * gj;
      s2 += w2 * gj;
      s3 += w3 * gj;
      weights[r0 + j] = w0 - st0 * gj;
      weights[r1 + j] = w1 - st1 * gj;
      weights[r2 + j] = w2 - st2 * gj;
      weights[r3 + j] = w3 - st3 * gj;
    }
    if (below) {
      below[i] = s0;
      below[i + 1] = s1;
      below[i + 2] = s2;
      below[i + 3] = s3;
    }
  }
  for (; i < nIn; i++) {
    const step = eta * input[base + i]!;
    const row = i * nOut;
    let s = 0;
    for (let j = 0; j < nOut; j++) {
      const w = weights[row + j]!;
      s += w * g[j]!;
      weights[row + j] = w - step * g[j]!;
    }
    if (below) below[i] = s;
  }
  for (let j = 0; j < nOut; j++) biases[j] = biases[j]! - eta * g[j]!;
}

/** g(L) = ∂L/∂a(L) for the target y: fused, or ∂L/∂z chained through φ′. */
function outputGradient(
  net: Network,
  ws: Workspace,
  zL: Float64Array,
  y: Float64Array,
  gL: Float64Array,
): void {
  if (ws.fused) {
    ws.fused.gradient(zL, y, gL);
    return;
  }
  net.loss.gradient(zL, y, ws.outGrad);
  const L = net.layers.length;
  net.layers[L - 1]!.activation.backprop(ws.a[L - 1]!, zL, ws.outGrad, gL);
}

/**
 * The target at ys[yOffset…], copied into the workspace once per sample (a subarray would
 * allocate), for the sample's loss and its backward pass alike.
 */
export function loadTarget(ws: Workspace, ys: Float64Array, yOffset: number): Float64Array {
  const target = ws.target;
  for (let j = 0; j < target.length; j++) target[j] = ys[yOffset + j]!;
  return target;
}

/**
 * W := W − (η/count)·ΣW-gradients for every layer, then clears the sums; a `penalty` adds
 * ηλR′(w) to each weight's step (not divided by count: λR is added to the mean loss, once).
 */
export function applyAccumulated(
  net: Network,
  ws: Workspace,
  eta: number,
  count: number,
  penalty: ActivePenalty | null = null,
): void {
  const rate = eta / count;
  net.layers.forEach(({ weights, biases }, l) => {
    const gW = ws.gradW[l]!;
    const gB = ws.gradB[l]!;
    if (penalty)
      for (let k = 0; k < weights.length; k++)
        weights[k] = penalisedWeight(weights[k]!, rate * gW[k]!, eta, penalty);
    else for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! - rate * gW[k]!;
    for (let j = 0; j < biases.length; j++) biases[j] = biases[j]! - rate * gB[j]!;
    gW.fill(0);
    gB.fill(0);
  });
}

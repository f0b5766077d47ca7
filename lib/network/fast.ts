import { softmaxBackprop, softmaxInto } from '../activations/softmax.ts';
import { sigmoid } from '../activations/sigmoid.ts';
import { crossEntropy, PROBABILITY_FLOOR } from '../losses/cross-entropy.ts';
import { mse } from '../losses/mse.ts';
import type { Activation } from '../activations/types.ts';
import { usesFusedSoftmaxCrossEntropy, type Network } from './types.ts';

/**
 * The training fast path: the same sums as forward.ts and backward.ts, on preallocated flat
 * Float64Arrays, with no allocation per sample. A test holds it to the teaching functions.
 * Internally it carries g(l) = ∂L/∂a(l), which is −δ(l) in the post's sign.
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
  readonly fused: boolean;
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
      fused: usesFusedSoftmaxCrossEntropy(net),
    };
    workspaces.set(net, ws);
  }
  return ws;
}

/** z = φ(a) for one layer, with the common activations inlined. */
function activate(activation: Activation, a: Float64Array, z: Float64Array): void {
  const n = a.length;
  switch (activation.name) {
    case 'tanh':
      for (let j = 0; j < n; j++) z[j] = Math.tanh(a[j]!);
      return;
    case 'sigmoid':
      for (let j = 0; j < n; j++) z[j] = sigmoid(a[j]!);
      return;
    case 'relu':
      for (let j = 0; j < n; j++) z[j] = a[j]! > 0 ? a[j]! : 0;
      return;
    case 'linear':
      z.set(a);
      return;
    case 'softmax':
      softmaxInto(a, z);
      return;
    default:
      activation.apply(a, z);
  }
}

/** g ← (∂z/∂a)ᵀ g in place: multiplies a gradient with respect to z by φ′. */
function throughActivation(
  activation: Activation,
  a: Float64Array,
  z: Float64Array,
  g: Float64Array,
): void {
  const n = g.length;
  switch (activation.name) {
    case 'tanh':
      for (let j = 0; j < n; j++) g[j] = g[j]! * (1 - z[j]! * z[j]!);
      return;
    case 'sigmoid':
      for (let j = 0; j < n; j++) g[j] = g[j]! * z[j]! * (1 - z[j]!);
      return;
    case 'relu':
      for (let j = 0; j < n; j++) if (!(a[j]! > 0)) g[j] = 0;
      return;
    case 'linear':
      return;
    case 'softmax':
      softmaxBackprop(z, g, g);
      return;
    default:
      activation.backprop(a, z, g, g);
  }
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
    const prev = l === 0 ? null : ws.z[l - 1]!;
    a.set(biases);
    for (let i = 0; i < nIn; i++) {
      const zi = prev === null ? xs[offset + i]! : prev[i]!;
      if (zi === 0) continue;
      const row = i * nOut;
      for (let j = 0; j < nOut; j++) a[j] = a[j]! + zi * weights[row + j]!;
    }
    activate(activation, a, ws.z[l]!);
  }
  return ws.z[layers.length - 1]!;
}

/**
 * Backward pass of the sample last run forward, target read from `ys` at `offset`. With
 * `eta` = null it adds this sample's ∂L/∂W and ∂L/∂b to the workspace sums; with a number it
 * applies W := W − η ∂L/∂W at once (online learning), each layer after its g has been passed down.
 */
export function backwardFast(
  net: Network,
  ws: Workspace,
  xs: Float64Array,
  xOffset: number,
  ys: Float64Array,
  yOffset: number,
  eta: number | null,
): void {
  const layers = net.layers;
  const L = layers.length;
  const zL = ws.z[L - 1]!;
  const gL = ws.g[L - 1]!;
  outputGradient(net, ws, zL, ys, yOffset, gL);
  for (let l = L - 1; l >= 0; l--) {
    const { nIn, nOut, weights, biases } = layers[l]!;
    const g = ws.g[l]!;
    if (l > 0) {
      // g(l−1) = (∂z/∂a)ᵀ (W(l) g(l)), computed before W(l) changes.
      const below = ws.g[l - 1]!;
      for (let i = 0; i < nIn; i++) {
        const row = i * nOut;
        let s = 0;
        for (let j = 0; j < nOut; j++) s += weights[row + j]! * g[j]!;
        below[i] = s;
      }
      throughActivation(layers[l - 1]!.activation, ws.a[l - 1]!, ws.z[l - 1]!, below);
    }
    const prev = l === 0 ? null : ws.z[l - 1]!;
    const base = l === 0 ? xOffset : 0;
    const src = prev ?? xs;
    if (eta === null) {
      const gW = ws.gradW[l]!;
      const gB = ws.gradB[l]!;
      for (let i = 0; i < nIn; i++) {
        const zi = src[base + i]!;
        const row = i * nOut;
        for (let j = 0; j < nOut; j++) gW[row + j] = gW[row + j]! + zi * g[j]!;
      }
      for (let j = 0; j < nOut; j++) gB[j] = gB[j]! + g[j]!;
    } else {
      for (let i = 0; i < nIn; i++) {
        const step = eta * src[base + i]!;
        const row = i * nOut;
        for (let j = 0; j < nOut; j++) weights[row + j] = weights[row + j]! - step * g[j]!;
      }
      for (let j = 0; j < nOut; j++) biases[j] = biases[j]! - eta * g[j]!;
    }
  }
}

/** g(L) = ∂L/∂a(L) for the target at ys[yOffset…], without copying the target out. */
function outputGradient(
  net: Network,
  ws: Workspace,
  zL: Float64Array,
  ys: Float64Array,
  yOffset: number,
  gL: Float64Array,
): void {
  const n = gL.length;
  const top = net.layers[net.layers.length - 1]!;
  if (ws.fused) {
    let total = 0;
    for (let j = 0; j < n; j++) total += ys[yOffset + j]!;
    for (let j = 0; j < n; j++) gL[j] = zL[j]! * total - ys[yOffset + j]!;
    return;
  }
  if (net.loss === mse) {
    for (let j = 0; j < n; j++) gL[j] = zL[j]! - ys[yOffset + j]!;
  } else if (net.loss === crossEntropy) {
    for (let j = 0; j < n; j++) {
      const y = ys[yOffset + j]!;
      gL[j] = y === 0 ? 0 : -y / Math.max(zL[j]!, PROBABILITY_FLOOR);
    }
  } else {
    net.loss.gradient(zL, ys.subarray(yOffset, yOffset + n), gL);
  }
  throughActivation(top.activation, ws.a[net.layers.length - 1]!, zL, gL);
}

/** W := W − (η/count)·ΣW-gradients for every layer, then clears the sums. */
export function applyAccumulated(net: Network, ws: Workspace, eta: number, count: number): void {
  const rate = eta / count;
  net.layers.forEach(({ weights, biases }, l) => {
    const gW = ws.gradW[l]!;
    const gB = ws.gradB[l]!;
    for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! - rate * gW[k]!;
    for (let j = 0; j < biases.length; j++) biases[j] = biases[j]! - rate * gB[j]!;
    gW.fill(0);
    gB.fill(0);
  });
}

/** L for the sample whose output is zL and whose target is ys[yOffset…], without copying it. */
export function sampleLoss(
  net: Network,
  zL: Float64Array,
  ys: Float64Array,
  yOffset: number,
): number {
  const n = zL.length;
  let sum = 0;
  if (net.loss === mse) {
    for (let j = 0; j < n; j++) {
      const d = ys[yOffset + j]! - zL[j]!;
      sum += d * d;
    }
    return sum / 2;
  }
  if (net.loss === crossEntropy) {
    for (let j = 0; j < n; j++) {
      const y = ys[yOffset + j]!;
      if (y !== 0) sum -= y * Math.log(Math.max(zL[j]!, PROBABILITY_FLOOR));
    }
    return sum;
  }
  return net.loss.value(zL, ys.subarray(yOffset, yOffset + n));
}

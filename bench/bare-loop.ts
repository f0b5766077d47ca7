/**
 * A measuring stick for the machine, not part of the engine: SGD on a small network (tanh hidden
 * layers; a sigmoid output with squared error, or softmax with cross-entropy) as the plain loops
 * over Float64Arrays one would first write, with no validation and nothing kept for a reader, online
 * or in mini-batches (the gradients summed over the batch, then one step by their mean). The
 * machine's speed drifts here (by a quarter between runs an hour apart, by half or more with a busy
 * neighbour), and this loop's speed drifts with it; the engine's speed over this loop's, measured
 * in the same minutes on the same case, is what should stay put, so a missed target can be told
 * apart from a slow machine.
 */

export type BareOutput = 'sigmoid-mse' | 'softmax-ce';

export interface BareNet {
  readonly sizes: readonly number[];
  readonly output: BareOutput;
  readonly w: Float64Array[]; // w[l][i * n(l+1) + j], the weight from node i to node j
  readonly b: Float64Array[];
  readonly z: Float64Array[]; // z[0] is the input
  readonly d: Float64Array[]; // δ of layers 1..L at index l − 1
  readonly gw: Float64Array[]; // the batch's summed gradient steps
  readonly gb: Float64Array[];
}

/** Weights from a fixed pattern in [−0.5, 0.5): the loop's speed does not depend on their values. */
export function bareNet(
  sizes: readonly number[] = [2, 8, 8, 8, 1],
  output: BareOutput = 'sigmoid-mse',
): BareNet {
  const layers = sizes.length - 1;
  const w: Float64Array[] = [];
  const b: Float64Array[] = [];
  const d: Float64Array[] = [];
  const z = sizes.map((n) => new Float64Array(n));
  for (let l = 0; l < layers; l++) {
    const n = sizes[l]! * sizes[l + 1]!;
    w.push(Float64Array.from({ length: n }, (_, k) => ((k * 7919) % 1000) / 1000 - 0.5));
    b.push(new Float64Array(sizes[l + 1]!));
    d.push(new Float64Array(sizes[l + 1]!));
  }
  return {
    sizes,
    output,
    w,
    b,
    z,
    d,
    gw: w.map((x) => new Float64Array(x.length)),
    gb: b.map((x) => new Float64Array(x.length)),
  };
}

/** z(l) of every layer for input row s of xs. */
function forwardRow(net: BareNet, xs: Float64Array, s: number): void {
  const { sizes, w, b, z } = net;
  const layers = sizes.length - 1;
  const n0 = sizes[0]!;
  for (let i = 0; i < n0; i++) z[0]![i] = xs[n0 * s + i]!;
  for (let l = 0; l < layers; l++) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const wl = w[l]!;
    const zin = z[l]!;
    const zout = z[l + 1]!;
    const last = l === layers - 1;
    for (let j = 0; j < nOut; j++) {
      let a = b[l]![j]!;
      for (let i = 0; i < nIn; i++) a += wl[i * nOut + j]! * zin[i]!;
      zout[j] = !last ? Math.tanh(a) : net.output === 'sigmoid-mse' ? 1 / (1 + Math.exp(-a)) : a;
    }
    if (last && net.output === 'softmax-ce') {
      let top = -Infinity;
      for (let j = 0; j < nOut; j++) top = Math.max(top, zout[j]!);
      let sum = 0;
      for (let j = 0; j < nOut; j++) sum += zout[j] = Math.exp(zout[j]! - top);
      for (let j = 0; j < nOut; j++) zout[j] = zout[j]! / sum;
    }
  }
}

/** δ of every layer for target row s of ys (δ = −∂L/∂a, as the engine writes it). */
function backwardRow(net: BareNet, ys: Float64Array, s: number): void {
  const { sizes, w, z, d } = net;
  const layers = sizes.length - 1;
  const nL = sizes[layers]!;
  const out = z[layers]!;
  for (let j = 0; j < nL; j++) {
    const y = ys[nL * s + j]!;
    const o = out[j]!;
    // ½(y − z)² through a sigmoid; cross-entropy through softmax gives y − z.
    d[layers - 1]![j] = net.output === 'sigmoid-mse' ? (y - o) * o * (1 - o) : y - o;
  }
  for (let l = layers - 1; l > 0; l--) {
    const nOut = sizes[l + 1]!;
    const wl = w[l]!;
    const zl = z[l]!;
    for (let i = 0; i < sizes[l]!; i++) {
      let sum = 0;
      for (let j = 0; j < nOut; j++) sum += wl[i * nOut + j]! * d[l]![j]!;
      d[l - 1]![i] = sum * (1 - zl[i]! * zl[i]!);
    }
  }
}

/** Adds step · z(l−1) δ(l)ᵀ and step · δ(l) into the targets (the weights, or the batch's sums). */
function addSteps(net: BareNet, tw: Float64Array[], tb: Float64Array[], step: number): void {
  const { sizes, z, d } = net;
  for (let l = 0; l < sizes.length - 1; l++) {
    const nOut = sizes[l + 1]!;
    const wl = tw[l]!;
    const zin = z[l]!;
    const dl = d[l]!;
    for (let i = 0; i < sizes[l]!; i++) {
      const zi = step * zin[i]!;
      for (let j = 0; j < nOut; j++) wl[i * nOut + j]! += zi * dl[j]!;
    }
    for (let j = 0; j < nOut; j++) tb[l]![j]! += step * dl[j]!;
  }
}

/**
 * One epoch over the rows of `xs` and `ys`: online (batchSize 1) each sample steps at once; in
 * batches the steps are summed and applied once per batch, divided by its size (a last short batch
 * by its own). Returns the sample count.
 */
export function bareEpoch(
  net: BareNet,
  xs: Float64Array,
  ys: Float64Array,
  eta: number,
  batchSize = 1,
): number {
  const samples = ys.length / net.sizes.at(-1)!;
  if (batchSize === 1) {
    for (let s = 0; s < samples; s++) {
      forwardRow(net, xs, s);
      backwardRow(net, ys, s);
      addSteps(net, net.w, net.b, eta);
    }
    return samples;
  }
  const { w, b, gw, gb } = net;
  for (let start = 0; start < samples; start += batchSize) {
    const end = Math.min(samples, start + batchSize);
    for (let l = 0; l < w.length; l++) {
      gw[l]!.fill(0);
      gb[l]!.fill(0);
    }
    for (let s = start; s < end; s++) {
      forwardRow(net, xs, s);
      backwardRow(net, ys, s);
      addSteps(net, gw, gb, 1);
    }
    const scale = eta / (end - start);
    for (let l = 0; l < w.length; l++) {
      for (let k = 0; k < w[l]!.length; k++) w[l]![k]! += scale * gw[l]![k]!;
      for (let k = 0; k < b[l]!.length; k++) b[l]![k]! += scale * gb[l]![k]!;
    }
  }
  return samples;
}

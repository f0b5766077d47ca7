/**
 * A measuring stick for the machine, not part of the engine: online SGD on 2-8-8-8-1 (tanh hidden
 * layers, sigmoid output, squared error) as the plain loops over Float64Arrays one would first
 * write, with the sizes fixed, no validation and nothing kept for a reader. The machine's speed
 * drifts here (by a quarter between runs an hour apart, by half or more with a busy neighbour), and
 * this loop's speed drifts with it; the engine's speed over this loop's, measured in the same
 * minutes, is what should stay put, so a missed target can be told apart from a slow machine.
 */
const SIZES = [2, 8, 8, 8, 1] as const;
const LAYERS = SIZES.length - 1;

export interface BareNet {
  readonly w: Float64Array[]; // w[l][i * n(l+1) + j], the weight from node i to node j
  readonly b: Float64Array[];
  readonly z: Float64Array[]; // z[0] is the input
  readonly d: Float64Array[]; // δ of layers 1..L at index l − 1
}

/** Weights from a fixed pattern in [−0.5, 0.5): the loop's speed does not depend on their values. */
export function bareNet(): BareNet {
  const w: Float64Array[] = [];
  const b: Float64Array[] = [];
  const d: Float64Array[] = [];
  const z = SIZES.map((n) => new Float64Array(n));
  for (let l = 0; l < LAYERS; l++) {
    const n = SIZES[l]! * SIZES[l + 1]!;
    w.push(Float64Array.from({ length: n }, (_, k) => ((k * 7919) % 1000) / 1000 - 0.5));
    b.push(new Float64Array(SIZES[l + 1]!));
    d.push(new Float64Array(SIZES[l + 1]!));
  }
  return { w, b, z, d };
}

/** One epoch of online SGD over `xs` (pairs) and `ys` (one target each); returns the sample count. */
export function bareEpoch(net: BareNet, xs: Float64Array, ys: Float64Array, eta: number): number {
  const { w, b, z, d } = net;
  const samples = ys.length;
  for (let s = 0; s < samples; s++) {
    z[0]![0] = xs[2 * s]!;
    z[0]![1] = xs[2 * s + 1]!;
    for (let l = 0; l < LAYERS; l++) {
      const nIn = SIZES[l]!;
      const nOut = SIZES[l + 1]!;
      const wl = w[l]!;
      const zin = z[l]!;
      const zout = z[l + 1]!;
      for (let j = 0; j < nOut; j++) {
        let a = b[l]![j]!;
        for (let i = 0; i < nIn; i++) a += wl[i * nOut + j]! * zin[i]!;
        zout[j] = l === LAYERS - 1 ? 1 / (1 + Math.exp(-a)) : Math.tanh(a);
      }
    }
    const out = z[LAYERS]![0]!;
    d[LAYERS - 1]![0] = (ys[s]! - out) * out * (1 - out);
    for (let l = LAYERS - 1; l > 0; l--) {
      const nOut = SIZES[l + 1]!;
      const wl = w[l]!;
      const zl = z[l]!;
      for (let i = 0; i < SIZES[l]!; i++) {
        let sum = 0;
        for (let j = 0; j < nOut; j++) sum += wl[i * nOut + j]! * d[l]![j]!;
        d[l - 1]![i] = sum * (1 - zl[i]! * zl[i]!);
      }
    }
    for (let l = 0; l < LAYERS; l++) {
      const nOut = SIZES[l + 1]!;
      const wl = w[l]!;
      const zin = z[l]!;
      const dl = d[l]!;
      for (let i = 0; i < SIZES[l]!; i++) {
        const step = eta * zin[i]!;
        for (let j = 0; j < nOut; j++) wl[i * nOut + j]! += step * dl[j]!;
      }
      for (let j = 0; j < nOut; j++) b[l]![j]! += eta * dl[j]!;
    }
  }
  return samples;
}

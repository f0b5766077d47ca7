import type { Activation } from '../activations/types.ts';
import type { Network } from './types.ts';

/** Samples evaluated together: long enough to amortise the per-layer work, short enough for cache. */
const BLOCK = 128;

/**
 * z(L) for many inputs, a block of samples at a time and layer by layer: a block's activations
 * are stored node-major (row j holds node j for every sample of the block), so the innermost loop
 * runs over samples — long and contiguous — instead of over the few nodes of one layer, and φ is
 * applied to a whole block in one call. It computes the same sums as the forward pass.
 */
export function predictBlocked(net: Network, inputs: Float64Array, out: Float64Array): void {
  const layers = net.layers;
  const nIn0 = layers[0]!.nIn;
  const nOutL = layers[layers.length - 1]!.nOut;
  const count = inputs.length / nIn0;
  const x = new Float64Array(nIn0 * BLOCK);
  const buffers = layers.map((layer) => new Float64Array(layer.nOut * BLOCK));
  for (let start = 0; start < count; start += BLOCK) {
    const size = Math.min(BLOCK, count - start);
    for (let s = 0; s < size; s++) {
      for (let i = 0; i < nIn0; i++) x[i * BLOCK + s] = inputs[(start + s) * nIn0 + i]!;
    }
    let z = x;
    for (let l = 0; l < layers.length; l++) {
      const { nIn, nOut, weights, biases, activation } = layers[l]!;
      const a = buffers[l]!;
      for (let j = 0; j < nOut; j++) a.fill(biases[j]!, j * BLOCK, j * BLOCK + size);
      // Up to four inputs per sweep over a row of a: a quarter of the reads and writes of a
      // for the same sums, added in the same order as one input at a time.
      for (let i = 0; i < nIn; i += 4) {
        const k = Math.min(4, nIn - i);
        const z0 = i * BLOCK;
        for (let j = 0; j < nOut; j++) {
          const aRow = j * BLOCK;
          const w0 = weights[i * nOut + j]!;
          if (k === 4) {
            const w1 = weights[(i + 1) * nOut + j]!;
            const w2 = weights[(i + 2) * nOut + j]!;
            const w3 = weights[(i + 3) * nOut + j]!;
            for (let s = 0; s < size; s++) {
              a[aRow + s] =
                a[aRow + s]! +
                w0 * z[z0 + s]! +
                w1 * z[z0 + BLOCK + s]! +
                w2 * z[z0 + 2 * BLOCK + s]! +
                w3 * z[z0 + 3 * BLOCK + s]!;
            }
          } else {
            for (let m = 0; m < k; m++) {
              const w = weights[(i + m) * nOut + j]!;
              const zRow = z0 + m * BLOCK;
              for (let s = 0; s < size; s++) a[aRow + s] = a[aRow + s]! + w * z[zRow + s]!;
            }
          }
        }
      }
      applyToBlock(activation, a, nOut, size);
      z = a;
    }
    for (let s = 0; s < size; s++) {
      for (let j = 0; j < nOutL; j++) out[(start + s) * nOutL + j] = z[j * BLOCK + s]!;
    }
  }
}

/** φ on every sample of a node-major block, in place. */
function applyToBlock(activation: Activation, a: Float64Array, nOut: number, size: number): void {
  if (activation.kind === 'elementwise') {
    // Rows are BLOCK long; entries past `size` are stale but never read back.
    activation.apply(a, a);
    return;
  }
  // softmax mixes the nodes of one sample: gather its column, apply, scatter back.
  const column = new Float64Array(nOut);
  for (let s = 0; s < size; s++) {
    for (let j = 0; j < nOut; j++) column[j] = a[j * BLOCK + s]!;
    activation.apply(column, column);
    for (let j = 0; j < nOut; j++) a[j * BLOCK + s] = column[j]!;
  }
}

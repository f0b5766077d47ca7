/**
 * Every node's value over the input plane: the numbers behind the decision-boundary heat map and
 * each node's small map. The plane [−domain, domain]² is cut into resolution × resolution cells
 * and the network runs forward at every cell's centre, keeping z(l) of every layer.
 *
 * Speed: cells are evaluated in blocks, layer by layer, into Float64Arrays that a caller passes
 * back in (`reuse`) on the next frame, so a redraw allocates only a few small block buffers.
 * 100 × 100 cells on a 7-8-8-8-8-8-8-1 tanh network (3.8 million multiply-adds and 490 000 tanh)
 * took 9 ms in Node 22 on the development machine, about half of it tanh's exponentials; linear
 * hidden layers took 5 ms, and the engine's predictMany 8.5 ms for the outputs alone.
 */
import type { Network } from '../network/types.ts';
import { features, type FeatureName } from './features.ts';

/** The cells: resolution × resolution of them over [−domain, domain]². */
export interface GridSpec {
  readonly resolution: number;
  readonly domain: number;
}

/** z(l) of every node at every cell. */
export interface GridValues {
  readonly resolution: number;
  /** layers[l][(r*resolution + c)*n(l) + j] = z_j(l) at cell (r, c); l = 0 is the input features, l = L the output. */
  readonly layers: Float64Array[];
}

function checkSpec({ resolution, domain }: GridSpec): void {
  if (!(Number.isInteger(resolution) && resolution >= 1)) {
    throw new RangeError(`grid: the resolution must be a whole number ≥ 1, got ${resolution}`);
  }
  if (!(Number.isFinite(domain) && domain > 0)) {
    throw new RangeError(`grid: the domain must be a finite number > 0, got ${domain}`);
  }
}

/** x₁ at the centre of column c: the left edge is −domain. */
export function cellX1(spec: GridSpec, c: number): number {
  return -spec.domain + ((c + 0.5) * 2 * spec.domain) / spec.resolution;
}

/** x₂ at the centre of row r: row 0 is the top, the x₂ = +domain side, as an image is drawn. */
export function cellX2(spec: GridSpec, r: number): number {
  return spec.domain - ((r + 0.5) * 2 * spec.domain) / spec.resolution;
}

/** The cell centres, flat [x₁, x₂, x₁, x₂, …], row r = 0 at the top and c = 0 at the left. */
export function gridPoints(spec: GridSpec): Float64Array {
  checkSpec(spec);
  const { resolution } = spec;
  const out = new Float64Array(2 * resolution * resolution);
  for (let r = 0; r < resolution; r++) {
    const x2 = cellX2(spec, r);
    for (let c = 0; c < resolution; c++) {
      const k = r * resolution + c;
      out[2 * k] = cellX1(spec, c);
      out[2 * k + 1] = x2;
    }
  }
  return out;
}

/** `reuse` when its arrays fit these sizes and this many cells, or new arrays. */
function buffersFor(sizes: readonly number[], cells: number, reuse?: GridValues): Float64Array[] {
  const fits =
    reuse !== undefined &&
    reuse.layers.length === sizes.length &&
    reuse.layers.every((values, l) => values.length === cells * sizes[l]!);
  return fits ? reuse.layers : sizes.map((n) => new Float64Array(cells * n));
}

/**
 * z(l) for every layer l = 0…L at every cell of the grid: layer 0 holds the chosen features (in
 * that order, one per input node), then a(l) = W(l)ᵀ z(l−1) + b(l), z(l) = φ(l)(a(l)) as in the
 * forward pass, softmax included. Pass the previous result as `reuse` to fill its arrays again.
 */
export function evaluateGrid(
  net: Network,
  chosen: readonly FeatureName[],
  spec: GridSpec,
  reuse?: GridValues,
): GridValues {
  const values = prepareGrid(net, chosen, spec, reuse);
  forwardBlocks(net, values.layers, 0, spec.resolution * spec.resolution);
  return values;
}

/**
 * The grid's buffers with layer 0 (the chosen features at every cell) filled in and layers 1…L
 * not yet computed: forwardGridCells then computes them a range of cells at a time, so a large
 * network's map can be spread over several animation frames.
 */
export function prepareGrid(
  net: Network,
  chosen: readonly FeatureName[],
  spec: GridSpec,
  reuse?: GridValues,
): GridValues {
  checkSpec(spec);
  const nIn = net.layers[0]?.nIn ?? chosen.length;
  if (chosen.length !== nIn) {
    throw new RangeError(
      `evaluateGrid: the network takes ${nIn} inputs but ${chosen.length} features are chosen`,
    );
  }
  const { resolution } = spec;
  const cells = resolution * resolution;
  const sizes = [nIn, ...net.layers.map((layer) => layer.nOut)];
  const layers = buffersFor(sizes, cells, reuse);

  const inputs = layers[0]!;
  const maps = chosen.map((name) => features[name].f);
  for (let r = 0; r < resolution; r++) {
    const x2 = cellX2(spec, r);
    for (let c = 0; c < resolution; c++) {
      const x1 = cellX1(spec, c);
      const base = (r * resolution + c) * nIn;
      for (let f = 0; f < nIn; f++) inputs[base + f] = maps[f]!(x1, x2);
    }
  }
  return { resolution, layers };
}

/**
 * Layers 1…L at cells from ≤ k < to of a prepared grid (prepareGrid, for a network of this
 * shape): the same numbers evaluateGrid gives for those cells.
 */
export function forwardGridCells(net: Network, values: GridValues, from: number, to: number): void {
  const cells = values.resolution * values.resolution;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= cells)) {
    throw new RangeError(
      `forwardGridCells: need whole 0 ≤ from ≤ to ≤ ${cells}, got ${from} and ${to}`,
    );
  }
  forwardBlocks(net, values.layers, from, to);
}

/** Cells evaluated together: long enough to amortise each layer's loop set-up, short enough for cache. */
const BLOCK = 256;

/**
 * Layers 1…L over every cell, a block of cells at a time. Within a block a layer's a is stored
 * node-major (row j holds node j for every cell of the block), so the innermost loop runs over
 * cells — long and contiguous — rather than over a layer's few nodes, and φ is applied to a whole
 * row in one call; each row is then copied out to the cell-major arrays. The sums are the forward
 * pass's: b_j first, then z_i W_ij for i = 0, 1, … in order.
 */
function forwardBlocks(net: Network, layers: Float64Array[], from: number, to: number): void {
  if (net.layers.length === 0) return;
  const widest = Math.max(net.layers[0]!.nIn, ...net.layers.map((layer) => layer.nOut));
  let below = new Float64Array(widest * BLOCK);
  let above = new Float64Array(widest * BLOCK);
  const column = new Float64Array(widest);
  for (let start = from; start < to; start += BLOCK) {
    const size = Math.min(BLOCK, to - start);
    const n0 = net.layers[0]!.nIn;
    const inputs = layers[0]!;
    for (let s = 0; s < size; s++) {
      for (let i = 0; i < n0; i++) below[i * BLOCK + s] = inputs[(start + s) * n0 + i]!;
    }
    net.layers.forEach(({ nIn, nOut, weights, biases, activation }, index) => {
      for (let j = 0; j < nOut; j++) {
        const row = j * BLOCK;
        above.fill(biases[j]!, row, row + size);
        // Four inputs per sweep over a row: a quarter of the reads and writes of a, the same order
        // of additions as one input at a time.
        let i = 0;
        for (; i + 3 < nIn; i += 4) {
          const w0 = weights[i * nOut + j]!;
          const w1 = weights[(i + 1) * nOut + j]!;
          const w2 = weights[(i + 2) * nOut + j]!;
          const w3 = weights[(i + 3) * nOut + j]!;
          const z0 = i * BLOCK;
          const z1 = z0 + BLOCK;
          const z2 = z1 + BLOCK;
          const z3 = z2 + BLOCK;
          for (let s = 0; s < size; s++) {
            above[row + s] =
              above[row + s]! +
              w0 * below[z0 + s]! +
              w1 * below[z1 + s]! +
              w2 * below[z2 + s]! +
              w3 * below[z3 + s]!;
          }
        }
        for (; i < nIn; i++) {
          const w = weights[i * nOut + j]!;
          const zRow = i * BLOCK;
          for (let s = 0; s < size; s++) above[row + s] = above[row + s]! + w * below[zRow + s]!;
        }
      }
      if (activation.kind === 'elementwise') {
        // Rows are BLOCK long; entries past `size` are stale but never read back.
        activation.apply(above.subarray(0, nOut * BLOCK), above);
      } else {
        // softmax mixes the nodes of one cell: gather its column, apply, scatter back.
        const z = column.subarray(0, nOut);
        for (let s = 0; s < size; s++) {
          for (let j = 0; j < nOut; j++) z[j] = above[j * BLOCK + s]!;
          activation.apply(z, z);
          for (let j = 0; j < nOut; j++) above[j * BLOCK + s] = z[j]!;
        }
      }
      const out = layers[index + 1]!;
      for (let s = 0; s < size; s++) {
        const base = (start + s) * nOut;
        for (let j = 0; j < nOut; j++) out[base + j] = above[j * BLOCK + s]!;
      }
      [below, above] = [above, below];
    });
  }
}

/** The class k maximising values[offset + k] over k = 0…n−1 (the first one on a tie). */
export function classOf(values: ArrayLike<number>, offset: number, n: number): number {
  let best = 0;
  let bestValue = values[offset]!;
  for (let k = 1; k < n; k++) {
    const v = values[offset + k]!;
    if (v > bestValue) {
      best = k;
      bestValue = v;
    }
  }
  return best;
}

import type { Network } from '../network/types.ts';

/**
 * The trainer's handling of the parameters θ = every W(l) and b(l): a backup to go back to when
 * an epoch diverges, copies for snapshots, and the checks on a reader's edit of one number.
 */

/** W(l) and b(l) of each layer as copies (index l−1 for layer l). */
export interface ParameterCopy {
  readonly weights: readonly Float64Array[];
  readonly biases: readonly Float64Array[];
}

/** A reusable backup of θ: `save` copies it into buffers made once, `putBack` copies it back. */
export function parameterBackup(net: Network): { save(): void; putBack(): void } {
  const buffers = net.layers.map((layer) => new Float64Array(layer.weights.length + layer.nOut));
  return {
    save: () =>
      net.layers.forEach(({ weights, biases }, l) => {
        buffers[l]!.set(weights);
        buffers[l]!.set(biases, weights.length);
      }),
    putBack: () =>
      net.layers.forEach(({ weights, biases }, l) => {
        weights.set(buffers[l]!.subarray(0, weights.length));
        biases.set(buffers[l]!.subarray(weights.length));
      }),
  };
}

/** True when every weight and bias is a finite number. */
export function parametersFinite(net: Network): boolean {
  return net.layers.every(
    ({ weights, biases }) => weights.every(Number.isFinite) && biases.every(Number.isFinite),
  );
}

/** A copy of θ (new arrays, so later training does not change it). */
export function copyParameters(net: Network): ParameterCopy {
  return {
    weights: net.layers.map((layer) => layer.weights.slice()),
    biases: net.layers.map((layer) => layer.biases.slice()),
  };
}

/**
 * θ copied into the arrays of `target` (an earlier copy of this network's θ), which are returned;
 * new arrays when `target` is of a network of another shape.
 */
export function copyParametersInto(net: Network, target: ParameterCopy): ParameterCopy {
  const fits =
    target.weights.length === net.layers.length &&
    target.biases.length === net.layers.length &&
    net.layers.every(
      (layer, l) =>
        target.weights[l]?.length === layer.weights.length &&
        target.biases[l]?.length === layer.biases.length,
    );
  if (!fits) return copyParameters(net);
  net.layers.forEach((layer, l) => {
    (target.weights[l] as Float64Array).set(layer.weights);
    (target.biases[l] as Float64Array).set(layer.biases);
  });
  return { weights: target.weights, biases: target.biases };
}

/** Writes a copy of θ back into the network; throws when it is of a network of another shape. */
export function putParameters(net: Network, copy: ParameterCopy): void {
  const fits =
    copy.weights.length === net.layers.length &&
    copy.biases.length === net.layers.length &&
    net.layers.every(
      (layer, l) =>
        copy.weights[l]?.length === layer.weights.length &&
        copy.biases[l]?.length === layer.biases.length,
    );
  if (!fits) throw new RangeError('restore: the snapshot is of a network of another shape.');
  net.layers.forEach((layer, l) => {
    layer.weights.set(copy.weights[l]!);
    layer.biases.set(copy.biases[l]!);
  });
}

const inRange = (n: number, size: number): boolean => Number.isInteger(n) && n >= 0 && n < size;

function valueProblem(value: number): string | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? null
    : `The value must be a finite number, not ${String(value)}.`;
}

function layerProblem(net: Network, l: number): string | null {
  return Number.isInteger(l) && l >= 1 && l <= net.layers.length
    ? null
    : `There is no layer ${l}: the layers are 1 to ${net.layers.length}.`;
}

/** Why W(l)[i][j] := value cannot be done (l from 1, as in the book), or null when it can. */
export function weightProblem(
  net: Network,
  l: number,
  i: number,
  j: number,
  value: number,
): string | null {
  const noLayer = layerProblem(net, l);
  if (noLayer) return noLayer;
  const { nIn, nOut } = net.layers[l - 1]!;
  if (!inRange(i, nIn) || !inRange(j, nOut))
    return `Layer ${l} has no weight [${i}][${j}]: i runs 0 to ${nIn - 1}, j 0 to ${nOut - 1}.`;
  return valueProblem(value);
}

/** Why b(l)[j] := value cannot be done, or null when it can. */
export function biasProblem(net: Network, l: number, j: number, value: number): string | null {
  const noLayer = layerProblem(net, l);
  if (noLayer) return noLayer;
  const { nOut } = net.layers[l - 1]!;
  if (!inRange(j, nOut)) return `Layer ${l} has no bias ${j}: j runs 0 to ${nOut - 1}.`;
  return valueProblem(value);
}

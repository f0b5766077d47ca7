/**
 * The playground's gradient check: backpropagation's gradient of the mean loss over one batch,
 * beside central differences of that mean loss, for every weight and bias of the network as it is.
 * It checks the data term only: the penalty's derivative λR′(w) is added to it in the update, and is
 * checked on its own in the regularisation tests.
 */
import { gradients, loss } from '../network/api.ts';
import {
  GRADIENT_CHECK_TOLERANCE,
  RELATIVE_ERROR_FLOOR,
  maxRelativeError,
  numericGradientsOf,
} from '../network/gradient-check.ts';
import type { LayerGradient, Network } from '../network/types.ts';

/** One batch as rows: `count` input rows of n(0) and target rows of n(L). */
export interface BatchRows {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly count: number;
}

/** What the check found: the largest disagreement, where it is, and whether it is within tolerance. */
export interface BatchCheck {
  readonly analytic: LayerGradient[];
  readonly numeric: LayerGradient[];
  /** |a − n| / max(|a|, |n|, RELATIVE_ERROR_FLOOR), the largest over every parameter. */
  readonly maxRelError: number;
  /** The parameter of that largest error: layer l from 1, and W(l)[i][j] or b(l)[j] (i = null). */
  readonly worst: { readonly layer: number; readonly i: number | null; readonly j: number };
  readonly parameters: number;
  readonly tolerance: number;
  readonly passed: boolean;
}

const row = (flat: Float64Array, k: number, width: number): number[] =>
  Array.from(flat.subarray(k * width, (k + 1) * width));

/** The mean over the batch of L(x_k, y_k). */
function meanLoss(net: Network, batch: BatchRows): number {
  const nIn = net.layers[0]!.nIn;
  const nOut = net.layers.at(-1)!.nOut;
  let total = 0;
  for (let k = 0; k < batch.count; k++) {
    total += loss(net, row(batch.inputs, k, nIn), row(batch.targets, k, nOut));
  }
  return total / batch.count;
}

/** Backpropagation's ∂L̄/∂θ: the mean of each sample's gradient. */
function meanGradients(net: Network, batch: BatchRows): LayerGradient[] {
  const nIn = net.layers[0]!.nIn;
  const nOut = net.layers.at(-1)!.nOut;
  const sum = net.layers.map((layer) => ({
    weights: Array.from({ length: layer.nIn }, () => new Array<number>(layer.nOut).fill(0)),
    biases: new Array<number>(layer.nOut).fill(0),
  }));
  for (let k = 0; k < batch.count; k++) {
    const g = gradients(net, row(batch.inputs, k, nIn), row(batch.targets, k, nOut));
    g.forEach((layer, l) => {
      layer.weights.forEach((r, i) => r.forEach((w, j) => (sum[l]!.weights[i]![j]! += w)));
      layer.biases.forEach((b, j) => (sum[l]!.biases[j]! += b));
    });
  }
  return sum.map(({ weights, biases }) => ({
    weights: weights.map((r) => r.map((w) => w / batch.count)),
    biases: biases.map((b) => b / batch.count),
  }));
}

/**
 * Checks backpropagation on `batch` against central differences with step h; the network is left
 * exactly as it was. Throws a RangeError on an empty batch.
 */
export function checkBatchGradients(
  net: Network,
  batch: BatchRows,
  h = 1e-6,
  tolerance = GRADIENT_CHECK_TOLERANCE,
): BatchCheck {
  if (!(batch.count >= 1)) throw new RangeError('checkBatchGradients: the batch is empty');
  const analytic = meanGradients(net, batch);
  const numeric = numericGradientsOf(net, () => meanLoss(net, batch), h);
  let worst: BatchCheck['worst'] = { layer: 1, i: null, j: 0 };
  let largest = -1;
  const visit = (a: number, n: number, at: BatchCheck['worst']) => {
    const error = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), RELATIVE_ERROR_FLOOR);
    if (error > largest) {
      largest = error;
      worst = at;
    }
  };
  let parameters = 0;
  analytic.forEach((g, l) => {
    g.weights.forEach((r, i) =>
      r.forEach((w, j) => visit(w, numeric[l]!.weights[i]![j]!, { layer: l + 1, i, j })),
    );
    g.biases.forEach((b, j) => visit(b, numeric[l]!.biases[j]!, { layer: l + 1, i: null, j }));
    parameters += g.biases.length * (g.weights.length + 1);
  });
  const maxRelError = maxRelativeError(analytic, numeric);
  return {
    analytic,
    numeric,
    maxRelError,
    worst,
    parameters,
    tolerance,
    passed: maxRelError <= tolerance,
  };
}

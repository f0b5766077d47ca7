import { predictBlocked } from '../network/predict-block.ts';
import type { Network } from '../network/types.ts';
import type { Point } from './points.ts';
import { inputRows, outputNodes, targetRows, type TrainerSetup } from './trainer-setup.ts';

/** The numbers the page shows for the network as it is now. */
export interface TrainerMetrics {
  /** L̄ over the training points: Playground's "Training loss" (the data term, no penalty). */
  readonly trainLoss: number;
  /** L̄ over the test points; NaN when there are none. */
  readonly testLoss: number;
  /** The data term of the objective training minimises; the same number as trainLoss. */
  readonly dataLoss: number;
  /** λ·ΣR(w) over every weight: the penalty term of the objective. */
  readonly regularizationLoss: number;
  /** Fractions in [0, 1] of points classified right; NaN for regression (or no test points). */
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
}

/**
 * One set of points (training or test) ready for the network, with the buffers its evaluation
 * writes into, made once: evaluating it allocates nothing per point.
 */
export interface EvaluationSet {
  readonly count: number;
  /** Input rows, row-major, one row of features per point. */
  readonly inputs: Float64Array;
  /** Target rows, row-major, one row of n(L) per point. */
  readonly targets: Float64Array;
  /** The class index of each point (classification), or its target value (regression). */
  readonly labels: Float64Array;
  /** z(L) of each point after the last `evaluate`. */
  readonly outputs: Float64Array;
}

/** The points as the network sees them (in the given order). */
export function evaluationSet(setup: TrainerSetup, points: readonly Point[]): EvaluationSet {
  return {
    count: points.length,
    inputs: inputRows(setup, points),
    targets: targetRows(setup, points),
    labels: Float64Array.from(points, (p) => p.label),
    outputs: new Float64Array(points.length * outputNodes(setup)),
  };
}

/** Fills `set.outputs` with the network's z(L) for every point (the same sums as predictMany). */
export function evaluate(net: Network, set: EvaluationSet): void {
  if (set.count > 0) predictBlocked(net, set.inputs, set.outputs);
}

/** L̄: the mean over the set of the loss of each point's last output (NaN for no points). */
export function meanLoss(
  net: Network,
  set: EvaluationSet,
  z: Float64Array,
  y: Float64Array,
): number {
  const width = z.length;
  let total = 0;
  for (let k = 0; k < set.count; k++) {
    // Copied into scratch rows: a subarray per point would allocate.
    for (let j = 0; j < width; j++) {
      z[j] = set.outputs[k * width + j]!;
      y[j] = set.targets[k * width + j]!;
    }
    total += net.loss.value(z, y);
  }
  return set.count === 0 ? NaN : total / set.count;
}

/**
 * The class the network predicts for point k: z ≥ 0 for tanh (labels ±1), z ≥ ½ for sigmoid,
 * the largest output (the first of equals) for softmax.
 */
export function predictedClass(setup: TrainerSetup, outputs: Float64Array, k: number): number {
  if (setup.output === 'tanh-mse') return outputs[k]! >= 0 ? 1 : 0;
  if (setup.output === 'sigmoid-ce') return outputs[k]! >= 0.5 ? 1 : 0;
  const width = setup.classes;
  let best = 0;
  for (let c = 1; c < width; c++)
    if (outputs[k * width + c]! > outputs[k * width + best]!) best = c;
  return best;
}

/** The fraction of points whose predicted class is their class; NaN for regression or no points. */
export function accuracy(setup: TrainerSetup, set: EvaluationSet): number {
  if (setup.classes === 0 || set.count === 0) return NaN;
  let hits = 0;
  for (let k = 0; k < set.count; k++)
    if (predictedClass(setup, set.outputs, k) === set.labels[k]) hits++;
  return hits / set.count;
}

/** C × C counts, row = the true class, column = the predicted one (empty for regression). */
export function confusionMatrix(setup: TrainerSetup, set: EvaluationSet): number[][] {
  const C = setup.classes;
  const matrix = Array.from({ length: C }, () => new Array<number>(C).fill(0));
  for (let k = 0; k < set.count && C > 0; k++)
    matrix[set.labels[k]!]![predictedClass(setup, set.outputs, k)]!++;
  return matrix;
}

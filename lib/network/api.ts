import type { Rng } from '../random.ts';
import { backward } from './backward.ts';
import {
  applyAccumulated,
  backwardFast,
  forwardFast,
  loadTarget,
  workspaceFor,
  type Workspace,
} from './fast.ts';
import { forward } from './forward.ts';
import { assertNoMistake } from './mistakes.ts';
import { predictBlocked } from './predict-block.ts';
import { activePenalty, type ActivePenalty, type RegularizationSetting } from './regularization.ts';
import { checkVector, toFlatRows, type Rows } from './samples.ts';
import type { LayerGradient, Network } from './types.ts';

const inputSize = (net: Network): number => net.layers[0]!.nIn;
const outputSize = (net: Network): number => net.layers[net.layers.length - 1]!.nOut;

/** z(L): the network's output for one input x. */
export function predict(net: Network, x: readonly number[]): number[] {
  checkVector(x, inputSize(net), 'x');
  return Array.from(forwardFast(net, workspaceFor(net), Float64Array.from(x), 0));
}

/** z(L) for many inputs: `inputs` row-major (n(0) per row), the result row-major (n(L) per row). */
export function predictMany(net: Network, inputs: Float64Array): Float64Array {
  const nIn = inputSize(net);
  const nOut = outputSize(net);
  if (inputs.length % nIn !== 0) {
    throw new RangeError(
      `predictMany: ${inputs.length} numbers is not a whole number of inputs of ${nIn}`,
    );
  }
  const count = inputs.length / nIn;
  const out = new Float64Array(count * nOut);
  predictBlocked(net, inputs, out);
  return out;
}

/**
 * L for one sample: ½Σ(y − z)² for mse; for crossEntropy −Σ y ln z over C ≥ 2 outputs and
 * −[y ln z + (1 − y) ln(1 − z)] on one output.
 */
export function loss(net: Network, x: readonly number[], y: readonly number[]): number {
  checkVector(y, outputSize(net), 'y');
  return net.loss.value(predict(net, x), y);
}

/** ∂L/∂W(l) and ∂L/∂b(l) of every layer for one sample (the true gradient), in the JSON layout. */
export function gradients(
  net: Network,
  x: readonly number[],
  y: readonly number[],
): LayerGradient[] {
  checkVector(x, inputSize(net), 'x');
  checkVector(y, outputSize(net), 'y');
  return [...backward(net, forward(net, x), y).gradients];
}

function checkRate(eta: number): void {
  if (!(typeof eta === 'number' && Number.isFinite(eta) && eta > 0)) {
    throw new RangeError(`the learning rate η must be a finite number > 0, got ${String(eta)}`);
  }
}

/** One step over the samples at `order[from…to)` of flat xs/ys; returns their mean loss before it. */
function stepOn(
  net: Network,
  ws: Workspace,
  xs: Float64Array,
  ys: Float64Array,
  order: ArrayLike<number>,
  from: number,
  to: number,
  eta: number,
  penalty: ActivePenalty | null,
): number {
  const nIn = inputSize(net);
  const nOut = outputSize(net);
  const count = to - from;
  let total = 0;
  for (let k = from; k < to; k++) {
    const s = order[k]!;
    const zL = forwardFast(net, ws, xs, s * nIn);
    const y = loadTarget(ws, ys, s * nOut);
    total += net.loss.value(zL, y);
    backwardFast(net, ws, xs, s * nIn, y, count === 1 ? eta : null, penalty);
  }
  if (count > 1) applyAccumulated(net, ws, eta, count, penalty);
  return total / count;
}

function checkedBatch(net: Network, xs: Rows, ys: Rows): [Float64Array, Float64Array, number] {
  const fx = toFlatRows(xs, inputSize(net), 'xs');
  const fy = toFlatRows(ys, outputSize(net), 'ys');
  const count = fx.length / inputSize(net);
  if (count !== fy.length / outputSize(net)) {
    throw new RangeError(`xs has ${count} samples but ys has ${fy.length / outputSize(net)}`);
  }
  if (count === 0) throw new RangeError('the batch is empty');
  return [fx, fy, count];
}

/**
 * One gradient-descent step θ := θ − η ∂L̄/∂θ on the mean loss L̄ over the batch, updating the
 * network in place. With a `regularization` {R, λ} the weights (not the biases) descend on
 * L̄ + λ·ΣR(w) instead (L1 stops a weight its pull carries across 0 at 0). Returns the batch's
 * mean loss L̄ before the step (without the penalty).
 */
export function trainStep(
  net: Network,
  xs: Rows,
  ys: Rows,
  eta: number,
  regularization?: RegularizationSetting,
): number {
  assertNoMistake(net, 'trainStep');
  checkRate(eta);
  const penalty = activePenalty(regularization);
  const [fx, fy, count] = checkedBatch(net, xs, ys);
  return stepOn(net, workspaceFor(net), fx, fy, identityOrder(count), 0, count, eta, penalty);
}

export interface TrainOptions {
  readonly eta: number;
  /** Samples per step; 1 is online learning. Defaults to 1. */
  readonly batchSize?: number;
  readonly epochs: number;
  /** When given, the samples are shuffled with it before every epoch. */
  readonly rng?: Rng;
  /** A weight penalty R with rate λ: each step descends on L̄ + λ·ΣR(w) (see trainStep). */
  readonly regularization?: RegularizationSetting;
}

/** Epochs of mini-batch gradient descent; returns the mean loss of each epoch (as it was trained). */
export function train(net: Network, xs: Rows, ys: Rows, options: TrainOptions): number[] {
  const { eta, batchSize = 1, epochs, rng, regularization } = options;
  assertNoMistake(net, 'train');
  checkRate(eta);
  const penalty = activePenalty(regularization);
  if (!(Number.isInteger(batchSize) && batchSize >= 1))
    throw new RangeError(`batchSize must be a whole number ≥ 1, got ${batchSize}`);
  if (!(Number.isInteger(epochs) && epochs >= 0))
    throw new RangeError(`epochs must be a whole number ≥ 0, got ${epochs}`);
  const [fx, fy, count] = checkedBatch(net, xs, ys);
  const order = identityOrder(count);
  const ws = workspaceFor(net);
  const history: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (rng) shuffle(order, rng);
    let total = 0;
    for (let from = 0; from < count; from += batchSize) {
      const to = Math.min(count, from + batchSize);
      total += stepOn(net, ws, fx, fy, order, from, to, eta, penalty) * (to - from);
    }
    history.push(total / count);
  }
  return history;
}

function identityOrder(count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order;
}

function shuffle(order: Int32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

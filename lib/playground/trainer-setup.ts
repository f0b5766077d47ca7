import type { ActivationName } from '../activations/index.ts';
import type { LossName } from '../losses/index.ts';
import { createNetwork } from '../network/create.ts';
import { isRegularizationName, type RegularizationName } from '../network/regularization.ts';
import type { Network } from '../network/types.ts';
import type { Rng } from '../random.ts';
import { featureRows, isFeatureName, type FeatureName } from './features.ts';
import { MAX_CLASSES, MIN_CLASSES, type Point } from './points.ts';

/** The hidden layers' activation, as Playground offers it. */
export type HiddenActivation = 'relu' | 'tanh' | 'sigmoid' | 'linear';

/**
 * The output layer and loss: `tanh-mse` is Playground's (labels ±1, one tanh node, ½(z − y)²);
 * `sigmoid-ce` one sigmoid node on 0/1 targets; `softmax-ce` C nodes on one-hot targets;
 * `linear-mse` one linear node for regression.
 */
export type OutputMode = 'tanh-mse' | 'sigmoid-ce' | 'softmax-ce' | 'linear-mse';

/** Everything that fixes a training run: the same setup and points give the same numbers. */
export interface TrainerSetup {
  /** The input features, 1 … 7, each once. */
  readonly features: readonly FeatureName[];
  /** Nodes per hidden layer: 0 … 6 layers of 1 … 8 nodes. */
  readonly hidden: readonly number[];
  readonly activation: HiddenActivation;
  /** tanh-mse / sigmoid-ce for C = 2, softmax-ce for C ≥ 2, linear-mse for regression. */
  readonly output: OutputMode;
  /** C, 2 … 5, or 0 for regression. */
  readonly classes: number;
  /** η, finite and > 0. */
  readonly learningRate: number;
  /** Points per step, 1 … 30. */
  readonly batchSize: number;
  readonly regularization: RegularizationName;
  /** λ, finite and ≥ 0. */
  readonly regularizationRate: number;
  /** A whole number: draws the initial weights and the one shuffle of the training points. */
  readonly seed: number;
}

/** Playground's limits on the network it draws. */
export const MAX_HIDDEN_LAYERS = 6;
export const MAX_LAYER_NODES = 8;
export const MAX_BATCH_SIZE = 30;
/** Playground starts every bias at 0.1 (its weights: uniform in [−0.5, 0.5], init 'uniform'). */
export const INITIAL_BIAS = 0.1;

const HIDDEN: readonly HiddenActivation[] = ['relu', 'tanh', 'sigmoid', 'linear'];
const OUTPUT: Readonly<Record<OutputMode, { activation: ActivationName; loss: LossName }>> = {
  'tanh-mse': { activation: 'tanh', loss: 'mse' },
  'sigmoid-ce': { activation: 'sigmoid', loss: 'crossEntropy' },
  'softmax-ce': { activation: 'softmax', loss: 'crossEntropy' },
  'linear-mse': { activation: 'linear', loss: 'mse' },
};

const isWhole = (n: unknown, low: number, high: number): boolean =>
  typeof n === 'number' && Number.isInteger(n) && n >= low && n <= high;

/** The first problem with a setup in plain words, or null when it can be trained. */
export function validateSetup(setup: TrainerSetup): string | null {
  const { features, hidden, classes, output } = setup;
  if (!Array.isArray(features) || features.length === 0) return 'Choose at least one feature.';
  for (const [k, name] of features.entries()) {
    if (!isFeatureName(name)) return `Feature ${k + 1} (${String(name)}) is not a known feature.`;
    if (features.indexOf(name) !== k) return `Feature ${name} is chosen twice.`;
  }
  if (!Array.isArray(hidden) || hidden.length > MAX_HIDDEN_LAYERS)
    return `The network can have 0 to ${MAX_HIDDEN_LAYERS} hidden layers.`;
  for (const [k, n] of hidden.entries())
    if (!isWhole(n, 1, MAX_LAYER_NODES))
      return `Hidden layer ${k + 1} must have 1 to ${MAX_LAYER_NODES} nodes, not ${String(n)}.`;
  if (!HIDDEN.includes(setup.activation))
    return `The activation must be relu, tanh, sigmoid or linear, not ${String(setup.activation)}.`;
  if (!Object.hasOwn(OUTPUT, output))
    return `The output must be tanh-mse, sigmoid-ce, softmax-ce or linear-mse, not ${String(output)}.`;
  if (!(classes === 0 || isWhole(classes, MIN_CLASSES, MAX_CLASSES)))
    return `The number of classes must be ${MIN_CLASSES} to ${MAX_CLASSES}, or 0 for regression, not ${String(classes)}.`;
  if (classes === 0 && output !== 'linear-mse') return 'Regression needs the linear-mse output.';
  if (classes !== 0 && output === 'linear-mse') return 'linear-mse is for regression only.';
  if (classes > 2 && output !== 'softmax-ce')
    return `${classes} classes need the softmax-ce output (${output} has one output node).`;
  const rate = setup.learningRate;
  if (!(typeof rate === 'number' && Number.isFinite(rate) && rate > 0))
    return `The learning rate must be a number above 0, not ${String(rate)}.`;
  if (!isWhole(setup.batchSize, 1, MAX_BATCH_SIZE))
    return `The batch size must be a whole number from 1 to ${MAX_BATCH_SIZE}, not ${String(setup.batchSize)}.`;
  if (!isRegularizationName(setup.regularization))
    return `The regularization must be none, L1 or L2, not ${String(setup.regularization)}.`;
  const lambda = setup.regularizationRate;
  if (!(typeof lambda === 'number' && Number.isFinite(lambda) && lambda >= 0))
    return `The regularization rate must be a number of at least 0, not ${String(lambda)}.`;
  if (!(typeof setup.seed === 'number' && Number.isSafeInteger(setup.seed)))
    return `The seed must be a whole number, not ${String(setup.seed)}.`;
  return null;
}

/** n(L): one output node, or C for softmax. */
export const outputNodes = (setup: TrainerSetup): number =>
  setup.output === 'softmax-ce' ? setup.classes : 1;

/** The first point whose label does not fit the setup, in plain words, or null. */
export function pointsProblem(
  setup: TrainerSetup,
  points: readonly Point[],
  which: 'training' | 'test',
): string | null {
  for (const [k, p] of points.entries()) {
    const where = `${which} point ${k + 1}`;
    if (!(Number.isFinite(p.x1) && Number.isFinite(p.x2)))
      return `The ${where} has a coordinate that is not a finite number.`;
    if (setup.classes === 0 ? !Number.isFinite(p.label) : !isWhole(p.label, 0, setup.classes - 1))
      return setup.classes === 0
        ? `The ${where} has a target that is not a finite number.`
        : `The ${where} has class ${String(p.label)}, not one of 0 to ${setup.classes - 1}.`;
  }
  return null;
}

/** The network Playground builds: W uniform in [−0.5, 0.5] from `rng`, every bias 0.1. */
export function buildNetwork(setup: TrainerSetup, rng: Rng): Network {
  const { activation, loss } = OUTPUT[setup.output];
  const net = createNetwork({
    sizes: [setup.features.length, ...setup.hidden, outputNodes(setup)],
    activations: { hidden: setup.activation, output: activation },
    loss,
    rng,
    init: 'uniform',
  });
  for (const layer of net.layers) layer.biases.fill(INITIAL_BIAS);
  return net;
}

/** The network's input rows for the points (row k = the chosen features of points[k]). */
export function inputRows(setup: TrainerSetup, points: readonly Point[]): Float64Array {
  const flat = new Float64Array(points.length * 2);
  points.forEach((p, k) => {
    flat[2 * k] = p.x1;
    flat[2 * k + 1] = p.x2;
  });
  return featureRows(setup.features, flat);
}

/** The targets the loss compares with, one row per point: ±1, 0/1, one-hot or the value. */
export function targetRows(setup: TrainerSetup, points: readonly Point[]): Float64Array {
  const width = outputNodes(setup);
  const rows = new Float64Array(points.length * width);
  points.forEach(({ label }, k) => {
    if (setup.output === 'tanh-mse') rows[k] = label === 1 ? 1 : -1;
    else if (setup.output === 'softmax-ce') rows[k * width + label] = 1;
    else rows[k] = label; // sigmoid-ce's 0/1, or regression's value
  });
  return rows;
}

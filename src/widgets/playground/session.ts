/**
 * A playground run, from the state in the address to a trainer: the points (generated from the
 * seed, or the reader's own), the train/test split, the setup, the network and the rewind timeline.
 * Pure: the page's element holds one session and asks it for every number it shows.
 *
 * A change of settings keeps what it can: the rates, the batch size and the penalty retune the
 * running network; the data, the features, the shape, the activation and the output rebuild it
 * from the seed, as TensorFlow Playground resets; showing test points or discretising only redraws.
 */
import { parseExpression } from '../../../lib/playground/expression.ts';
import { createRng } from '../../../lib/random.ts';
import { featureNames, type FeatureName } from '../../../lib/playground/features.ts';
import { playgroundSets, SAMPLE_COUNT } from '../../../lib/playground/datasets.ts';
import { MAX_CLASSES, type Point, type PointSet } from '../../../lib/playground/points.ts';
import { createTimeline, type Timeline } from '../../../lib/playground/snapshots.ts';
import { splitTrainTest } from '../../../lib/playground/split.ts';
import { describeTraining, type TrainingStatus } from '../../../lib/playground/status.ts';
import {
  createTrainer,
  type OutputMode,
  type Trainer,
  type TrainerSetup,
  type TrainerSnapshot,
} from '../../../lib/playground/trainer.ts';
import { chosenFeatures, seedNumber, type PlaygroundState } from './address.ts';
import { customPointsProblem } from './custom-points.ts';

/** Cells per side of the output's heat map (Playground's density) and of each node's small map. */
export const HEAT_RESOLUTION = 100;
export const NODE_RESOLUTION = 20;

/** One run: everything derived from a state, and the trainer that moves on from it. */
export interface Session {
  readonly state: PlaygroundState;
  /** Every point before the split. */
  readonly data: PointSet;
  readonly train: readonly Point[];
  readonly test: readonly Point[];
  /** The input features, in the input layer's order. */
  readonly features: readonly FeatureName[];
  /** n(0), …, n(L). */
  readonly sizes: readonly number[];
  readonly trainer: Trainer;
  /** A snapshot after every epoch, the last 500 kept (epoch 0 is the untrained network). */
  readonly timeline: Timeline<TrainerSnapshot>;
}

/** A session, or the reason the state cannot be run, in plain words. */
export type MadeSession =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly message: string };

/** The output layer and loss the state asks for (C ≥ 3 is always softmax with cross-entropy). */
export function outputModeOf(state: PlaygroundState, classes: number): OutputMode {
  if (state.problem === 'regression') return 'linear-mse';
  if (classes > 2) return 'softmax-ce';
  return state.loss === 'crossEntropy' ? 'sigmoid-ce' : 'tanh-mse';
}

/** The name of the data set the state trains on. */
export const datasetOf = (state: PlaygroundState): string =>
  state.problem === 'classification' ? state.dataset : state.regDataset;

/** The points the state describes: generated from its seed, or its own; the rng then splits them. */
function pointsOf(
  state: PlaygroundState,
  rng: ReturnType<typeof createRng>,
): { ok: true; set: PointSet } | { ok: false; message: string } {
  const kind = state.problem;
  const name = datasetOf(state);
  if (name === 'custom') {
    const problem = customPointsProblem(state.points, kind);
    if (problem) return { ok: false, message: problem };
    return { ok: true, set: { kind, classes: classesOf(state), points: state.points } };
  }
  let boundary: ((x: number) => number) | undefined;
  if (name === 'function') {
    const parsed = parseExpression(state.fn);
    if (!parsed.ok) return { ok: false, message: `The boundary f(x): ${parsed.message}` };
    boundary = parsed.value.evaluate;
  }
  const set = playgroundSets[name as keyof typeof playgroundSets];
  const options = { count: SAMPLE_COUNT[kind], noise: state.noise, classes: state.classes };
  const made = set.generate(rng, boundary ? { ...options, boundary } : options);
  if (boundary && new Set(made.points.map((p) => p.label)).size < 2) {
    return {
      ok: false,
      message: `The boundary f(x) = ${state.fn} puts every point on one side (or is not a finite number on the plane): choose a curve that crosses the square.`,
    };
  }
  return { ok: true, set: made };
}

/**
 * The run a state describes. The seed draws the points, then their split, then (continuing the
 * same stream, as Playground's one seeded Math.random does) the weights and the training order,
 * so one address always gives the same numbers.
 */
export function createSession(state: PlaygroundState): MadeSession {
  const features = chosenFeatures(state, featureNames);
  if (features.length === 0) return { ok: false, message: 'Choose at least one input feature.' };
  const rng = createRng(seedNumber(state.seed));
  const made = pointsOf(state, rng);
  if (!made.ok) return made;
  const { train, test } = splitTrainTest(made.set.points, state.percTrainData, rng);
  if (train.length === 0) {
    return {
      ok: false,
      message: 'No point is left to train on: add points or raise the share of training data.',
    };
  }
  const classes = made.set.classes;
  const setup: TrainerSetup = {
    features,
    hidden: state.networkShape,
    activation: state.activation,
    output: outputModeOf(state, classes),
    classes,
    learningRate: state.learningRate,
    batchSize: state.batchSize,
    regularization: state.regularization,
    regularizationRate: state.regularizationRate,
    seed: rng.state(),
  };
  let trainer: Trainer;
  try {
    trainer = createTrainer(setup, train, test);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const timeline = createTimeline<TrainerSnapshot>();
  timeline.push(0, trainer.snapshot());
  const sizes = [features.length, ...state.networkShape, trainer.net.layers.at(-1)!.nOut];
  return {
    ok: true,
    session: { state, data: made.set, train, test, features, sizes, trainer, timeline },
  };
}

/** What a change of state does to a run. */
export type ChangeEffect = 'redraw' | 'retune' | 'rebuild';

/** The settings that fix the points; a key that the chosen set does not read is left out. */
function dataKey(s: PlaygroundState): string {
  const name = datasetOf(s);
  return JSON.stringify([
    s.problem,
    name,
    s.seed,
    s.percTrainData,
    name === 'custom' ? s.points : s.noise,
    name === 'blobs' ? s.classes : 0,
    name === 'function' ? s.fn : '',
  ]);
}

/** The settings that fix the network: its inputs, shape, activations and output. */
function networkKey(s: PlaygroundState): string {
  const features = chosenFeatures(s, featureNames);
  // The output mode, not the loss key: with 3 or more classes, or in regression, `loss` is unread.
  return JSON.stringify([features, s.networkShape, s.activation, outputModeOf(s, classesOf(s))]);
}

/** The number of classes the state's points will have (0 for regression), without making them. */
function classesOf(s: PlaygroundState): number {
  if (s.problem === 'regression') return 0;
  if (s.dataset === 'blobs') return s.classes;
  if (s.dataset !== 'custom') return 2;
  return Math.min(MAX_CLASSES, Math.max(2, ...s.points.map((p) => p.label + 1)));
}

/** Whether `next` needs a new run, a retuned one, or only a redraw of `previous`'s. */
export function effectOf(previous: PlaygroundState, next: PlaygroundState): ChangeEffect {
  if (dataKey(previous) !== dataKey(next) || networkKey(previous) !== networkKey(next))
    return 'rebuild';
  const retuned =
    previous.learningRate !== next.learningRate ||
    previous.batchSize !== next.batchSize ||
    previous.regularization !== next.regularization ||
    previous.regularizationRate !== next.regularizationRate;
  return retuned ? 'retune' : 'redraw';
}

/**
 * The run for `next`, moving on from `session` where the change allows (the trainer keeps its
 * weights and epoch when only the rates change). A refused change leaves `session` as it was.
 */
export function changeSession(session: Session, next: PlaygroundState): MadeSession {
  const effect = effectOf(session.state, next);
  if (effect === 'rebuild') return createSession(next);
  if (effect === 'retune') {
    const problem = session.trainer.retune({
      learningRate: next.learningRate,
      batchSize: next.batchSize,
      regularization: next.regularization,
      regularizationRate: next.regularizationRate,
    });
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, session: { ...session, state: next } };
}

/**
 * Trains up to `epochs` more epochs, keeping a snapshot after each one; stops early when training
 * diverges (the trainer keeps the last finite weights). Returns the epochs trained.
 */
export function trainSession(session: Session, epochs: number): number {
  const { trainer, timeline } = session;
  const start = trainer.epoch;
  for (let k = 0; k < epochs && !trainer.diverged; k++) {
    const before = trainer.epoch;
    trainer.trainEpochs(1);
    if (trainer.epoch === before) continue;
    // A full timeline drops its earliest snapshot on this push, so that one's arrays are reused
    // (no garbage per epoch). After a rewind the push drops the later snapshots instead, and the
    // earliest stays: then a new one is made.
    const latest = timeline.latest()!;
    const full = timeline.size === timeline.capacity && trainer.epoch > latest.epoch;
    const reuse = full ? timeline.earliest()!.snapshot : undefined;
    timeline.push(trainer.epoch, trainer.snapshot(reuse));
  }
  return trainer.epoch - start;
}

/** Goes back to the snapshot at `epoch` (or the nearest kept one before it); returns its epoch. */
export function rewindSession(session: Session, epoch: number): number | null {
  const found = session.timeline.at(epoch) ?? session.timeline.earliest();
  if (found === null) return null;
  session.trainer.restore(found.snapshot);
  return found.epoch;
}

/** The plain-words status of the run. */
export function statusOf(session: Session): TrainingStatus {
  const { trainer } = session;
  // An imported run starts at its epoch with no loss curve behind it.
  if (trainer.history.length === 0 && trainer.epoch > 0 && !trainer.diverged)
    return { tone: 'ok', text: LOADED_TEXT(trainer.epoch) };
  return describeTraining(trainer.history, trainer.metrics(), trainer.diverged);
}

/** The status of a run loaded from a file, before it has trained further. */
export const LOADED_TEXT = (epoch: number): string =>
  `Loaded at epoch ${epoch}; train on to see how the loss moves.`;

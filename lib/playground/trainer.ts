import { train } from '../network/api.ts';
import { regularizationPenalty, type RegularizationSetting } from '../network/regularization.ts';
import type { Network } from '../network/types.ts';
import { createRng } from '../random.ts';
import type { Point } from './points.ts';
import { createHistory, type HistoryEntry } from './trainer-history.ts';
import {
  biasProblem,
  copyParameters,
  copyParametersInto,
  parameterBackup,
  parametersFinite,
  putParameters,
  weightProblem,
  type ParameterCopy,
} from './trainer-params.ts';
import {
  accuracy,
  confusionMatrix,
  evaluate,
  evaluationSet,
  meanLoss,
  type EvaluationSet,
  type TrainerMetrics,
} from './trainer-metrics.ts';
import { buildNetwork, outputNodes, pointsProblem, validateSetup } from './trainer-setup.ts';
import type { TrainerSetup } from './trainer-setup.ts';

export type { HiddenActivation, OutputMode, TrainerSetup } from './trainer-setup.ts';
export { validateSetup } from './trainer-setup.ts';
export { HISTORY_LIMIT, type HistoryEntry } from './trainer-history.ts';
export type { TrainerMetrics } from './trainer-metrics.ts';

/** Everything a run's future depends on: restoring it continues with exactly the same numbers. */
export interface TrainerSnapshot extends ParameterCopy {
  readonly epoch: number;
  /** The generator's state (it drew the weights and the shuffle; epochs draw nothing more). */
  readonly rngState: number;
  /**
   * The spacing history was recorded at. Restoring keeps the history entries up to the
   * snapshot's epoch, which are the entries it had then (less any a later thinning dropped).
   */
  readonly historyStride: number;
  readonly diverged: boolean;
}

/** A training session: its own network, data and buffers; nothing shared between trainers. */
export interface Trainer {
  readonly setup: TrainerSetup;
  readonly net: Network;
  /** Epochs trained so far. */
  readonly epoch: number;
  /** True once an epoch's loss was not finite; the weights are the last finite ones. */
  readonly diverged: boolean;
  /** The loss curve, at most HISTORY_LIMIT entries evenly spaced over the run (see HISTORY_LIMIT). */
  readonly history: readonly HistoryEntry[];
  /** Trains k more epochs; stops early (and sets `diverged`) at a non-finite loss. */
  trainEpochs(k: number): void;
  metrics(): TrainerMetrics;
  /** C × C counts, row = true class, column = predicted ([] for regression). */
  confusion(which: 'train' | 'test'): number[][];
  /** Sets W(l)[i][j] (l from 1, as in the book); returns the problem in plain words, or null. */
  setWeight(l: number, i: number, j: number, value: number): string | null;
  /** Sets b(l)[j]; returns the problem in plain words, or null. */
  setBias(l: number, j: number, value: number): string | null;
  /**
   * The run as it is now. With `reuse`, a snapshot of this network that is no longer needed, its
   * arrays are filled instead of new ones made: a timeline that keeps a snapshot every epoch
   * then allocates nothing for the weights once it is full.
   */
  snapshot(reuse?: TrainerSnapshot): TrainerSnapshot;
  restore(snapshot: TrainerSnapshot): void;
  /**
   * Changes how the next epochs train (η, batch size, the penalty and λ) and keeps the weights,
   * the epoch and the history: the network and data are those of the original setup. Returns the
   * problem in plain words (and changes nothing), or null.
   */
  retune(change: Partial<Pick<TrainerSetup, RetunableKey>>): string | null;
  /** Input and target rows of training batch k (0-based) of every epoch, or null past the last. */
  batch(k: number): { inputs: Float64Array; targets: Float64Array; count: number } | null;
}

/** The settings that can change during a run without rebuilding the network. */
export type RetunableKey = 'learningRate' | 'batchSize' | 'regularization' | 'regularizationRate';

/**
 * A trainer for the setup on these points. The training points are shuffled once, with the
 * seed, and every epoch walks them in that order in batches of batchSize (a last short batch
 * is a step of its own), as Playground walks its once-shuffled data; the test points are only
 * evaluated. Throws a RangeError with the plain-words problem on a setup or point that does not
 * fit (validateSetup and the page's parsers catch those first) or on no training points.
 */
export function createTrainer(
  initialSetup: TrainerSetup,
  trainPoints: readonly Point[],
  testPoints: readonly Point[],
): Trainer {
  let setup = initialSetup;
  const problem =
    validateSetup(setup) ??
    pointsProblem(setup, trainPoints, 'training') ??
    pointsProblem(setup, testPoints, 'test') ??
    (trainPoints.length === 0 ? 'There are no training points.' : null);
  if (problem) throw new RangeError(problem);
  const rng = createRng(setup.seed);
  const net = buildNetwork(setup, rng);
  const order = rng.shuffle(trainPoints.map((_, k) => k));
  const trainSet = evaluationSet(
    setup,
    order.map((k) => trainPoints[k]!),
  );
  const testSet = evaluationSet(setup, testPoints);
  let regularization: RegularizationSetting = {
    name: setup.regularization,
    rate: setup.regularizationRate,
  };
  const scratchZ = new Float64Array(outputNodes(setup));
  const scratchY = new Float64Array(outputNodes(setup));
  const lossOf = (set: EvaluationSet): number => {
    evaluate(net, set);
    return meanLoss(net, set, scratchZ, scratchY);
  };
  // The parameters before the epoch under way, to go back to when it diverges.
  const backup = parameterBackup(net);

  let epoch = 0;
  let diverged = false;
  const history = createHistory();
  let cached: TrainerMetrics | null = null;

  /** Records the epoch's losses if the curve keeps it; false when the training loss is not finite. */
  const record = (): boolean => {
    if (!history.wants(epoch)) return true;
    const entry: HistoryEntry = { epoch, trainLoss: lossOf(trainSet), testLoss: lossOf(testSet) };
    if (!Number.isFinite(entry.trainLoss)) return false;
    history.push(entry);
    return true;
  };

  const oneEpoch = (): boolean => {
    backup.save();
    const [trained] = train(net, trainSet.inputs, trainSet.targets, {
      eta: setup.learningRate,
      batchSize: setup.batchSize,
      epochs: 1,
      regularization,
    });
    epoch++;
    if (Number.isFinite(trained) && parametersFinite(net) && record()) return true;
    epoch--;
    backup.putBack();
    diverged = true;
    return false;
  };

  return {
    get setup() {
      return setup;
    },
    net,
    get epoch() {
      return epoch;
    },
    get diverged() {
      return diverged;
    },
    get history() {
      return history.entries;
    },
    trainEpochs(k) {
      if (!(Number.isInteger(k) && k >= 0))
        throw new RangeError(`trainEpochs: k must be a whole number ≥ 0, got ${k}`);
      cached = null;
      for (let n = 0; n < k && !diverged; n++) oneEpoch();
    },
    metrics() {
      if (cached) return cached;
      const trainLoss = lossOf(trainSet);
      const trainAccuracy = accuracy(setup, trainSet);
      const testLoss = lossOf(testSet);
      const testAccuracy = accuracy(setup, testSet);
      const regularizationLoss =
        setup.regularizationRate * regularizationPenalty(net, setup.regularization);
      cached = {
        trainLoss,
        testLoss,
        dataLoss: trainLoss,
        regularizationLoss,
        trainAccuracy,
        testAccuracy,
      };
      return cached;
    },
    confusion(which) {
      const set = which === 'train' ? trainSet : testSet;
      evaluate(net, set);
      return confusionMatrix(setup, set);
    },
    setWeight(l, i, j, value) {
      const problem = weightProblem(net, l, i, j, value);
      if (problem) return problem;
      const layer = net.layers[l - 1]!;
      layer.weights[i * layer.nOut + j] = value;
      cached = null;
      return null;
    },
    setBias(l, j, value) {
      const problem = biasProblem(net, l, j, value);
      if (problem) return problem;
      net.layers[l - 1]!.biases[j] = value;
      cached = null;
      return null;
    },
    snapshot(reuse) {
      return {
        epoch,
        ...(reuse ? copyParametersInto(net, reuse) : copyParameters(net)),
        rngState: rng.state(),
        historyStride: history.stride,
        diverged,
      };
    },
    restore(s) {
      putParameters(net, s);
      rng.restore(s.rngState);
      epoch = s.epoch;
      diverged = s.diverged;
      history.rewind(s.epoch, s.historyStride);
      cached = null;
    },
    retune(change) {
      // Only these four keys: anything else in `change` would describe another network.
      const next: TrainerSetup = {
        ...setup,
        learningRate: change.learningRate ?? setup.learningRate,
        batchSize: change.batchSize ?? setup.batchSize,
        regularization: change.regularization ?? setup.regularization,
        regularizationRate: change.regularizationRate ?? setup.regularizationRate,
      };
      const problem = validateSetup(next);
      if (problem) return problem;
      setup = next;
      regularization = { name: setup.regularization, rate: setup.regularizationRate };
      cached = null;
      return null;
    },
    batch(k) {
      const size = setup.batchSize;
      if (!(Number.isInteger(k) && k >= 0 && k * size < trainSet.count)) return null;
      const count = Math.min(size, trainSet.count - k * size);
      const nIn = setup.features.length;
      const nOut = outputNodes(setup);
      return {
        inputs: trainSet.inputs.slice(k * size * nIn, (k * size + count) * nIn),
        targets: trainSet.targets.slice(k * size * nOut, (k * size + count) * nOut),
        count,
      };
    },
  };
}

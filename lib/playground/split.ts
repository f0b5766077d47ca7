/**
 * The train/test split, as TensorFlow Playground makes it: shuffle the points once, then the first
 * ⌊N · percent/100⌋ train the network and the rest only measure it.
 */
import type { Rng } from '../random.ts';
import type { Point } from './points.ts';

/** Fewest and most percent of the points that may train (Playground's slider, 10 … 90). */
export const MIN_PERCENT_TRAIN = 10;
export const MAX_PERCENT_TRAIN = 90;

/** The training points and the held-out test points. */
export interface TrainTestSplit {
  readonly train: Point[];
  readonly test: Point[];
}

/**
 * Shuffles a copy of `points` with `rng` and splits it: the first ⌊N · percentTrain/100⌋ train,
 * the rest test. `points` itself is left in its order; percentTrain must be 10 … 90.
 */
export function splitTrainTest(
  points: readonly Point[],
  percentTrain: number,
  rng: Rng,
): TrainTestSplit {
  if (!(
    Number.isFinite(percentTrain) &&
    percentTrain >= MIN_PERCENT_TRAIN &&
    percentTrain <= MAX_PERCENT_TRAIN
  )) {
    throw new RangeError(
      `splitTrainTest: percentTrain must be from ${MIN_PERCENT_TRAIN} to ${MAX_PERCENT_TRAIN}, got ${percentTrain}`,
    );
  }
  const shuffled = rng.shuffle([...points]);
  const trainCount = Math.floor((shuffled.length * percentTrain) / 100);
  return { train: shuffled.slice(0, trainCount), test: shuffled.slice(trainCount) };
}

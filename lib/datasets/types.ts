/**
 * What every toy dataset is: inputs, targets the network is trained towards, and for
 * classification the class label of each point. Every generator takes the seeded generator, so
 * the same seed gives the same points.
 */
import type { Rng } from '../random.ts';

/** Classification sets carry labels and one-hot targets; regression sets carry [value] targets. */
export type DatasetKind = 'classification' | 'regression';

/** A generated set: N inputs and N targets, plus N labels for classification. */
export interface Dataset {
  readonly name: string;
  readonly kind: DatasetKind;
  /** One row per point: [x₁, x₂] (or [x] for 1-D regression). */
  readonly inputs: number[][];
  /**
   * Classification: the one-hot vector of the label (C entries, for softmax + cross-entropy).
   * For a 2-class set with a single sigmoid output, train on `[label]` instead
   * (see `singleOutputTargets`). Regression: [value].
   */
  readonly targets: number[][];
  /** Classification only: the class of each point, 0 … C−1. */
  readonly labels?: number[];
}

/** The options every generator takes. */
export interface DatasetOptions {
  /** How many points, a whole number ≥ 1. */
  readonly count: number;
  /** Standard deviation of the Gaussian noise (on the inputs, or on the target for regression), ≥ 0. */
  readonly noise: number;
}

/** Checks the options every generator shares and throws an error that names the set and the value. */
export function validateOptions(name: string, options: DatasetOptions): void {
  const { count, noise } = options;
  if (!(Number.isInteger(count) && count >= 1)) {
    throw new RangeError(`${name}: count must be a whole number ≥ 1, got ${count}`);
  }
  if (!(noise >= 0 && Number.isFinite(noise))) {
    throw new RangeError(`${name}: noise must be a finite number ≥ 0, got ${noise}`);
  }
}

/** The one-hot vector e_label of length `classes`. */
export function oneHot(label: number, classes: number): number[] {
  return Array.from({ length: classes }, (_, k) => (k === label ? 1 : 0));
}

/** A 2-D point (cx, cy) plus independent N(0, noise²) on each coordinate. */
export function jitter(rng: Rng, cx: number, cy: number, noise: number): number[] {
  // With noise 0 the generator is not consulted, so noise-free shapes are exact.
  if (noise === 0) return [cx, cy];
  return [cx + noise * rng.normal(), cy + noise * rng.normal()];
}

/** Assembles a classification set from points and their labels. */
export function classification(
  name: string,
  inputs: number[][],
  labels: number[],
  classes: number,
): Dataset {
  return {
    name,
    kind: 'classification',
    inputs,
    targets: labels.map((label) => oneHot(label, classes)),
    labels,
  };
}

/** Targets for a 2-class set trained with one sigmoid output: [label] (0 or 1) for each point. */
export function singleOutputTargets(dataset: Dataset): number[][] {
  const { labels } = dataset;
  if (labels === undefined || dataset.targets.some((t) => t.length !== 2)) {
    throw new RangeError(
      `singleOutputTargets: ${dataset.name} is not a 2-class classification set`,
    );
  }
  return labels.map((label) => [label]);
}

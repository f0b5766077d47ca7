/**
 * The playground's data: points on the input plane, each with a class (classification) or a target
 * value (regression). TensorFlow Playground draws its sets on the square [−6, 6]²; ours do too, so
 * its addresses, noise levels and pictures carry over.
 */

/**
 * Half the side of the input square the maps cover. The generated sets lie inside it before noise;
 * like Playground's, the Gaussian sets are not clamped, so strong noise can put a point outside.
 */
export const DOMAIN = 6;

/** The two kinds of problem the playground trains on. */
export type ProblemKind = 'classification' | 'regression';

/** Fewest and most classes a classification set may have. */
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 5;

/**
 * One point: its two coordinates and its label, the class index 0 … C−1 for classification or the
 * target value for regression (Playground's values: within [−1, 1] for reg-gauss, ±1.2 for
 * reg-plane before noise, as (x₁ + x₂)/10 gives).
 */
export interface Point {
  readonly x1: number;
  readonly x2: number;
  readonly label: number;
}

/** A set of points and what its labels mean. */
export interface PointSet {
  readonly kind: ProblemKind;
  /** The number of classes C (2 … 5) for classification; 0 for regression. */
  readonly classes: number;
  readonly points: readonly Point[];
}

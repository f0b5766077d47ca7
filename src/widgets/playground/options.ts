/**
 * The menus of the playground: the values TensorFlow Playground offers for its rates (its
 * address may carry any value in range; the page then adds that value to the menu), and the
 * words each choice is shown with.
 */

/** Playground's learning-rate menu. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
/** Playground's regularisation-rate menu. */
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/** A menu's values with `current` added in order when it is not one of them. */
export function menuWith(values: readonly number[], current: number): number[] {
  return values.includes(current) ? [...values] : [...values, current].sort((a, b) => a - b);
}

export const ACTIVATION_LABELS = {
  relu: 'ReLU',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  linear: 'linear',
} as const;

export const REGULARIZATION_LABELS = { none: 'none', L1: 'L1', L2: 'L2' } as const;

export const PROBLEM_LABELS = {
  classification: 'classification',
  regression: 'regression',
} as const;

export const LOSS_LABELS = {
  mse: 'tanh, ½(z − y)²',
  crossEntropy: 'sigmoid, cross-entropy',
} as const;

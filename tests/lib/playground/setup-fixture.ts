import type { TrainerSetup } from '../../../lib/playground/trainer.ts';

/**
 * TensorFlow Playground's default network as a trainer setup (x₁ and x₂, hidden 4-2 tanh, its tanh
 * output on ±1 labels, η = 0.03, batch 10, no penalty), seed 1; the trainer tests start from it.
 */
export const PLAYGROUND_SETUP: TrainerSetup = {
  features: ['x', 'y'],
  hidden: [4, 2],
  activation: 'tanh',
  output: 'tanh-mse',
  classes: 2,
  learningRate: 0.03,
  batchSize: 10,
  regularization: 'none',
  regularizationRate: 0,
  seed: 1,
};

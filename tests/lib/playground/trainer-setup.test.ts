import { describe, expect, it } from 'vitest';
import {
  pointsProblem,
  validateSetup,
  type TrainerSetup,
} from '../../../lib/playground/trainer-setup.ts';
import { PLAYGROUND_SETUP } from './setup-fixture.ts';

const setup: TrainerSetup = PLAYGROUND_SETUP;

/** validateSetup of the setup above with some fields changed (to any value, typed or not). */
const problem = (change: Record<string, unknown>) =>
  validateSetup({ ...setup, ...change } as TrainerSetup);

describe('validateSetup, field by field', () => {
  it('names an unknown feature by its place', () => {
    expect(problem({ features: ['x', 'z'] })).toBe('Feature 2 (z) is not a known feature.');
  });

  it('refuses an unknown activation, output or penalty by name', () => {
    expect(problem({ activation: 'gelu' })).toBe(
      'The activation must be relu, tanh, sigmoid or linear, not gelu.',
    );
    expect(problem({ output: 'relu-mse' })).toBe(
      'The output must be tanh-mse, sigmoid-ce, softmax-ce or linear-mse, not relu-mse.',
    );
    expect(problem({ regularization: 'L3' })).toBe(
      'The regularization must be none, L1 or L2, not L3.',
    );
  });

  it('wants whole numbers of nodes and points per batch, not 2.5', () => {
    expect(problem({ hidden: [2.5] })).toBe('Hidden layer 1 must have 1 to 8 nodes, not 2.5.');
    expect(problem({ batchSize: 1.5 })).toBe(
      'The batch size must be a whole number from 1 to 30, not 1.5.',
    );
  });

  it('wants finite rates: Infinity is refused for η and λ', () => {
    expect(problem({ learningRate: Infinity })).toBe(
      'The learning rate must be a number above 0, not Infinity.',
    );
    expect(problem({ regularizationRate: Infinity })).toBe(
      'The regularization rate must be a number of at least 0, not Infinity.',
    );
  });
});

describe('pointsProblem', () => {
  it('names a regression target that is not finite', () => {
    const regression: TrainerSetup = { ...setup, output: 'linear-mse', classes: 0 };
    expect(pointsProblem(regression, [{ x1: 0, x2: 0, label: NaN }], 'training')).toBe(
      'The training point 1 has a target that is not a finite number.',
    );
    expect(pointsProblem(regression, [{ x1: 0, x2: 0, label: 7.5 }], 'test')).toBeNull();
  });
});

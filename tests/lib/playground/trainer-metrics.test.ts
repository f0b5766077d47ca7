import { describe, expect, it } from 'vitest';
import { fromJSON } from '../../../lib/network/json.ts';
import {
  accuracy,
  evaluate,
  evaluationSet,
  predictedClass,
} from '../../../lib/playground/trainer-metrics.ts';
import type { TrainerSetup } from '../../../lib/playground/trainer-setup.ts';

const setup: TrainerSetup = {
  features: ['x'],
  hidden: [],
  activation: 'tanh',
  output: 'tanh-mse',
  classes: 2,
  learningRate: 0.1,
  batchSize: 1,
  regularization: 'none',
  regularizationRate: 0,
  seed: 1,
};

describe('predictedClass', () => {
  it('reads z = 0 as class 1 for tanh and z = ½ as class 1 for sigmoid', () => {
    expect(predictedClass(setup, Float64Array.from([0]), 0)).toBe(1);
    expect(predictedClass(setup, Float64Array.from([-1e-9]), 0)).toBe(0);
    const sigmoid: TrainerSetup = { ...setup, output: 'sigmoid-ce' };
    expect(predictedClass(sigmoid, Float64Array.from([0.5]), 0)).toBe(1);
    expect(predictedClass(sigmoid, Float64Array.from([0.4999]), 0)).toBe(0);
  });

  it('takes the first of equal largest outputs for softmax', () => {
    const softmax: TrainerSetup = { ...setup, output: 'softmax-ce', classes: 3 };
    const outputs = Float64Array.from([0.1, 0.6, 0.3, 0.4, 0.2, 0.4]);
    expect([predictedClass(softmax, outputs, 0), predictedClass(softmax, outputs, 1)]).toEqual([
      1, 0,
    ]);
  });
});

describe('accuracy', () => {
  it('is NaN for regression, even where a target is 0', () => {
    const regression: TrainerSetup = { ...setup, output: 'linear-mse', classes: 0 };
    const net = fromJSON({
      layers: [{ weights: [[1]], biases: [0], activation: 'linear' }],
      loss: 'mse',
    });
    const set = evaluationSet(regression, [
      { x1: 0, x2: 0, label: 0 },
      { x1: 1, x2: 0, label: 0 },
    ]);
    evaluate(net, set);
    expect(accuracy(regression, set)).toBeNaN();
  });
});

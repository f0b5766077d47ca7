import { describe, expect, it } from 'vitest';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import { gradientCheck, numericGradients } from '../../../lib/network/gradient-check.ts';
import { expectClose } from '../../helpers/close.ts';
import { createRng, randomNetwork } from './helpers.ts';

describe('numericGradients', () => {
  it('gives ∂L/∂w = (z − y)·x for a linear neuron, to the accuracy of central differences', () => {
    const net = fromJSON({
      layers: [{ weights: [[1], [0], [-1]], biases: [3], activation: 'linear' }],
      loss: 'mse',
    });
    // L is quadratic in each weight, so the central difference is exact up to rounding.
    const [g] = numericGradients(net, [1, 2, 1], [1]);
    expectClose(g!.weights, [[2], [4], [2]], 1e-8);
    expectClose(g!.biases, [2], 1e-8);
  });

  it('leaves every parameter as it found it', () => {
    const net = randomNetwork(createRng(4), [2, 3, 2], 'tanh', 'sigmoid', 'mse');
    const before = toJSON(net);
    numericGradients(net, [0.5, -0.5], [1, 0]);
    expect(toJSON(net)).toEqual(before);
  });
});

describe('gradientCheck', () => {
  it('finds backpropagation within 1e-8 of the numeric gradient on a seeded network', () => {
    const net = randomNetwork(createRng(6), [3, 4, 2], 'sigmoid', 'softmax', 'crossEntropy');
    const { maxAbsDiff } = gradientCheck(net, [1, 2, 1], [0, 1]);
    expect(maxAbsDiff).toBeLessThan(1e-8);
  });
});

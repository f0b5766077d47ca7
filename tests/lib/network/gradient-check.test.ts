import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../lib/network/create.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import { tanhActivation } from '../../../lib/activations/tanh.ts';
import { variant } from '../../../lib/activations/types.ts';
import {
  GRADIENT_CHECK_TOLERANCE,
  gradientCheck,
  maxRelativeError,
  numericGradients,
  RELATIVE_ERROR_FLOOR,
} from '../../../lib/network/gradient-check.ts';
import { expectClose } from '../../helpers/close.ts';
import { configurations, createRng, randomNetwork, randomTarget, randomVector } from './helpers.ts';

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

  it(`reports the relative error beside the tolerance ${GRADIENT_CHECK_TOLERANCE}, and passes every smooth configuration`, () => {
    for (const { hidden, output, loss } of configurations) {
      if (hidden === 'relu' || hidden === 'leakyRelu') continue; // kinks: no derivative at 0
      const rng = createRng(hidden.length * 31 + output.length);
      const net = randomNetwork(rng, [3, 4, 2], hidden, output, loss);
      const check = gradientCheck(net, randomVector(rng, 3), randomTarget(rng, 2, loss));
      expect(check.tolerance).toBe(GRADIENT_CHECK_TOLERANCE);
      expect(check.maxRelError, `${hidden} ${output} ${loss}`).toBeLessThan(
        GRADIENT_CHECK_TOLERANCE,
      );
      expect(check.passed).toBe(true);
    }
  });

  it('fails a network whose hidden layer forgets φ′, with a relative error of order 1', () => {
    const net = randomNetwork(createRng(8), [2, 3, 1], 'tanh', 'sigmoid', 'mse');
    const wrong = {
      ...net,
      layers: [
        { ...net.layers[0]!, activation: variant(tanhActivation, { df: () => 1 }) },
        net.layers[1]!,
      ],
    };
    const check = gradientCheck(wrong, [0.9, -0.4], [1]);
    expect(check.maxRelError).toBeGreaterThan(0.01);
    expect(check.passed).toBe(false);
    expect(gradientCheck(wrong, [0.9, -0.4], [1], 1e-6, 1).passed).toBe(true);
  });
});

describe('maxRelativeError', () => {
  const grad = (w: number, b: number) => [{ weights: [[w]], biases: [b] }];

  it('is |a − n| / max(|a|, |n|) for entries of ordinary size', () => {
    expectClose(maxRelativeError(grad(2, 1), grad(2.002, 1)), 0.002 / 2.002, 1e-12);
    expectClose(maxRelativeError(grad(-3, 1), grad(3, 1)), 2, 1e-12);
    expect(maxRelativeError(grad(5, -1), grad(5, -1))).toBe(0);
  });

  it(`measures entries smaller than ${RELATIVE_ERROR_FLOOR} against that floor, so 0 beside 1e-10 is not 100 % wrong`, () => {
    expectClose(maxRelativeError(grad(0, 1), grad(1e-10, 1)), 1e-10 / RELATIVE_ERROR_FLOOR, 1e-12);
    expectClose(maxRelativeError(grad(1, 0), grad(1, 2e-5)), 2e-5 / RELATIVE_ERROR_FLOOR, 1e-12);
  });
});

/** 2-3-1 with ReLU hidden nodes whose biases are 0: at x = (0, 0) every hidden node sits on its kink. */
function kinkedNetwork() {
  const net = createNetwork({
    sizes: [2, 3, 1],
    activations: { hidden: 'relu', output: 'sigmoid' },
    loss: 'mse',
    rng: createRng(5),
  });
  net.layers[0]!.biases.fill(0);
  net.layers[1]!.weights.set([0.8, -1.5, 0.4]);
  return net;
}

describe('gradientCheck where one layer’s biases disagree', () => {
  it('reports the largest absolute difference over every layer, biases included', () => {
    const net = kinkedNetwork();
    const check = gradientCheck(net, [0, 0], [1]);
    // Backpropagation takes ReLU′(0) = 0; the central difference sees half the right slope.
    const kinks = check.numeric[0]!.biases.map((n, j) =>
      Math.abs(n - check.analytic[0]!.biases[j]!),
    );
    expect(Math.max(...kinks)).toBeGreaterThan(0.01);
    expect(check.maxAbsDiff).toBe(Math.max(...kinks));
    expect(check.passed).toBe(false);
  });

  it('passes at a tolerance equal to its own largest relative error', () => {
    const net = kinkedNetwork();
    const first = gradientCheck(net, [0, 0], [1]);
    expect(gradientCheck(net, [0, 0], [1], 1e-6, first.maxRelError).passed).toBe(true);
  });
});

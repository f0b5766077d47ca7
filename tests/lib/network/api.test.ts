import { describe, expect, it } from 'vitest';
import { blobs } from '../../../lib/datasets/blobs.ts';
import { singleOutputTargets } from '../../../lib/datasets/types.ts';
import { xor } from '../../../lib/datasets/xor.ts';
import {
  gradients,
  loss,
  predict,
  predictMany,
  train,
  trainStep,
} from '../../../lib/network/api.ts';
import { createNetwork } from '../../../lib/network/create.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import type { Network } from '../../../lib/network/types.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';

/** The post's single neuron: w = [1, 0, −1], b = 3, no activation. */
const neuron = fromJSON({
  layers: [{ weights: [[1], [0], [-1]], biases: [3], activation: 'linear' }],
  loss: 'mse',
});

const accuracy = (net: Network, inputs: number[][], labels: number[]): number => {
  const hits = inputs.filter((x, s) => {
    const z = predict(net, x);
    const guess = z.length === 1 ? (z[0]! > 0.5 ? 1 : 0) : z.indexOf(Math.max(...z));
    return guess === labels[s];
  }).length;
  return hits / inputs.length;
};

describe('predict', () => {
  it('gives 3 for the post’s neuron w = [1, 0, −1], b = 3 at x = [1, 2, 1]', () => {
    expect(predict(neuron, [1, 2, 1])).toEqual([3]);
  });

  it('rejects an input of the wrong length or with a non-finite value', () => {
    expect(() => predict(neuron, [1, 2])).toThrow(/x must have 3 values, got 2/);
    expect(() => predict(neuron, [1, NaN, 2])).toThrow(/x\[1\] is NaN, not a finite number/);
  });
});

describe('predictMany', () => {
  it('gives, row by row, what predict gives', () => {
    const net = createNetwork({
      sizes: [2, 5, 3],
      activations: { hidden: 'tanh', output: 'softmax' },
      loss: 'crossEntropy',
      rng: createRng(3),
    });
    const inputs = Float64Array.from([0.1, 0.2, -1, 2, 0.5, -0.5]);
    const out = predictMany(net, inputs);
    expect(out).toBeInstanceOf(Float64Array);
    expect(out.length).toBe(9);
    for (let s = 0; s < 3; s++)
      expectClose(
        out.subarray(s * 3, s * 3 + 3),
        predict(net, [inputs[2 * s]!, inputs[2 * s + 1]!]),
        1e-15,
      );
  });

  it('rejects a flat array that is not a whole number of rows', () => {
    expect(() => predictMany(neuron, new Float64Array(4))).toThrow(
      /4 numbers is not a whole number of inputs of 3/,
    );
  });
});

describe('loss', () => {
  it('is ½Σ(y − z)² for mse: ½(1 − 3)² = 2 for the post’s neuron and target 1', () => {
    expect(loss(neuron, [1, 2, 1], [1])).toBe(2);
  });

  it('is −Σ y ln z for crossEntropy', () => {
    const net = fromJSON({
      layers: [{ weights: [[0, 0]], biases: [0.3, 0.6], activation: 'softmax' }],
      loss: 'crossEntropy',
    });
    expectClose(
      loss(net, [1], [0, 1]),
      -Math.log(Math.exp(0.6) / (Math.exp(0.3) + Math.exp(0.6))),
      1e-15,
    );
  });

  it('stays finite when the prediction for the true class is exactly 0', () => {
    const net = fromJSON({
      layers: [{ weights: [[-1e4]], biases: [0], activation: 'sigmoid' }],
      loss: 'crossEntropy',
    });
    const value = loss(net, [1], [1]);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(20);
  });
});

describe('gradients', () => {
  it('gives ∂L/∂w = (z − y)·x and ∂L/∂b = z − y for the post’s linear neuron', () => {
    // z = 3, y = 1: ∂L/∂z = 2, so ∂L/∂w = 2·[1, 2, 1] and ∂L/∂b = 2.
    const [g] = gradients(neuron, [1, 2, 1], [1]);
    expect(g!.weights).toEqual([[2], [4], [2]]);
    expect(g!.biases).toEqual([2]);
  });
});

describe('trainStep', () => {
  it('accepts nested arrays and flat Float64Arrays alike, with the same result', () => {
    const a = createNetwork({
      sizes: [2, 3, 1],
      activations: { hidden: 'tanh', output: 'sigmoid' },
      loss: 'mse',
      rng: createRng(8),
    });
    const b = fromJSON(toJSON(a));
    trainStep(
      a,
      [
        [1, 0],
        [0, 1],
      ],
      [[1], [0]],
      0.5,
    );
    trainStep(b, Float64Array.from([1, 0, 0, 1]), Float64Array.from([1, 0]), 0.5);
    expect(toJSON(a)).toEqual(toJSON(b));
  });

  it.each([0, -1, NaN, Infinity])('rejects the learning rate %s', (eta) => {
    expect(() => trainStep(neuron, [[1, 2, 1]], [[1]], eta)).toThrow(
      /learning rate η must be a finite number > 0/,
    );
  });

  it('rejects batches whose sample counts differ', () => {
    expect(() => trainStep(neuron, [[1, 2, 1]], [[1], [2]], 0.1)).toThrow(
      /xs has 1 samples but ys has 2/,
    );
  });
});

describe('train', () => {
  it('learns XOR to 100 % accuracy from a seeded start', () => {
    const rng = createRng(2024);
    const data = xor(rng, { count: 200, noise: 0.1 });
    const net = createNetwork({
      sizes: [2, 4, 1],
      activations: { hidden: 'tanh', output: 'sigmoid' },
      loss: 'mse',
      rng,
    });
    const history = train(net, data.inputs, singleOutputTargets(data), {
      eta: 0.3,
      batchSize: 1,
      epochs: 60,
      rng,
    });
    expect(history.at(-1)!).toBeLessThan(history[0]!);
    expect(accuracy(net, data.inputs, data.labels!)).toBe(1);
  });

  it('learns 3 Gaussian blobs to at least 95 % with softmax and cross-entropy in mini-batches', () => {
    const rng = createRng(7);
    const data = blobs(rng, { count: 300, noise: 0.25, classes: 3 });
    const net = createNetwork({
      sizes: [2, 8, 3],
      activations: { hidden: 'relu', output: 'softmax' },
      loss: 'crossEntropy',
      rng,
      init: 'he',
    });
    train(net, data.inputs, data.targets, { eta: 0.2, batchSize: 16, epochs: 80, rng });
    expect(accuracy(net, data.inputs, data.labels!)).toBeGreaterThanOrEqual(0.95);
  });

  it('is deterministic: the same seed gives the same network and the same losses', () => {
    const run = () => {
      const rng = createRng(5);
      const data = xor(rng, { count: 40, noise: 0.2 });
      const net = createNetwork({
        sizes: [2, 3, 1],
        activations: { hidden: 'tanh', output: 'sigmoid' },
        loss: 'mse',
        rng,
      });
      return {
        history: train(net, data.inputs, singleOutputTargets(data), {
          eta: 0.1,
          batchSize: 4,
          epochs: 5,
          rng,
        }),
        json: toJSON(net),
      };
    };
    expect(run()).toEqual(run());
  });

  it('rejects a batch size that is not a whole number ≥ 1', () => {
    expect(() =>
      train(neuron, [[1, 2, 1]], [[1]], { eta: 0.1, batchSize: 0.5, epochs: 1 }),
    ).toThrow(/batchSize/);
  });
});

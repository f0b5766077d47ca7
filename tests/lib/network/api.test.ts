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

describe('cross-entropy on one sigmoid output', () => {
  // One sigmoid neuron whose output at x = [1] is 0.953: a = ln(0.953 / 0.047).
  const confident = () =>
    fromJSON({
      layers: [{ weights: [[Math.log(0.953 / 0.047)]], biases: [0], activation: 'sigmoid' }],
      loss: 'crossEntropy',
    });

  it('costs −ln(1 − 0.953) ≈ 3.06 for an output of 0.953 at a target of 0, not 0', () => {
    const net = confident();
    expectClose(predict(net, [1]), [0.953], 1e-12);
    expectClose(loss(net, [1], [0]), -Math.log(0.047), 1e-12);
    expectClose(loss(net, [1], [1]), -Math.log(0.953), 1e-12);
  });

  it('has the fused gradient ∂L/∂a = z − y: ∂L/∂b = 0.953 and ∂L/∂w = 0.953·x at target 0', () => {
    const [g] = gradients(confident(), [1], [0]);
    expectClose(g!.biases, [0.953], 1e-12);
    expectClose(g!.weights, [[0.953]], 1e-12);
    const [h] = gradients(confident(), [2], [1]);
    const z = predict(confident(), [2])[0]!;
    expectClose(h!.weights, [[2 * (z - 1)]], 1e-12);
  });

  it('trains by the same step as the teaching gradients: b := b − η(z − y)', () => {
    const net = confident();
    expectClose(trainStep(net, [[1]], [[0]], 0.5), -Math.log(0.047), 1e-12);
    expectClose(net.layers[0]!.biases, [-0.5 * 0.953], 1e-12);
  });

  it('learns XOR to 100 % accuracy, where the one-sided −y ln z left every prediction near 1', () => {
    const rng = createRng(2024);
    const data = xor(rng, { count: 200, noise: 0.1 });
    const net = createNetwork({
      sizes: [2, 4, 1],
      activations: { hidden: 'tanh', output: 'sigmoid' },
      loss: 'crossEntropy',
      rng,
    });
    train(net, data.inputs, singleOutputTargets(data), { eta: 0.3, epochs: 60, rng });
    expect(accuracy(net, data.inputs, data.labels!)).toBe(1);
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

  it('shuffles before every epoch with the given generator, then steps batch by batch in that order', () => {
    const rng = createRng(11);
    const data = xor(rng, { count: 7, noise: 0.2 });
    const targets = singleOutputTargets(data);
    const spec = { sizes: [2, 3, 1], activations: { hidden: 'tanh', output: 'sigmoid' } } as const;
    const net = createNetwork({ ...spec, loss: 'mse', rng: createRng(3) });
    const twin = fromJSON(toJSON(net));
    const history = train(net, data.inputs, targets, {
      eta: 0.4,
      batchSize: 3,
      epochs: 2,
      rng: createRng(9),
    });
    // By hand: the same Fisher–Yates shuffle of the running order, batches of 3, 3 and 1, and
    // each epoch's loss the mean over all 7 samples (a batch weighs as many samples as it has).
    const order = Array.from({ length: 7 }, (_, i) => i);
    const shuffler = createRng(9);
    const expected: number[] = [];
    for (let epoch = 0; epoch < 2; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = shuffler.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let total = 0;
      for (let from = 0; from < 7; from += 3) {
        const batch = order.slice(from, from + 3);
        const mean = trainStep(
          twin,
          batch.map((s) => data.inputs[s]!),
          batch.map((s) => targets[s]!),
          0.4,
        );
        total += mean * batch.length;
      }
      expected.push(total / 7);
    }
    expectClose(history, expected, 1e-12);
    expectClose(toJSON(net).layers[0]!.weights, toJSON(twin).layers[0]!.weights, 1e-12);
    // Unshuffled training would have visited the samples in another order.
    const plain = fromJSON(toJSON(createNetwork({ ...spec, loss: 'mse', rng: createRng(3) })));
    const unshuffled = train(plain, data.inputs, targets, { eta: 0.4, batchSize: 3, epochs: 2 });
    expect(Math.abs(unshuffled[1]! - history[1]!)).toBeGreaterThan(1e-9);
  });

  it('rejects a batch size that is not a whole number ≥ 1', () => {
    expect(() =>
      train(neuron, [[1, 2, 1]], [[1]], { eta: 0.1, batchSize: 0.5, epochs: 1 }),
    ).toThrow(/batchSize/);
  });
});

describe('the checks of every entry point', () => {
  /** Two outputs, so a count of samples and a count of numbers differ (nOut = 2). */
  const twoOut = () =>
    fromJSON({
      layers: [{ weights: [[1, -1]], biases: [0, 0.5], activation: 'sigmoid' }],
      loss: 'mse',
    });

  it('name the argument of the wrong size: x and y for one sample, xs and ys for a batch', () => {
    expect(() => loss(neuron, [1, 2, 1], [1, 2])).toThrow(/^y must have 1 values, got 2/);
    expect(() => gradients(neuron, [1, 2], [1])).toThrow(/^x must have 3 values, got 2/);
    expect(() => gradients(neuron, [1, 2, 1], [])).toThrow(/^y must have 1 values, got 0/);
    expect(() => trainStep(neuron, [[1, 2]], [[1]], 0.1)).toThrow(/^xs/);
    expect(() => trainStep(neuron, [[1, 2, 1]], [[1, 2]], 0.1)).toThrow(/^ys/);
  });

  it('count samples, not numbers, when a batch’s xs and ys disagree', () => {
    // 2 targets of 2 numbers each against 1 input: "ys has 2", not 4 numbers nor 1 pair.
    expect(() =>
      trainStep(
        twoOut(),
        [[1]],
        [
          [0, 1],
          [1, 0],
        ],
        0.1,
      ),
    ).toThrow(/^xs has 1 samples but ys has 2$/);
  });

  it('refuse an empty batch instead of returning a mean of nothing', () => {
    expect(() => trainStep(neuron, [], [], 0.1)).toThrow(/^the batch is empty$/);
    expect(() => train(neuron, [], [], { eta: 0.1, epochs: 1 })).toThrow(/^the batch is empty$/);
  });

  it('return the mean loss of a batch with several outputs per sample, each sample’s own', () => {
    const net = twoOut();
    const xs = [[1], [-2], [0.5]];
    const ys = [
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const mean = xs.reduce((s, x, k) => s + loss(net, x, ys[k]!), 0) / xs.length;
    expectClose(trainStep(net, xs, ys, 0.1), mean, 1e-15);
  });

  it('check the learning rate, batch size and epochs of train, each by name', () => {
    const run = (options: { eta: number; batchSize?: number; epochs: number }) =>
      train(neuron, [[1, 2, 1]], [[1]], options);
    expect(() => run({ eta: 0, epochs: 1 })).toThrow(/learning rate η/);
    expect(() => run({ eta: 0.1, batchSize: 0, epochs: 1 })).toThrow(/^batchSize.*got 0$/);
    expect(() => run({ eta: 0.1, batchSize: 1.5, epochs: 1 })).toThrow(/^batchSize.*got 1.5$/);
    expect(() => run({ eta: 0.1, epochs: -1 })).toThrow(
      /^epochs must be a whole number ≥ 0, got -1$/,
    );
    expect(() => run({ eta: 0.1, epochs: 1.5 })).toThrow(/^epochs.*got 1.5$/);
    expect(run({ eta: 0.1, epochs: 0 })).toEqual([]);
    expect(run({ eta: 0.1, batchSize: 1, epochs: 1 })).toHaveLength(1);
  });
});

describe('train and trainStep with a regularization', () => {
  const data = xor(createRng(21), { count: 40, noise: 0.1 });
  const xs = data.inputs;
  const ys = singleOutputTargets(data);
  const start = () =>
    createNetwork({
      sizes: [2, 6, 1],
      activations: { hidden: 'tanh', output: 'sigmoid' },
      loss: 'crossEntropy',
      rng: createRng(4),
    });
  const norm = (net: Network) =>
    net.layers.reduce((s, l) => s + l.weights.reduce((t, w) => t + w * w, 0), 0);

  it('keep the weights smaller under L2 than without it, from the same start', () => {
    const plain = start();
    const shrunk = start();
    train(plain, xs, ys, { eta: 0.5, batchSize: 4, epochs: 30 });
    train(shrunk, xs, ys, {
      eta: 0.5,
      batchSize: 4,
      epochs: 30,
      regularization: { name: 'L2', rate: 0.05 },
    });
    expect(norm(shrunk)).toBeLessThan(0.8 * norm(plain));
  });

  it('take one step of train over the whole set exactly as trainStep on it', () => {
    const a = start();
    const b = start();
    const regularization = { name: 'L1', rate: 0.02 } as const;
    train(a, xs, ys, { eta: 0.3, batchSize: xs.length, epochs: 1, regularization });
    trainStep(b, xs, ys, 0.3, regularization);
    expect(Array.from(a.layers[0]!.weights)).toEqual(Array.from(b.layers[0]!.weights));
  });

  it('refuse a bad regularization rate in train too, naming it', () => {
    expect(() =>
      train(start(), xs, ys, { eta: 0.1, epochs: 1, regularization: { name: 'L2', rate: -0.1 } }),
    ).toThrow(/regularization rate λ must be a finite number ≥ 0, got -0.1/);
  });
});

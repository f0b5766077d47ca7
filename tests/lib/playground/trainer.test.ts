import { describe, expect, it } from 'vitest';
import { predict } from '../../../lib/network/api.ts';
import { regularizationPenalty } from '../../../lib/network/regularization.ts';
import type { Point } from '../../../lib/playground/points.ts';
import {
  createTrainer,
  HISTORY_LIMIT,
  validateSetup,
  type Trainer,
  type TrainerSetup,
} from '../../../lib/playground/trainer.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';
import { PLAYGROUND_SETUP } from './setup-fixture.ts';

/** n points, one quadrant in turn, |x₁|, |x₂| in [0.3, 5.5]; class 1 where x₁x₂ > 0 (XOR). */
function xorPoints(seed: number, n: number): Point[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, k) => {
    const sx = k % 2 === 0 ? 1 : -1;
    const sy = k % 4 < 2 ? 1 : -1;
    const x1 = sx * rng.uniform(0.3, 5.5);
    const x2 = sy * rng.uniform(0.3, 5.5);
    return { x1, x2, label: x1 * x2 > 0 ? 1 : 0 };
  });
}

/** n points round three centres (σ = 0.8), class k round centre k. */
function blobPoints(seed: number, n: number): Point[] {
  const rng = createRng(seed);
  const centres = [
    [-3, -3],
    [3, -3],
    [0, 3],
  ] as const;
  return Array.from({ length: n }, (_, k) => {
    const [cx, cy] = centres[k % 3]!;
    return { x1: cx + 0.8 * rng.normal(), x2: cy + 0.8 * rng.normal(), label: k % 3 };
  });
}

/** Points on a plane tilted along x₁: the target is x₁/6 (regression). */
const rampPoints = (n: number): Point[] =>
  Array.from({ length: n }, (_, k) => {
    const x1 = -6 + (12 * k) / (n - 1);
    return { x1, x2: ((k * 7) % 13) - 6, label: x1 / 6 };
  });

const xorSetup: TrainerSetup = PLAYGROUND_SETUP;

const weightsOf = (t: Trainer) => t.net.layers.map((l) => [...l.weights, ...l.biases]);

/** Epochs until the test accuracy reaches `target`, checked every 10, or Infinity by `limit`. */
function epochsTo(t: Trainer, target: number, limit: number): number {
  while (t.epoch < limit) {
    t.trainEpochs(10);
    if (t.metrics().testAccuracy >= target) return t.epoch;
  }
  return Infinity;
}

describe('createTrainer', () => {
  it('starts as Playground does: weights in [−0.5, 0.5], every bias 0.1, epoch 0, no history', () => {
    const t = createTrainer(xorSetup, xorPoints(1, 40), []);
    expect(t.net.layers.map((l) => [l.nIn, l.nOut])).toEqual([
      [2, 4],
      [4, 2],
      [2, 1],
    ]);
    for (const layer of t.net.layers) {
      expect(layer.weights.every((w) => w >= -0.5 && w < 0.5)).toBe(true);
      expect(Array.from(layer.biases)).toEqual(new Array(layer.nOut).fill(0.1));
    }
    expect([t.epoch, t.history.length, t.diverged]).toEqual([0, 0, false]);
  });

  it('draws other weights from another seed and the same from the same', () => {
    const points = xorPoints(1, 40);
    const a = createTrainer(xorSetup, points, []);
    expect(weightsOf(createTrainer(xorSetup, points, []))).toEqual(weightsOf(a));
    expect(weightsOf(createTrainer({ ...xorSetup, seed: 2 }, points, []))).not.toEqual(
      weightsOf(a),
    );
  });

  it('refuses a setup or a point that does not fit, saying which', () => {
    expect(() => createTrainer({ ...xorSetup, batchSize: 0 }, xorPoints(1, 4), [])).toThrow(
      /batch size/,
    );
    const bad = [...xorPoints(1, 4), { x1: 0, x2: 0, label: 2 }];
    expect(() => createTrainer(xorSetup, bad, [])).toThrow(
      'The training point 5 has class 2, not one of 0 to 1.',
    );
    expect(() => createTrainer(xorSetup, xorPoints(1, 4), [{ x1: NaN, x2: 0, label: 0 }])).toThrow(
      'The test point 1 has a coordinate that is not a finite number.',
    );
    expect(() => createTrainer(xorSetup, [], [])).toThrow('There are no training points.');
  });
});

describe('validateSetup', () => {
  const problem = (change: Partial<TrainerSetup>) => validateSetup({ ...xorSetup, ...change });

  it('accepts Playground’s own setups', () => {
    expect(problem({})).toBeNull();
    expect(problem({ output: 'softmax-ce', classes: 5, hidden: [] })).toBeNull();
    expect(problem({ output: 'linear-mse', classes: 0, hidden: [8, 8, 8, 8, 8, 8] })).toBeNull();
  });

  it('names the first problem in plain words', () => {
    expect(problem({ features: [] })).toBe('Choose at least one feature.');
    expect(problem({ features: ['x', 'x'] })).toBe('Feature x is chosen twice.');
    expect(problem({ hidden: [4, 9] })).toBe('Hidden layer 2 must have 1 to 8 nodes, not 9.');
    expect(problem({ hidden: [1, 1, 1, 1, 1, 1, 1] })).toMatch(/0 to 6 hidden layers/);
    expect(problem({ classes: 3 })).toMatch(/3 classes need the softmax-ce output/);
    expect(problem({ classes: 0 })).toBe('Regression needs the linear-mse output.');
    expect(problem({ output: 'linear-mse' })).toBe('linear-mse is for regression only.');
    expect(problem({ classes: 6, output: 'softmax-ce' })).toMatch(/classes must be 2 to 5/);
    expect(problem({ learningRate: 0 })).toMatch(/learning rate must be a number above 0, not 0/);
    expect(problem({ batchSize: 31 })).toMatch(/batch size must be .* 1 to 30, not 31/);
    expect(problem({ regularizationRate: -1 })).toMatch(/regularization rate .* not -1/);
    expect(problem({ seed: 1.5 })).toBe('The seed must be a whole number, not 1.5.');
  });
});

describe('training', () => {
  it('gives the same losses and weights bit for bit from the same setup and points', () => {
    const points = xorPoints(3, 100);
    const test = xorPoints(4, 50);
    const a = createTrainer(xorSetup, points, test);
    const b = createTrainer(xorSetup, points, test);
    a.trainEpochs(15);
    b.trainEpochs(5);
    b.trainEpochs(10);
    expect(b.history).toEqual(a.history);
    expect(weightsOf(b)).toEqual(weightsOf(a));
    expect(b.metrics()).toEqual(a.metrics());
  });

  it('records every epoch’s train and test loss, and metrics agree with the last one', () => {
    const t = createTrainer(xorSetup, xorPoints(3, 100), xorPoints(4, 50));
    t.trainEpochs(5);
    expect(t.history.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5]);
    const { trainLoss, testLoss } = t.metrics();
    expect(t.history[4]).toEqual({ epoch: 5, trainLoss, testLoss });
  });

  it('learns XOR (x, y, hidden [4, 2] tanh, η = 0.03, batch 10) to ≥ 95 % test accuracy within 300 epochs', () => {
    const t = createTrainer(xorSetup, xorPoints(5, 200), xorPoints(6, 200));
    expect(epochsTo(t, 0.95, 300)).toBeLessThanOrEqual(300);
    expect(t.metrics().trainLoss).toBeLessThan(t.history[0]!.trainLoss);
  });

  it('learns three blobs with softmax-ce to ≥ 95 % test accuracy', () => {
    const setup: TrainerSetup = { ...xorSetup, hidden: [4], output: 'softmax-ce', classes: 3 };
    const t = createTrainer(setup, blobPoints(7, 150), blobPoints(8, 150));
    expect(epochsTo(t, 0.95, 300)).toBeLessThanOrEqual(300);
  });

  it('learns XOR with one sigmoid output on cross-entropy too', () => {
    const setup: TrainerSetup = { ...xorSetup, output: 'sigmoid-ce', learningRate: 0.1 };
    const t = createTrainer(setup, xorPoints(5, 200), xorPoints(6, 200));
    expect(epochsTo(t, 0.95, 500)).toBeLessThanOrEqual(500);
  });

  it('fits a regression ramp with a linear output, and gives no accuracy for it', () => {
    const setup: TrainerSetup = {
      ...xorSetup,
      hidden: [3],
      output: 'linear-mse',
      classes: 0,
      learningRate: 0.01,
    };
    const t = createTrainer(setup, rampPoints(60), rampPoints(17));
    const start = t.metrics().trainLoss;
    t.trainEpochs(200);
    const m = t.metrics();
    expect(m.trainLoss).toBeLessThan(start / 10);
    expect([m.trainAccuracy, m.testAccuracy]).toEqual([NaN, NaN]);
    expect(t.confusion('train')).toEqual([]);
  });
});

describe('metrics', () => {
  const points = xorPoints(9, 30);
  const test = xorPoints(10, 20);

  it('give the mean of ½(z − y)² over the points, with labels ±1, as Playground shows it', () => {
    const t = createTrainer(xorSetup, points, test);
    t.trainEpochs(3);
    const mean = (ps: Point[]) =>
      ps.reduce((s, p) => {
        const z = predict(t.net, [p.x1, p.x2])[0]!;
        return s + 0.5 * (z - (p.label === 1 ? 1 : -1)) ** 2;
      }, 0) / ps.length;
    const m = t.metrics();
    expectClose(m.trainLoss, mean(points), 1e-12);
    expectClose(m.testLoss, mean(test), 1e-12);
    expect(m.dataLoss).toBe(m.trainLoss);
  });

  it('count a point right when the sign of z is the sign of its label', () => {
    const t = createTrainer(xorSetup, points, test);
    const right = test.filter((p) => predict(t.net, [p.x1, p.x2])[0]! >= 0 === (p.label === 1));
    expect(t.metrics().testAccuracy).toBe(right.length / test.length);
  });

  it('give NaN test metrics when there are no test points', () => {
    const m = createTrainer(xorSetup, points, []).metrics();
    expect([m.testLoss, m.testAccuracy]).toEqual([NaN, NaN]);
    expect(Number.isFinite(m.trainLoss)).toBe(true);
  });

  it('give λ·ΣR(w) as the regularization loss: 0 without a penalty, more with one', () => {
    const none = createTrainer(xorSetup, points, test).metrics();
    const l2 = createTrainer(
      { ...xorSetup, regularization: 'L2', regularizationRate: 0.01 },
      points,
      test,
    );
    expect(none.regularizationLoss).toBe(0);
    expect(l2.metrics().regularizationLoss).toBeGreaterThan(0);
    expectClose(l2.metrics().regularizationLoss, 0.01 * regularizationPenalty(l2.net, 'L2'), 1e-15);
    // The data term is unchanged by the penalty: the same starting weights.
    expect(l2.metrics().trainLoss).toBe(none.trainLoss);
  });

  it('train smaller weights under L1 than without it', () => {
    const plain = createTrainer(xorSetup, points, test);
    const l1 = createTrainer(
      { ...xorSetup, regularization: 'L1', regularizationRate: 0.03 },
      points,
      test,
    );
    plain.trainEpochs(100);
    l1.trainEpochs(100);
    expect(regularizationPenalty(l1.net, 'L1')).toBeLessThan(
      regularizationPenalty(plain.net, 'L1'),
    );
  });
});

describe('confusion', () => {
  it('counts true class by row and predicted class by column, its diagonal the accuracy', () => {
    const setup: TrainerSetup = { ...xorSetup, hidden: [4], output: 'softmax-ce', classes: 3 };
    const t = createTrainer(setup, blobPoints(7, 60), blobPoints(8, 30));
    t.trainEpochs(20);
    const c = t.confusion('test');
    expect(c).toHaveLength(3);
    expect(c.map((row) => row.reduce((s, n) => s + n, 0))).toEqual([10, 10, 10]);
    expect((c[0]![0]! + c[1]![1]! + c[2]![2]!) / 30).toBe(t.metrics().testAccuracy);
  });
});

describe('divergence', () => {
  it('stops at η = 10 on a ReLU regression net with the last finite weights', () => {
    const setup: TrainerSetup = {
      ...xorSetup,
      activation: 'relu',
      output: 'linear-mse',
      classes: 0,
      learningRate: 10,
      batchSize: 1,
    };
    const t = createTrainer(setup, rampPoints(40), rampPoints(10));
    t.trainEpochs(50);
    expect(t.diverged).toBe(true);
    expect(t.epoch).toBeLessThan(50);
    expect(t.history).toHaveLength(t.epoch);
    for (const layer of t.net.layers)
      expect([...layer.weights, ...layer.biases].every(Number.isFinite)).toBe(true);
    const frozen = weightsOf(t);
    t.trainEpochs(5);
    expect([t.epoch, weightsOf(t)]).toEqual([t.history.length, frozen]);
    // The last finite weights are exactly those after the last good epoch.
    const twin = createTrainer(setup, rampPoints(40), rampPoints(10));
    twin.trainEpochs(t.epoch);
    expect([twin.diverged, weightsOf(twin)]).toEqual([false, frozen]);
  });

  // A linear net trained on the whole set at once: each epoch multiplies the weights by about
  // η·mean(x²) ≈ 120, so the loss overflows (≈ 1e308) while the weights (≈ 1e153) are still finite.
  const explodingLinear: TrainerSetup = {
    ...xorSetup,
    hidden: [],
    output: 'linear-mse',
    classes: 0,
    learningRate: 10,
    batchSize: 30,
  };

  it('stops when the loss after an epoch overflows though every weight is still finite', () => {
    const t = createTrainer(explodingLinear, rampPoints(30), rampPoints(10));
    t.trainEpochs(400);
    expect(t.diverged).toBe(true);
    expect(t.epoch).toBeGreaterThan(10);
    expect(t.history).toHaveLength(t.epoch);
    expect(t.history.every((e) => Number.isFinite(e.trainLoss))).toBe(true);
    for (const layer of t.net.layers)
      expect([...layer.weights, ...layer.biases].every(Number.isFinite)).toBe(true);
  });

  it('stops on an epoch whose loss overflows even when the thinned curve skips that epoch', () => {
    const setup: TrainerSetup = { ...explodingLinear, learningRate: 0.001 };
    const t = createTrainer(setup, rampPoints(30), rampPoints(10));
    // After HISTORY_LIMIT epochs the curve keeps every 2nd epoch, so epoch 1003 is not recorded.
    t.trainEpochs(HISTORY_LIMIT + 2);
    expect([t.epoch, t.diverged, t.history.at(-1)?.epoch]).toEqual([1002, false, 1002]);
    expect(t.setWeight(1, 0, 0, 1e200)).toBeNull();
    const before = weightsOf(t);
    t.trainEpochs(1);
    expect([t.epoch, t.diverged, weightsOf(t)]).toEqual([1002, true, before]);
    for (const layer of t.net.layers)
      expect([...layer.weights, ...layer.biases].every(Number.isFinite)).toBe(true);
  });
});

describe('the reader’s edits', () => {
  it('set W(l)[i][j] and b(l)[j], with l counted from 1 as in the book', () => {
    const t = createTrainer(xorSetup, xorPoints(1, 20), []);
    const before = t.metrics().trainLoss;
    expect(t.setWeight(2, 3, 1, 0.25)).toBeNull();
    expect(t.net.layers[1]!.weights[3 * 2 + 1]).toBe(0.25);
    expect(t.setBias(3, 0, -2)).toBeNull();
    expect(t.net.layers[2]!.biases[0]).toBe(-2);
    expect(t.metrics().trainLoss).not.toBe(before);
  });

  it('refuse indices outside the network and values that are not finite, changing nothing', () => {
    const t = createTrainer(xorSetup, xorPoints(1, 20), []);
    const before = weightsOf(t);
    expect(t.setWeight(4, 0, 0, 1)).toBe('There is no layer 4: the layers are 1 to 3.');
    expect(t.setWeight(1, 2, 0, 1)).toBe('Layer 1 has no weight [2][0]: i runs 0 to 1, j 0 to 3.');
    expect(t.setBias(2, 2, 1)).toBe('Layer 2 has no bias 2: j runs 0 to 1.');
    expect(t.setBias(1, 0, Infinity)).toBe('The value must be a finite number, not Infinity.');
    expect(weightsOf(t)).toEqual(before);
  });
});

describe('snapshot and restore', () => {
  it('continue after a restore with exactly the numbers training had from there', () => {
    const t = createTrainer(xorSetup, xorPoints(3, 80), xorPoints(4, 40));
    t.trainEpochs(10);
    const s = t.snapshot();
    t.trainEpochs(10);
    const later = { history: [...t.history], weights: weightsOf(t), metrics: t.metrics() };
    t.trainEpochs(7);
    t.restore(s);
    expect(t.epoch).toBe(10);
    expect(t.history.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    t.trainEpochs(10);
    expect(t.history).toEqual(later.history);
    expect(weightsOf(t)).toEqual(later.weights);
    expect(t.metrics()).toEqual(later.metrics);
  });

  it('hold copies, so training after a snapshot does not change it', () => {
    const t = createTrainer(xorSetup, xorPoints(3, 40), []);
    const s = t.snapshot();
    const saved = s.weights.map((w) => Array.from(w));
    t.trainEpochs(3);
    expect(s.weights.map((w) => Array.from(w))).toEqual(saved);
  });

  it('refuse a snapshot of a network of another shape', () => {
    const other = createTrainer({ ...xorSetup, hidden: [3] }, xorPoints(3, 40), []);
    const t = createTrainer(xorSetup, xorPoints(3, 40), []);
    expect(() => t.restore(other.snapshot())).toThrow(/another shape/);
  });
});

describe('history', () => {
  it(`stays within ${HISTORY_LIMIT} entries, evenly spaced over the whole run`, () => {
    const setup: TrainerSetup = { ...xorSetup, hidden: [], batchSize: 4 };
    const t = createTrainer(setup, xorPoints(1, 4), []);
    t.trainEpochs(2 * HISTORY_LIMIT + 100);
    const epochs = t.history.map((e) => e.epoch);
    expect(epochs.length).toBeLessThanOrEqual(HISTORY_LIMIT);
    expect(epochs.length).toBeGreaterThanOrEqual(HISTORY_LIMIT / 2);
    expect(epochs[0]).toBe(4);
    expect(epochs.every((e, k) => e === 4 * (k + 1))).toBe(true);
    expect(t.epoch - epochs[epochs.length - 1]!).toBeLessThan(4);
  });

  it('refuses a count of epochs that is not a whole number ≥ 0', () => {
    const t = createTrainer(xorSetup, xorPoints(1, 4), []);
    expect(() => t.trainEpochs(-1)).toThrow(/whole number ≥ 0, got -1/);
    expect(() => t.trainEpochs(1.5)).toThrow(/got 1.5/);
  });
});

describe('the trainer’s bookkeeping', () => {
  it('accepts 0 epochs as a request to train nothing', () => {
    const t = createTrainer(xorSetup, xorPoints(1, 8), []);
    const before = weightsOf(t);
    t.trainEpochs(0);
    expect([t.epoch, weightsOf(t)]).toEqual([0, before]);
  });

  it('keeps its metrics until the network changes', () => {
    const t = createTrainer(xorSetup, xorPoints(1, 8), []);
    const first = t.metrics();
    expect(t.metrics()).toBe(first);
    t.trainEpochs(1);
    expect(t.metrics()).not.toBe(first);
  });

  it('counts the confusion of the set asked for, with the network as edited', () => {
    const train = xorPoints(1, 12);
    const test = xorPoints(2, 4);
    const t = createTrainer(xorSetup, train, test);
    // A large negative output bias makes every prediction class 0 (tanh ≈ −1 < 0); outputs left
    // from before the edit (zeros, read as class 1) would not.
    expect(t.setBias(3, 0, -100)).toBeNull();
    const ones = (ps: Point[]) => ps.filter((p) => p.label === 1).length;
    expect(t.confusion('train')).toEqual([
      [train.length - ones(train), 0],
      [ones(train), 0],
    ]);
    expect(t.confusion('test')).toEqual([
      [test.length - ones(test), 0],
      [ones(test), 0],
    ]);
  });
});

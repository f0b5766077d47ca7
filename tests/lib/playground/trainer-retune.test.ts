import { describe, expect, it } from 'vitest';
import { trainStep } from '../../../lib/network/api.ts';
import { regularizationPenalty } from '../../../lib/network/regularization.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import { playgroundSets } from '../../../lib/playground/datasets.ts';
import type { Point } from '../../../lib/playground/points.ts';
import { createTrainer, type Trainer, type TrainerSetup } from '../../../lib/playground/trainer.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';
import { PLAYGROUND_SETUP } from './setup-fixture.ts';

/** Playground's XOR set of n points (no noise), drawn from the seed. */
const xorPoints = (seed: number, n: number): readonly Point[] =>
  playgroundSets.xor.generate(createRng(seed), { count: n, noise: 0 }).points;

const setup: TrainerSetup = { ...PLAYGROUND_SETUP, seed: 5 };

const trainPoints = xorPoints(1, 60);
const testPoints = xorPoints(2, 20);

const weightsOf = (t: Trainer) => t.net.layers.map((l) => [...l.weights, ...l.biases]);

const change = {
  learningRate: 0.1,
  batchSize: 7,
  regularization: 'L2',
  regularizationRate: 0.01,
} as const;

describe('Trainer.retune', () => {
  it('keeps the weights, the epoch and the history, and takes the new values into its setup', () => {
    const t = createTrainer(setup, trainPoints, testPoints);
    t.trainEpochs(5);
    const weights = weightsOf(t);
    const history = [...t.history];
    expect(t.retune(change)).toBeNull();
    expect(weightsOf(t)).toEqual(weights);
    expect(t.epoch).toBe(5);
    expect(t.history).toEqual(history);
    expect(t.setup).toEqual({ ...setup, ...change });
  });

  it('trains the next epochs exactly as a trainer made with the new setup, restored to the same snapshot', () => {
    const t = createTrainer(setup, trainPoints, testPoints);
    t.trainEpochs(5);
    const snapshot = t.snapshot();
    t.retune(change);
    t.trainEpochs(5);

    const fresh = createTrainer({ ...setup, ...change }, trainPoints, testPoints);
    fresh.restore(snapshot);
    fresh.trainEpochs(5);
    expect(weightsOf(t)).toEqual(weightsOf(fresh));
    expect(t.history.filter((e) => e.epoch > 5)).toEqual(fresh.history.filter((e) => e.epoch > 5));
    expect(t.metrics()).toEqual(fresh.metrics());

    // And the retune made a difference: the same run without it ends elsewhere.
    const untouched = createTrainer(setup, trainPoints, testPoints);
    untouched.trainEpochs(10);
    expect(weightsOf(untouched)).not.toEqual(weightsOf(t));
  });

  it('changes only what it is given: a new learning rate keeps the batch size and the penalty', () => {
    const t = createTrainer(
      { ...setup, regularization: 'L1', regularizationRate: 0.003 },
      trainPoints,
      [],
    );
    expect(t.retune({ learningRate: 0.3 })).toBeNull();
    expect(t.setup.learningRate).toBe(0.3);
    expect(t.setup.batchSize).toBe(10);
    expect(t.setup.regularization).toBe('L1');
    expect(t.setup.regularizationRate).toBe(0.003);
  });

  it('recomputes the metrics: a penalty switched on shows at once in the regularisation loss', () => {
    const t = createTrainer(setup, trainPoints, testPoints);
    t.trainEpochs(2);
    expect(t.metrics().regularizationLoss).toBe(0);
    t.retune({ regularization: 'L2', regularizationRate: 0.1 });
    expectClose(t.metrics().regularizationLoss, 0.1 * regularizationPenalty(t.net, 'L2'), 1e-12);
    expect(t.metrics().regularizationLoss).toBeGreaterThan(0);
  });

  const bad: [string, Parameters<Trainer['retune']>[0], RegExp][] = [
    ['a learning rate of 0', { learningRate: 0 }, /learning rate/],
    ['a negative learning rate', { learningRate: -0.1 }, /learning rate/],
    ['a learning rate of NaN', { learningRate: NaN }, /learning rate/],
    ['an infinite learning rate', { learningRate: Infinity }, /learning rate/],
    ['a batch size of 0', { batchSize: 0 }, /batch size/],
    ['a batch size of 31', { batchSize: 31 }, /batch size/],
    ['a batch size of 2.5', { batchSize: 2.5 }, /batch size/],
    ['an unknown penalty', { regularization: 'L3' as 'L1' }, /regularization must be/],
    ['a negative regularisation rate', { regularizationRate: -1 }, /regularization rate/],
    ['a regularisation rate of NaN', { regularizationRate: NaN }, /regularization rate/],
    [
      'a good learning rate beside a bad batch size',
      { learningRate: 0.5, batchSize: 40 },
      /batch size/,
    ],
  ];
  for (const [what, value, message] of bad) {
    it(`refuses ${what} with a message and changes nothing`, () => {
      const t = createTrainer(setup, trainPoints, testPoints);
      t.trainEpochs(3);
      const before = t.setup;
      const problem = t.retune(value);
      expect(problem).toMatch(message);
      expect(t.setup).toBe(before);
      // Training goes on as if nothing had been asked.
      t.trainEpochs(3);
      const untouched = createTrainer(setup, trainPoints, testPoints);
      untouched.trainEpochs(6);
      expect(weightsOf(t)).toEqual(weightsOf(untouched));
    });
  }

  it('ignores every key but the four: the shape, activation, output and seed stay those of the network', () => {
    const t = createTrainer(setup, trainPoints, testPoints);
    const sneaky = {
      learningRate: 0.2,
      hidden: [8, 8],
      activation: 'relu',
      output: 'sigmoid-ce',
      seed: 99,
      features: ['x'],
    } as unknown as Parameters<Trainer['retune']>[0];
    expect(t.retune(sneaky)).toBeNull();
    expect(t.setup).toEqual({ ...setup, learningRate: 0.2 });
    expect(t.net.layers.map((l) => [l.nIn, l.nOut])).toEqual([
      [2, 4],
      [4, 2],
      [2, 1],
    ]);
  });
});

describe('Trainer.batch', () => {
  // 25 training points in batches of 10: two full batches and a last one of 5.
  const points = xorPoints(3, 25);

  it('gives batches of batchSize rows and a last short batch, then null', () => {
    const t = createTrainer(setup, points, []);
    expect([0, 1, 2].map((k) => t.batch(k)?.count)).toEqual([10, 10, 5]);
    const last = t.batch(2)!;
    expect(last.inputs.length).toBe(5 * 2);
    expect(last.targets.length).toBe(5);
    expect(t.batch(3)).toBeNull();
    expect(t.batch(100)).toBeNull();
  });

  it('returns null for a negative, fractional or NaN batch number', () => {
    const t = createTrainer(setup, points, []);
    expect(t.batch(-1)).toBeNull();
    expect(t.batch(0.5)).toBeNull();
    expect(t.batch(1.5)).toBeNull();
    expect(t.batch(NaN)).toBeNull();
  });

  it('holds every training point once over the batches, with its target ±1', () => {
    const t = createTrainer(setup, points, []);
    const rows: string[] = [];
    for (let k = 0; t.batch(k); k++) {
      const b = t.batch(k)!;
      for (let r = 0; r < b.count; r++) {
        rows.push(`${b.inputs[2 * r]},${b.inputs[2 * r + 1]},${b.targets[r]}`);
      }
    }
    const expected = points.map((p) => `${p.x1},${p.x2},${p.label === 1 ? 1 : -1}`);
    expect(rows.sort()).toEqual(expected.sort());
  });

  it('gives the steps of an epoch: descending on batch 0, 1, 2 in turn is one epoch of training', () => {
    const t = createTrainer(setup, points, []);
    const copy = fromJSON(toJSON(t.net));
    for (let k = 0; t.batch(k); k++) {
      const b = t.batch(k)!;
      trainStep(copy, b.inputs, b.targets, setup.learningRate);
    }
    t.trainEpochs(1);
    t.net.layers.forEach((layer, l) => {
      expect(copy.layers[l]!.weights).toEqual(layer.weights);
      expect(copy.layers[l]!.biases).toEqual(layer.biases);
    });
  });

  it('follows a retuned batch size', () => {
    const t = createTrainer(setup, points, []);
    t.retune({ batchSize: 7 });
    expect([0, 1, 2, 3].map((k) => t.batch(k)?.count)).toEqual([7, 7, 7, 4]);
    expect(t.batch(4)).toBeNull();
  });

  it('gives one-hot target rows for a softmax output', () => {
    const blobs = playgroundSets.blobs.generate(createRng(4), {
      count: 12,
      noise: 0,
      classes: 3,
    }).points;
    const t = createTrainer(
      { ...setup, output: 'softmax-ce', classes: 3, batchSize: 5 },
      blobs,
      [],
    );
    const b = t.batch(0)!;
    expect(b.targets.length).toBe(5 * 3);
    for (let r = 0; r < 5; r++) {
      const row = Array.from(b.targets.subarray(3 * r, 3 * r + 3));
      expect(row.filter((v) => v === 1).length).toBe(1);
      expect(row.filter((v) => v === 0).length).toBe(2);
    }
  });

  it('gives each later batch the target rows of its own points, with three outputs a row', () => {
    const blobs = playgroundSets.blobs.generate(createRng(4), {
      count: 12,
      noise: 0,
      classes: 3,
    }).points;
    const t = createTrainer(
      { ...setup, output: 'softmax-ce', classes: 3, batchSize: 5 },
      blobs,
      [],
    );
    const rows = [0, 1, 2].map((k) => t.batch(k)!);
    // The batches' targets, end to end, are every point's one-hot row once, so each column holds
    // as many ones as its class has points.
    const all = rows.flatMap((b) => Array.from(b.targets));
    expect(all).toHaveLength(12 * 3);
    const counts = [0, 1, 2].map((c) => blobs.filter((p) => p.label === c).length);
    expect([0, 1, 2].map((c) => all.filter((v, k) => k % 3 === c && v === 1).length)).toEqual(
      counts,
    );
  });

  it('has no batch after the last whole one when the points fill whole batches', () => {
    const t = createTrainer({ ...setup, batchSize: 10 }, xorPoints(3, 20), []);
    expect(t.batch(1)?.count).toBe(10);
    expect(t.batch(2)).toBeNull();
  });
});

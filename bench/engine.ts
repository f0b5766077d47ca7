/**
 * Training and prediction speed of the engine beside @tensorflow/tfjs (CPU backend) doing the
 * same work: the same layer sizes, activations, loss, learning rate, data and batch size.
 */
import * as tf from '@tensorflow/tfjs';
import type { ActivationName } from '../lib/activations/index.ts';
import { circles } from '../lib/datasets/circles.ts';
import { singleOutputTargets } from '../lib/datasets/types.ts';
import type { LossName } from '../lib/losses/index.ts';
import { createNetwork, predictMany, train } from '../lib/network/index.ts';
import { createRng } from '../lib/random.ts';
import { measure } from './measure.ts';

interface Case {
  readonly name: string;
  readonly sizes: number[];
  readonly hidden: ActivationName;
  readonly output: ActivationName;
  readonly loss: LossName;
  /** Target samples/s for online training, where the issue sets one. */
  readonly onlineTarget?: number;
}

const cases: Case[] = [
  { name: '2-4-2-1', sizes: [2, 4, 2, 1], hidden: 'tanh', output: 'sigmoid', loss: 'mse' },
  {
    name: '2-8-8-8-1',
    sizes: [2, 8, 8, 8, 1],
    hidden: 'tanh',
    output: 'sigmoid',
    loss: 'mse',
    onlineTarget: 1_000_000,
  },
  {
    name: '2-16-16-2',
    sizes: [2, 16, 16, 2],
    hidden: 'tanh',
    output: 'softmax',
    loss: 'crossEntropy',
    onlineTarget: 700_000,
  },
];

const POINTS = 500;
const ETA = 0.03;

export interface EngineRow {
  readonly work: string;
  readonly ours: number;
  readonly tfjs: number;
  readonly unit: 'samples/s' | 'ms per grid';
  readonly target?: string;
  readonly met?: boolean;
}

function data(c: Case) {
  const set = circles(createRng(1), { count: POINTS, noise: 0.1 });
  const targets = c.sizes.at(-1) === 1 ? singleOutputTargets(set) : set.targets;
  return {
    xs: Float64Array.from(set.inputs.flat()),
    ys: Float64Array.from(targets.flat()),
    inputs: set.inputs,
    targets,
  };
}

function tfModel(c: Case): tf.Sequential {
  const model = tf.sequential();
  c.sizes.slice(1).forEach((units, l) => {
    const last = l === c.sizes.length - 2;
    model.add(
      tf.layers.dense({
        units,
        activation: last ? c.output : c.hidden,
        ...(l === 0 ? { inputShape: [c.sizes[0]!] } : {}),
      }) as unknown as tf.layers.Layer,
    );
  });
  model.compile({
    optimizer: tf.train.sgd(ETA),
    loss: c.loss === 'mse' ? 'meanSquaredError' : 'categoricalCrossentropy',
  });
  return model;
}

export async function runEngineBenchmarks(runs = 5): Promise<EngineRow[]> {
  await tf.setBackend('cpu');
  const rows: EngineRow[] = [];
  for (const c of cases) {
    const { xs, ys, inputs, targets } = data(c);
    const model = tfModel(c);
    const tx = tf.tensor2d(inputs);
    const ty = tf.tensor2d(targets);
    for (const batchSize of [1, 32]) {
      const net = createNetwork({
        sizes: c.sizes,
        activations: { hidden: c.hidden, output: c.output },
        loss: c.loss,
        rng: createRng(2),
      });
      const ours = await measure(
        () => (train(net, xs, ys, { eta: ETA, batchSize, epochs: 1 }), POINTS),
        runs,
      );
      const theirs = await measure(
        async () => {
          await model.fit(tx, ty, { batchSize, epochs: 1, shuffle: false, verbose: 0 });
          return POINTS;
        },
        Math.min(runs, 3),
      );
      const target = batchSize === 1 ? c.onlineTarget : undefined;
      rows.push({
        work: `train ${c.name} ${batchSize === 1 ? 'online' : 'batch 32'}`,
        ours: ours.perSecond,
        tfjs: theirs.perSecond,
        unit: 'samples/s',
        ...(target === undefined
          ? {}
          : { target: `≥ ${target.toLocaleString('en-US')}`, met: ours.perSecond >= target }),
      });
    }
    tx.dispose();
    ty.dispose();
    model.dispose();
  }
  rows.push(await gridRow(runs));
  return rows;
}

/** predictMany over a 100×100 grid of inputs on 2-8-8-1: what a decision-boundary plot redraws. */
async function gridRow(runs: number): Promise<EngineRow> {
  const grid = new Float64Array(100 * 100 * 2);
  for (let r = 0; r < 100; r++)
    for (let c = 0; c < 100; c++) grid.set([c / 16.5 - 3, r / 16.5 - 3], (r * 100 + c) * 2);
  const net = createNetwork({
    sizes: [2, 8, 8, 1],
    activations: { hidden: 'tanh', output: 'sigmoid' },
    loss: 'mse',
    rng: createRng(4),
  });
  const ours = await measure(() => (predictMany(net, grid), 1), runs);
  const model = tfModel({
    name: '2-8-8-1',
    sizes: [2, 8, 8, 1],
    hidden: 'tanh',
    output: 'sigmoid',
    loss: 'mse',
  });
  const input = tf.tensor2d(Float32Array.from(grid), [10000, 2]);
  const theirs = await measure(
    async () => {
      const out = model.predict(input) as tf.Tensor;
      await out.data();
      out.dispose();
      return 1;
    },
    Math.min(runs, 3),
  );
  input.dispose();
  model.dispose();
  const ms = 1000 / ours.perSecond;
  return {
    work: 'predictMany 100×100 grid, 2-8-8-1',
    ours: ms,
    tfjs: 1000 / theirs.perSecond,
    unit: 'ms per grid',
    target: '≤ 3 ms',
    met: ms <= 3,
  };
}

/**
 * Training and prediction speed of the engine beside @tensorflow/tfjs (CPU backend) doing the
 * same work: the same layer sizes, activations, loss, learning rate, data and batch size.
 */
import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ActivationName } from '../lib/activations/index.ts';
import { circles } from '../lib/datasets/circles.ts';
import { singleOutputTargets } from '../lib/datasets/types.ts';
import type { LossName } from '../lib/losses/index.ts';
import { createNetwork, predictMany, train } from '../lib/network/index.ts';
import { createRng } from '../lib/random.ts';
import { bareEpoch, bareNet } from './bare-loop.ts';
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
  /** The bare loop (bare-loop.ts) on the same case, in samples/s; absent for the grid. */
  readonly bare?: number;
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

type Engine = 'ours' | 'tfjs';

/** Samples per second for one case, one engine, one batch size, measured in this process. */
async function measureTraining(
  c: Case,
  engine: Engine,
  batchSize: number,
  runs: number,
): Promise<number> {
  const { xs, ys, inputs, targets } = data(c);
  if (engine === 'ours') {
    const net = createNetwork({
      sizes: c.sizes,
      activations: { hidden: c.hidden, output: c.output },
      loss: c.loss,
      rng: createRng(2),
    });
    return (
      await measure(() => (train(net, xs, ys, { eta: ETA, batchSize, epochs: 1 }), POINTS), runs)
    ).perSecond;
  }
  await tf.setBackend('cpu');
  const model = tfModel(c);
  const tx = tf.tensor2d(inputs);
  const ty = tf.tensor2d(targets);
  const rate = await measure(
    async () => {
      await model.fit(tx, ty, { batchSize, epochs: 1, shuffle: false, verbose: 0 });
      return POINTS;
    },
    Math.min(runs, 3),
  );
  return rate.perSecond;
}

/** Milliseconds for one predictMany over a 100×100 grid on 2-8-8-1 (a decision-boundary redraw). */
async function measureGrid(engine: Engine, runs: number): Promise<number> {
  const grid = new Float64Array(100 * 100 * 2);
  for (let r = 0; r < 100; r++)
    for (let c = 0; c < 100; c++) grid.set([c / 16.5 - 3, r / 16.5 - 3], (r * 100 + c) * 2);
  const spec: Case = {
    name: '2-8-8-1',
    sizes: [2, 8, 8, 1],
    hidden: 'tanh',
    output: 'sigmoid',
    loss: 'mse',
  };
  if (engine === 'ours') {
    const net = createNetwork({
      sizes: spec.sizes,
      activations: { hidden: 'tanh', output: 'sigmoid' },
      loss: 'mse',
      rng: createRng(4),
    });
    return 1000 / (await measure(() => (predictMany(net, grid), 1), runs)).perSecond;
  }
  await tf.setBackend('cpu');
  const model = tfModel(spec);
  const input = tf.tensor2d(Float32Array.from(grid), [10000, 2]);
  const rate = await measure(
    async () => {
      const out = model.predict(input) as tf.Tensor;
      await out.data();
      out.dispose();
      return 1;
    },
    Math.min(runs, 3),
  );
  return 1000 / rate.perSecond;
}

/**
 * Each measurement runs in a fresh Node process, so one case's JIT feedback (other shapes, other
 * activations) and tfjs's heap do not slow the next: every number is what a page training one
 * network would see.
 */
function inChild(args: string[]): number {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--measure', ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return Number(out.trim().split('\n').at(-1));
}

export function runEngineBenchmarks(runs = 5): EngineRow[] {
  const rows: EngineRow[] = [];
  for (const c of cases) {
    for (const batchSize of [1, 32]) {
      const ours = inChild([
        '--case',
        c.name,
        '--batch',
        String(batchSize),
        '--engine',
        'ours',
        '--runs',
        String(runs),
      ]);
      const tfjs = inChild([
        '--case',
        c.name,
        '--batch',
        String(batchSize),
        '--engine',
        'tfjs',
        '--runs',
        String(runs),
      ]);
      const bare = inChild([
        '--bare',
        '--case',
        c.name,
        '--batch',
        String(batchSize),
        '--runs',
        String(runs),
      ]);
      const target = batchSize === 1 ? c.onlineTarget : undefined;
      rows.push({
        work: `train ${c.name} ${batchSize === 1 ? 'online' : 'batch 32'}`,
        ours,
        tfjs,
        bare,
        unit: 'samples/s',
        ...(target === undefined
          ? {}
          : { target: `≥ ${target.toLocaleString('en-US')}`, met: ours >= target }),
      });
      console.error(`  measured ${rows.at(-1)!.work}`);
    }
  }
  const ours = inChild(['--grid', '--engine', 'ours', '--runs', String(runs)]);
  const tfjs = inChild(['--grid', '--engine', 'tfjs', '--runs', String(runs)]);
  rows.push({
    work: 'predictMany 100×100 grid, 2-8-8-1',
    ours,
    tfjs,
    unit: 'ms per grid',
    target: '≤ 3 ms',
    met: ours <= 3,
  });
  return rows;
}

/** Samples per second of the bare loop (bare-loop.ts) on a case's data, in this process. */
async function measureBare(c: Case, batchSize: number, runs: number): Promise<number> {
  const { xs, ys } = data(c);
  const net = bareNet(c.sizes, c.output === 'softmax' ? 'softmax-ce' : 'sigmoid-mse');
  return (await measure(() => bareEpoch(net, xs, ys, ETA, batchSize), runs)).perSecond;
}

// Child mode: measure one thing and print the number.
const argv = process.argv.slice(2);
if (argv.includes('--measure')) {
  const option = (name: string) => argv[argv.indexOf(name) + 1]!;
  const engine = option('--engine') as Engine;
  const runs = Number(option('--runs'));
  const value = argv.includes('--bare')
    ? await measureBare(
        cases.find((c) => c.name === option('--case'))!,
        Number(option('--batch')),
        runs,
      )
    : argv.includes('--grid')
      ? await measureGrid(engine, runs)
      : await measureTraining(
          cases.find((c) => c.name === option('--case'))!,
          engine,
          Number(option('--batch')),
          runs,
        );
  console.log(value);
}

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
import { measure, measurePair } from './measure.ts';

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
  /** Ours over the bare loop, timed in turn in one process (measurePair), and its spread. */
  readonly vsBare?: { readonly ratio: number; readonly spread: readonly [number, number] };
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

function ourNetwork(c: Case) {
  return createNetwork({
    sizes: c.sizes,
    activations: { hidden: c.hidden, output: c.output },
    loss: c.loss,
    rng: createRng(2),
  });
}

/** Samples per second of tfjs for one case and batch size, measured in this process. */
async function measureTfjs(c: Case, batchSize: number, runs: number): Promise<number> {
  const { inputs, targets } = data(c);
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

/**
 * The engine's `train` and the bare loop (bare-loop.ts) on one case's data, timed in turn in this
 * process: the two are different code with no JIT feedback in common, and timing them back to
 * back lets the machine's drift fall on both alike.
 */
async function measureOursAndBare(c: Case, batchSize: number) {
  const { xs, ys } = data(c);
  const net = ourNetwork(c);
  const bare = bareNet(c.sizes, c.output === 'softmax' ? 'softmax-ce' : 'sigmoid-mse');
  const pair = await measurePair(
    () => (train(net, xs, ys, { eta: ETA, batchSize, epochs: 1 }), POINTS),
    () => bareEpoch(bare, xs, ys, ETA, batchSize),
  );
  return { ours: pair.first, bare: pair.second, ratio: pair.ratio, spread: pair.spread };
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
 * network would see. The engine and the bare loop share one (measureOursAndBare).
 */
function inChild(args: string[]): number {
  return Number(childOutput(args));
}

function childOutput(args: string[]): string {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--measure', ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return out.trim().split('\n').at(-1)!;
}

export function runEngineBenchmarks(runs = 5): EngineRow[] {
  const rows: EngineRow[] = [];
  for (const c of cases) {
    for (const batchSize of [1, 32]) {
      const paired = JSON.parse(
        childOutput(['--pair', '--case', c.name, '--batch', String(batchSize)]),
      ) as Awaited<ReturnType<typeof measureOursAndBare>>;
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
      const { ours, bare, ratio, spread } = paired;
      const target = batchSize === 1 ? c.onlineTarget : undefined;
      rows.push({
        work: `train ${c.name} ${batchSize === 1 ? 'online' : 'batch 32'}`,
        ours,
        tfjs,
        bare,
        vsBare: { ratio, spread },
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

// Child mode: measure one thing and print the number.
const argv = process.argv.slice(2);
if (argv.includes('--measure')) {
  const option = (name: string) => argv[argv.indexOf(name) + 1]!;
  const caseNamed = () => cases.find((c) => c.name === option('--case'))!;
  if (argv.includes('--pair')) {
    console.log(JSON.stringify(await measureOursAndBare(caseNamed(), Number(option('--batch')))));
  } else {
    const runs = Number(option('--runs'));
    console.log(
      argv.includes('--grid')
        ? await measureGrid(option('--engine') as Engine, runs)
        : await measureTfjs(caseNamed(), Number(option('--batch')), runs),
    );
  }
}

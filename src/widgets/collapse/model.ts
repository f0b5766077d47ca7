/**
 * The collapse: a stack of seeded random layers, one input to one output, drawn as a function of x.
 * With linear activations the curve is always the straight line (W′)ᵀx + b′ of the collapsed
 * weights, however deep the stack; a nonlinear φ in the hidden layers bends it away from that line.
 */
import type { ActivationName } from '../../../lib/activations/index.ts';
import { add, matMul, transposeMatVec, type Matrix } from '../../../lib/linalg.ts';
import { createNetwork } from '../../../lib/network/create.ts';
import { predict } from '../../../lib/network/api.ts';
import type { Network } from '../../../lib/network/types.ts';
import { createRng } from '../../../lib/random.ts';
import type { FunctionChartData, FunctionChartOptions, XY } from '../../charts/function-chart.ts';
import { sample } from '../../charts/sample.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

/** Nodes in each hidden layer: enough to bend, few enough to follow. */
export const HIDDEN_WIDTH = 4;
/** Weights and biases are drawn uniformly from ±SPREAD, so a tanh layer leaves its linear middle. */
export const SPREAD = 1.5;
const X: XY = [-3, 3];
export const CHART_TITLE = 'A stack of layers as a function of one input';

export const collapseParams = {
  layers: { kind: 'number', label: 'layers L', default: 3, min: 1, max: 5, step: 1, integer: true },
  phi: {
    kind: 'choice',
    label: 'hidden activation φ',
    default: 'linear',
    options: ['linear', 'tanh', 'relu', 'leakyRelu', 'sigmoid'],
  },
  seed: {
    kind: 'number',
    label: 'weights seed',
    default: 1,
    min: 1,
    max: 999,
    step: 1,
    integer: true,
  },
  x: { kind: 'number', label: 'input x', default: 1, min: -3, max: 3, step: 0.1 },
} as const;

export type CollapseState = StateOf<typeof collapseParams>;

/** The stack for a state: 1 → 4 → … → 4 → 1 with L layers, φ hidden and a linear output. */
export function stack(s: CollapseState): Network {
  const rng = createRng(s.seed);
  const sizes = [1, ...Array.from({ length: s.layers - 1 }, () => HIDDEN_WIDTH), 1];
  const net = createNetwork({
    sizes,
    activations: { hidden: s.phi as ActivationName, output: 'linear' },
    loss: 'mse',
    rng,
  });
  for (const layer of net.layers) {
    for (let k = 0; k < layer.weights.length; k++) layer.weights[k] = rng.uniform(-SPREAD, SPREAD);
    for (let k = 0; k < layer.biases.length; k++) layer.biases[k] = rng.uniform(-SPREAD, SPREAD);
  }
  return net;
}

/** W(l) of a layer as a matrix, W[i][j] from node i to node j. */
function weightsOf(net: Network, l: number): number[][] {
  const { nIn, nOut, weights } = net.layers[l]!;
  return Array.from({ length: nIn }, (_, i) =>
    Array.from(weights.subarray(i * nOut, (i + 1) * nOut)),
  );
}

/** W′ = W(1)W(2)…W(L) and b′, folded layer by layer: b′ ← (W(l))ᵀb′ + b(l). */
export function collapsed(net: Network): { W: Matrix; b: number[] } {
  let W: Matrix = weightsOf(net, 0);
  let b = Array.from(net.layers[0]!.biases);
  for (let l = 1; l < net.layers.length; l++) {
    const Wl = weightsOf(net, l);
    W = matMul(W, Wl);
    b = add(transposeMatVec(Wl, b), Array.from(net.layers[l]!.biases));
  }
  return { W, b };
}

export interface CollapseDerived {
  readonly wPrime: number;
  readonly bPrime: number;
  /** The network's output at x, and the collapsed line's. */
  readonly output: number;
  readonly line: number;
  /** Largest |network − line| over the drawn inputs: 0 (to rounding) exactly when the stack is linear. */
  readonly gap: number;
  readonly chart: FunctionChartData;
  readonly axes: FunctionChartOptions;
}

/** A y range holding both curves, widened to whole numbers with a little room. */
export function rangeOf(values: readonly number[]): XY {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return [Math.floor(lo - 0.25), Math.ceil(hi + 0.25)];
}

/**
 * The share of the chart's height a label beside the curve's end needs from the frame: about
 * 24 px of a 290 px plot under the end (the label hangs 16 px below it), 17 px over it.
 * Powers of two, so the comparisons are exact.
 */
const ROOM_BELOW = 1 / 8;
const ROOM_ABOVE = 1 / 16;

/**
 * Where the network's label fits at the curve's right end: under a falling end (the curve climbs
 * away to the left, above the label) or over a rising or flat one. An end that leaves the label
 * too little room before the frame gets a few whole units more, so the label stays clear of the
 * axis and its ticks (or of the top edge).
 */
export function labelRoom(curve: readonly XY[], domain: XY): { yDomain: XY; falling: boolean } {
  const end = curve.at(-1)![1];
  const falling = end < curve.at(-2)![1];
  const [lo, hi] = domain;
  const below = (hi - lo) * ROOM_BELOW;
  const above = (hi - lo) * ROOM_ABOVE;
  if (falling && end - lo < below) return { yDomain: [lo - Math.ceil(below), hi] as XY, falling };
  if (!falling && hi - end < above) return { yDomain: [lo, hi + Math.ceil(above)] as XY, falling };
  return { yDomain: domain, falling };
}

export const collapse: WidgetModel<typeof collapseParams, CollapseDerived> = {
  id: 'collapse',
  params: collapseParams,
  derive(s) {
    const net = stack(s);
    const { W, b } = collapsed(net);
    const wPrime = W[0]![0]!;
    const bPrime = b[0]!;
    const f = (x: number) => predict(net, [x])[0]!;
    const lineAt = (x: number) => wPrime * x + bPrime;
    const curve = sample(f, X, 120);
    const straight = sample(lineAt, X, 2);
    const gap = Math.max(...curve.map(([x, y]) => Math.abs(y - lineAt(x))));
    const { yDomain, falling } = labelRoom(
      curve,
      rangeOf([...curve, ...straight].map((p) => p[1])),
    );
    return {
      wPrime,
      bPrime,
      output: f(s.x),
      line: lineAt(s.x),
      gap,
      chart: {
        curves: [
          {
            points: straight,
            tone: 'warm',
            dashed: true,
            label: '(W′)ᵀx + b′',
            labelAt: X[0],
            labelDy: -10,
          },
          {
            points: curve,
            tone: 'accent',
            label: 'network',
            labelAt: X[1],
            labelDy: falling ? 16 : -10,
          },
        ],
        points: [{ x: s.x, y: f(s.x), tone: 'accent' }],
      },
      axes: {
        x: { domain: X, label: 'input x', ticks: [-3, -2, -1, 0, 1, 2, 3] },
        y: { domain: yDomain, label: 'output a(L)' },
      },
    };
  },
  readouts(d) {
    return { wPrime: d.wPrime, bPrime: d.bPrime, output: d.output, line: d.line, gap: d.gap };
  },
  summary(d, s) {
    const shape =
      d.gap < 1e-9
        ? 'a straight line, the collapsed map'
        : 'a curve that leaves the collapsed line';
    return `${s.layers} layer${s.layers === 1 ? '' : 's'} with ${s.phi} hidden layers: the output is ${shape}; at x = ${formatNumber(s.x)} it is ${formatNumber(d.output)}.`;
  },
  actions: {
    reseed: (s) => ({ ...s, seed: (s.seed % 999) + 1 }),
  },
};

/**
 * What the backpropagation entries share: one sample through the example 3→4→2 network (forward
 * cache and backward result), central differences with respect to one weight or bias, and the
 * reader's indices i, j checked against the layer sizes.
 */
import type { ElementwiseActivation } from '../activations/types.ts';
import {
  EXAMPLE_SIZES,
  EXAMPLE_X,
  EXAMPLE_Y,
  exampleNetwork,
  type ExampleOutput,
} from '../examples.ts';
import { centralDifference, DEFAULT_STEP } from '../finite-difference.ts';
import { backward } from '../network/backward.ts';
import { forward } from '../network/forward.ts';
import { trainStep } from '../network/api.ts';
import { numericGradients } from '../network/gradient-check.ts';
import type { BackwardResult, ForwardCache, Network } from '../network/types.ts';
import {
  derivativeCheck,
  indexInput,
  read,
  readIndex,
  readVector,
  row,
  scalarInput,
  vectorInputs,
} from './helpers.ts';
import type { Evaluation, EvaluationRow, FormulaInput, Slip } from './types.ts';

/** One sample (x, y) through a fresh copy of the example network. */
export interface Sample {
  readonly net: Network;
  readonly x: number[];
  readonly y: number[];
  readonly cache: ForwardCache;
  readonly back: BackwardResult;
}

const [n0, n1, n2] = EXAMPLE_SIZES as [number, number, number];
/** n(l) of the example network, l = 0, 1, 2. */
export const sizes = { n0, n1, n2 } as const;

/** Inputs x_0..x_2 and the target y_0, y_1 of the sample. */
export const sampleInputs: readonly FormulaInput[] = [
  ...vectorInputs('x', 'x', 'input x', EXAMPLE_X, [-5, 5]),
  ...vectorInputs('y', 'y', 'target y', EXAMPLE_Y, [-2, 2]),
];

/** Indices i (node of layer l−1) and j (node of layer l) for a weight w_ij of layer l. */
export function weightIndexInputs(l: 1 | 2): FormulaInput[] {
  const [nIn, nOut] = l === 1 ? [n0, n1] : [n1, n2];
  return [
    indexInput('i', 'i', `node i of layer ${l - 1}`, 1, nIn),
    indexInput('j', 'j', `node j of layer ${l}`, 0, nOut),
  ];
}

/** The learning rate input (η = 0.5 so one step visibly moves the weights). */
export const etaInput = scalarInput(
  'eta',
  String.raw`\eta`,
  'learning rate η',
  0.5,
  [0.01, 5],
  0.01,
);

/** Runs the reader's sample through a fresh example network. */
export function readSample(
  values: Readonly<Record<string, number>>,
  output: ExampleOutput = 'sigmoid',
): Sample {
  const x = readVector(values, 'x', n0);
  const y = readVector(values, 'y', n2);
  const net = exampleNetwork(output);
  const cache = forward(net, x);
  return { net, x, y, cache, back: backward(net, cache, y) };
}

/** The reader's i and j for a weight of layer l, each checked against its layer's size. */
export function readWeightIndex(
  values: Readonly<Record<string, number>>,
  l: 1 | 2,
): [number, number] {
  const [nIn, nOut] = l === 1 ? [n0, n1] : [n1, n2];
  return [
    readIndex(values, 'i', nIn, `layer ${l - 1}`),
    readIndex(values, 'j', nOut, `layer ${l}`),
  ];
}

/** The reader's layer l, a whole number from 1 to L. */
export function readLayer(values: Readonly<Record<string, number>>, L: number): number {
  const l = read(values, 'l');
  if (!Number.isInteger(l) || l < 1 || l > L) {
    throw new RangeError(`l = ${l} is not a layer with weights: the network has layers 1 to ${L}`);
  }
  return l;
}

/** f evaluated on the sample after a fresh forward pass (f may also read the network). */
type Probe = (cache: ForwardCache, net: Network) => number;

/** ∂f/∂θ by central difference, nudging θ = params[k] in place and restoring it. */
function partial(s: Sample, params: Float64Array, k: number, f: Probe): number {
  const saved = params[k]!;
  try {
    return centralDifference((theta) => {
      params[k] = theta;
      return f(forward(s.net, s.x), s.net);
    }, saved);
  } finally {
    params[k] = saved;
  }
}

/** ∂f/∂w_ij(l) by central difference. */
export function weightPartial(s: Sample, l: number, i: number, j: number, f: Probe): number {
  const layer = s.net.layers[l - 1]!;
  return partial(s, layer.weights, i * layer.nOut + j, f);
}

/** ∂f/∂b_j(l) by central difference. */
export function biasPartial(s: Sample, l: number, j: number, f: Probe): number {
  return partial(s, s.net.layers[l - 1]!.biases, j, f);
}

/** The sample's loss L as a probe. */
export const lossProbe =
  (s: Sample): Probe =>
  (cache, net) =>
    net.loss.value(cache.z[net.layers.length]!, s.y);

/** ∂L/∂W(l) and ∂L/∂b(l) of every layer by central differences (step DEFAULT_STEP). */
export const numericLayerGradients = (s: Sample) => numericGradients(s.net, s.x, s.y, DEFAULT_STEP);

/** −∂L/∂b(l) by central differences: equal to δ(l) = −∂L/∂a(l), since ∂a_j/∂b_j = 1. */
export const numericDeltas = (s: Sample, l: number): number[] =>
  numericLayerGradients(s)[l - 1]!.biases.map((g) => -g);

/** φ(l), which these derivations need elementwise (the example network's sigmoid layers are). */
export function elementwiseActivation(s: Sample, l: number): ElementwiseActivation {
  const activation = s.net.layers[l - 1]!.activation;
  if (activation.kind !== 'elementwise') {
    throw new RangeError(`φ(${l}) = ${activation.label} acts on the whole layer, not node by node`);
  }
  return activation;
}

/** φ′(l)(a_j) for an elementwise activation of layer l. */
export function phiPrime(s: Sample, l: number, j: number): number {
  return elementwiseActivation(s, l).df(s.cache.a[l]![j]!, s.cache.z[l]![j]!);
}

/** ∇φ(l): φ′(a_j) for every node of layer l. */
export function phiPrimeVector(s: Sample, l: number): number[] {
  return s.cache.a[l]!.map((_, j) => phiPrime(s, l, j));
}

/** The post's off-by-one made visible: its sum k = 0 … n(l) has n(l) + 1 terms, the layer n(l) nodes. */
export function termCountRow(symbol: string, nodes: number): EvaluationRow {
  return row(
    `terms in the post’s sum ${symbol} = 0 … n against the layer’s n nodes`,
    [nodes + 1, nodes],
    'post',
  );
}

/** The slip of every sum the post runs one node too far. */
export const OFF_BY_ONE: Slip = {
  id: 'sums-one-node-too-far',
  explanation:
    'The post’s sums run from $k = 0$ to $n^{(l)}$, one term too many: the nodes of layer $l$ are numbered $0$ to $n^{(l)} - 1$, so the sums end at $n^{(l)} - 1$.',
  reminder: 'the sums end at $n^{(l)} - 1$, not at $n^{(l)}$',
};

/** What OFF_BY_ONE changes in sums over these layers: their upper limits. */
export function offByOneChange(...layers: number[]) {
  return {
    post: layers.map((l) => `{n^{(${l})}}`),
    book: layers.map((l) => `n^{(${l})}-1`),
  };
}

/** A fresh example network after one gradient-descent step on the sample (trainStep, batch of one). */
export function steppedNetwork(s: Sample, eta: number): Network {
  const net = exampleNetwork(s.net.loss.name === 'mse' ? 'sigmoid' : 'softmax');
  trainStep(net, [s.x], [s.y], eta);
  return net;
}

/** A derivation step's rows, then ∂L/∂θ by backpropagation and by central difference of L. */
export function withGradientCheck(
  rows: readonly EvaluationRow[],
  analytic: number,
  numeric: number,
  theta: string,
): Evaluation {
  return {
    rows: [
      ...rows,
      row(`∂L/∂${theta} by backpropagation`, analytic, 'analytic'),
      row(`∂L/∂${theta} by central difference of L`, numeric, 'numeric'),
    ],
    check: derivativeCheck(analytic, numeric),
  };
}

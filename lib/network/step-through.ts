/**
 * One backpropagation as a sequence of steps a reader can walk through: the forward pass layer by
 * layer, the loss, the output local gradients δ(L), each earlier δ(l) by the recursion, ∂L/∂W and
 * ∂L/∂b of every layer, then the update with η. Every number comes from the engine's own
 * `forward` and `backward` (on the mistaken copy of the network when a mistake is switched on);
 * this module only reads them out, names them, and writes each step's equation with them.
 */
import { backward } from './backward.ts';
import { forward } from './forward.ts';
import { mistakenNetwork, type Mistake } from './mistakes.ts';
import { stepEquation } from './step-equations.ts';
import { layerUpdate, updatedNetwork, type LayerUpdate } from './update-rule.ts';
import {
  layerBiases,
  layerWeights,
  type BackwardResult,
  type ForwardCache,
  type Network,
} from './types.ts';

export type StepKind = 'forward' | 'loss' | 'outputDelta' | 'hiddenDelta' | 'gradients' | 'update';

/** One number of the step-through, named as the tests and the table name it. */
export interface StepValue {
  /** e.g. `z(1)_0`, `delta(2)_1`, `dL/dW(2)_01`, `W(2)_01 new`, `L`. */
  readonly symbol: string;
  /** The layer l it belongs to (0 for the input, L for the loss). */
  readonly layer: number;
  /** Node j of layer l, for a value on a node. */
  readonly node?: number;
  /** [i, j], for a value on the edge from node i of layer l − 1 to node j of layer l. */
  readonly edge?: readonly [number, number];
  readonly value: number;
}

export interface BackpropStep {
  readonly kind: StepKind;
  /** The layer the step works on (L for the loss). */
  readonly layer: number;
  readonly title: string;
  /** The equation in general, and the id of the chapter's formula it is (lib/formulas). */
  readonly equation: { readonly tex: string; readonly formula: string };
  /** The equation with this network's numbers in, one TeX line per node (or per layer). */
  readonly substituted: readonly string[];
  readonly values: readonly StepValue[];
  /** A plain-text remark, e.g. why an update cannot be carried out. */
  readonly note?: string;
  /**
   * On the steps where the switched-on mistake acts: its label, and the equation the mistaken
   * code applies there instead of `equation`.
   */
  readonly broken?: { readonly label: string; readonly tex: string };
}

/** One update of a network on one sample, the passes every step of it reads from. */
export type OneUpdate = {
  readonly cache: ForwardCache;
  /** The loss before the update. */
  readonly loss: number;
  /** The engine's backward pass (on the mistaken copy when a mistake is on). */
  readonly back: BackwardResult;
  /** Index l − 1 holds layer l's update. */
  readonly updates: readonly LayerUpdate[];
} & (
  | { readonly updated: Network; readonly refused?: undefined }
  /** A layer whose update cannot be applied (a transposed step of the wrong shape), and why. */
  | { readonly updated: null; readonly refused: string }
);

export type StepThrough = OneUpdate & { readonly steps: readonly BackpropStep[] };

/**
 * The forward pass, the engine's backward pass (on the mistaken copy of the network when a
 * mistake is on), and each layer's update with η: one step of the step-through, or of k repeated
 * steps (step-training.ts).
 */
export function oneUpdate(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  eta: number,
  mistake?: Mistake,
): OneUpdate {
  const cache = forward(net, x);
  const back = backward(mistake === undefined ? net : mistakenNetwork(net, mistake), cache, y);
  const loss = net.loss.value(cache.z[net.layers.length]!, y);
  const updates = net.layers.map((_, index) =>
    layerUpdate(net, index + 1, cache.z[index]!, back.deltas[index + 1]!, eta, mistake?.update),
  );
  const refused = updates.find((u) => u.refused !== undefined)?.refused;
  return refused === undefined
    ? { cache, loss, back, updates, updated: updatedNetwork(net, updates) }
    : { cache, loss, back, updates, updated: null, refused };
}

const pair = (i: number, j: number): string => `${i}${j}`;

/** Values on every node of layer l: `name(l)_j`. */
const nodeValues = (name: string, l: number, values: readonly number[]): StepValue[] =>
  values.map((value, node) => ({ symbol: `${name}(${l})_${node}`, layer: l, node, value }));

/** Values on every edge into layer l: `name(l)_ij` (+ suffix). */
const edgeValues = (name: string, l: number, m: readonly number[][], suffix = ''): StepValue[] =>
  m.flatMap((row, i) =>
    row.map((value, j) => ({
      symbol: `${name}(${l})_${pair(i, j)}${suffix}`,
      layer: l,
      edge: [i, j] as const,
      value,
    })),
  );

/**
 * The steps of one backpropagation of `net` on the sample (x, y) with learning rate η, under the
 * right rules or with `mistake` switched on. Throws (with the engine's message) on a sample of
 * the wrong size.
 */
export function stepThrough(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  eta: number,
  mistake?: Mistake,
): StepThrough {
  const L = net.layers.length;
  const one = oneUpdate(net, x, y, eta, mistake);
  const { cache, back, updates } = one;
  const seen = mistake === undefined ? net : mistakenNetwork(net, mistake);
  const context = { net: seen, cache, back, y, eta, updates, loss: one.loss };
  const steps: BackpropStep[] = [];
  const push = (kind: StepKind, layer: number, values: StepValue[]) => {
    const step: BackpropStep = { kind, layer, values, ...stepEquation(kind, layer, context) };
    steps.push(
      mistake !== undefined && actsOn(mistake, kind)
        ? { ...step, broken: { label: mistake.label, tex: mistake.tex(layer) } }
        : step,
    );
  };

  for (let l = 1; l <= L; l++) {
    push('forward', l, [...nodeValues('a', l, cache.a[l]!), ...nodeValues('z', l, cache.z[l]!)]);
  }
  push('loss', L, [{ symbol: 'L', layer: L, value: one.loss }]);
  push('outputDelta', L, nodeValues('delta', L, back.deltas[L]!));
  for (let l = L - 1; l >= 1; l--) push('hiddenDelta', l, nodeValues('delta', l, back.deltas[l]!));
  for (let l = L; l >= 1; l--) {
    const g = back.gradients[l - 1]!;
    push('gradients', l, [
      ...edgeValues('dL/dW', l, g.weights),
      ...nodeValues('dL/db', l, g.biases),
    ]);
  }
  for (let l = 1; l <= L; l++) {
    const u = updates[l - 1]!;
    const weights = u.weights === null ? [] : edgeValues('W', l, u.weights, ' new');
    const biases = u.biases.map((value, node) => ({
      symbol: `b(${l})_${node} new`,
      layer: l,
      node,
      value,
    }));
    push('update', l, [...weights, ...biases]);
  }
  return { ...one, steps };
}

/** Whether the mistake changes what a step of this kind computes. */
function actsOn(mistake: Mistake, kind: StepKind): boolean {
  if (kind === 'outputDelta') return mistake.output !== undefined;
  if (kind === 'hiddenDelta') return mistake.hidden !== undefined;
  if (kind === 'update') return mistake.update !== undefined;
  return false;
}

/** The parameters before the step, named like the table names them: `W(l)_ij`, `b(l)_j`. */
export function parameterValues(net: Network): StepValue[] {
  return net.layers.flatMap((_, index) => {
    const l = index + 1;
    return [
      ...edgeValues('W', l, layerWeights(net, l)),
      ...nodeValues('b', l, layerBiases(net, l)),
    ];
  });
}

/** The input and target as values: `x_i` (= z(0)_i) and `y_j`. */
export function sampleValues(x: readonly number[], y: readonly number[], L: number): StepValue[] {
  return [
    ...x.map((value, node) => ({ symbol: `z(0)_${node}`, layer: 0, node, value })),
    ...y.map((value, node) => ({ symbol: `y_${node}`, layer: L, node, value })),
  ];
}

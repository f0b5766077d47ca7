/**
 * Build a network: the sizes n(0), …, n(L) of a dense network, and what they cost. Layer l has an
 * n(l−1) × n(l) weight matrix W(l) and n(l) biases b(l), so the network has Σ n(l−1)·n(l) weights
 * and Σ n(l) biases (l = 1 … L). Defaults are the book's 3-4-2 network (lib/examples.ts).
 */
import { EXAMPLE_SIZES } from '../../../lib/examples.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { ListParam, NumberParam, StateOf } from '../kit/params.ts';

/** The most hidden layers and the most nodes per layer the widget draws. */
export const MAX_HIDDEN = 6;
export const MAX_NODES = 8;

const count = (label: string, value: number): NumberParam => ({
  kind: 'number',
  label,
  default: value,
  min: 1,
  max: MAX_NODES,
  step: 1,
  integer: true,
});

export const architectureParams = {
  inputs: count('input nodes n(0)', EXAMPLE_SIZES[0]!),
  hidden: {
    kind: 'list',
    label: 'hidden layer sizes',
    default: EXAMPLE_SIZES.slice(1, -1),
    min: 1,
    max: MAX_NODES,
    minLength: 1,
    maxLength: MAX_HIDDEN,
    integer: true,
  } satisfies ListParam,
  outputs: count('output nodes n(L)', EXAMPLE_SIZES[EXAMPLE_SIZES.length - 1]!),
} as const;

export type ArchitectureState = StateOf<typeof architectureParams>;

export interface ArchitectureDerived {
  /** n(0), n(1), …, n(L) */
  readonly sizes: readonly number[];
  /** L: the number of layers with weights (hidden layers and the output layer). */
  readonly L: number;
  /** [n(l−1), n(l)] for l = 1 … L: the shape of each W(l). */
  readonly shapes: readonly (readonly [number, number])[];
  /** Σ n(l−1)·n(l) */
  readonly weights: number;
  /** Σ n(l), l ≥ 1 */
  readonly biases: number;
  readonly parameters: number;
}

/** n(0), n(1), …, n(L) of a state. */
export const sizesOf = (s: ArchitectureState): number[] => [s.inputs, ...s.hidden, s.outputs];

/** The state with hidden layer k (1-based) resized by `by`, within 1 … MAX_NODES. */
function resize(s: ArchitectureState, k: number, by: number): ArchitectureState {
  const n = s.hidden[k - 1];
  if (n === undefined) return s;
  const hidden = s.hidden.map((m, i) => (i === k - 1 ? clampNodes(m + by) : m));
  return { ...s, hidden };
}

const clampNodes = (n: number): number => Math.min(MAX_NODES, Math.max(1, n));

/** One action per hidden layer and direction, e.g. `addNode2` grows hidden layer 2 by a node. */
const nodeActions = Object.fromEntries(
  Array.from({ length: MAX_HIDDEN }, (_, i) => i + 1).flatMap((k) => [
    [`addNode${k}`, (s: ArchitectureState) => resize(s, k, 1)],
    [`removeNode${k}`, (s: ArchitectureState) => resize(s, k, -1)],
  ]),
);

export const architecture: WidgetModel<typeof architectureParams, ArchitectureDerived> = {
  id: 'architecture',
  params: architectureParams,
  derive(s) {
    const sizes = sizesOf(s);
    const shapes = sizes.slice(1).map((n, l) => [sizes[l]!, n] as const);
    const weights = shapes.reduce((sum, [m, n]) => sum + m * n, 0);
    const biases = sizes.slice(1).reduce((sum, n) => sum + n, 0);
    return { sizes, L: shapes.length, shapes, weights, biases, parameters: weights + biases };
  },
  readouts(d, s) {
    return {
      weights: d.weights,
      biases: d.biases,
      parameters: d.parameters,
      layers: d.L,
      ...Object.fromEntries(s.hidden.map((n, i) => [`hidden${i + 1}`, n])),
    };
  },
  summary(d) {
    return (
      `A ${d.sizes.join('-')} network: ${weightSum(d)} = ${d.weights} weights and ` +
      `${biasSum(d)} = ${d.biases} biases, ${d.parameters} parameters in all.`
    );
  },
  actions: {
    // A new hidden layer copies the size of the last one, so the picture changes as little as possible.
    addLayer: (s) =>
      s.hidden.length >= MAX_HIDDEN ? s : { ...s, hidden: [...s.hidden, s.hidden.at(-1) ?? 1] },
    removeLayer: (s) => (s.hidden.length <= 1 ? s : { ...s, hidden: s.hidden.slice(0, -1) }),
    ...nodeActions,
  },
};

/**
 * The actions that would not change `s` (a layer at 1 or 8 nodes, 1 or 6 hidden layers): their
 * buttons are disabled, in the built page and the live one alike, so Tab skips the same buttons
 * before and after the widget starts.
 */
export function unavailableActions(s: ArchitectureState): Set<string> {
  const off = new Set<string>();
  s.hidden.forEach((n, i) => {
    if (n <= 1) off.add(`removeNode${i + 1}`);
    if (n >= MAX_NODES) off.add(`addNode${i + 1}`);
  });
  if (s.hidden.length >= MAX_HIDDEN) off.add('addLayer');
  if (s.hidden.length <= 1) off.add('removeLayer');
  return off;
}

/** "3·4 + 4·2": the terms of Σ n(l−1)·n(l). */
export const weightSum = (d: ArchitectureDerived): string =>
  d.shapes.map(([m, n]) => `${m}·${n}`).join(' + ');

/** "4 + 2": the terms of Σ n(l). */
export const biasSum = (d: ArchitectureDerived): string => d.sizes.slice(1).join(' + ');

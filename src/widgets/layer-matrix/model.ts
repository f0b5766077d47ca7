/**
 * A layer as a matrix product: a(1) = (W(1))ᵀ a(0) + b(1) for the book's 3-4-2 network, one hidden
 * node j at a time. Row j of Wᵀ (column j of W) meets the input and gives entry j of the result:
 * a(1)ⱼ = Σᵢ W(1)ᵢⱼ a(0)ᵢ + b(1)ⱼ. Every entry of x, W and b is editable; lib/linalg.ts computes.
 */
import { EXAMPLE_PARAMETERS, EXAMPLE_SIZES, EXAMPLE_X } from '../../../lib/examples.ts';
import { add, dot, hadamard, transpose, transposeMatVec } from '../../../lib/linalg.ts';
import { unflatten } from '../../../lib/network/types.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { ListParam, NumberParam, StateOf } from '../kit/params.ts';

/** A digit as a subscript: "₂". */
export function sub(k: number): string {
  return String(k).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[+c]!);
}

/** n(0) inputs and n(1) hidden nodes. */
export const N_IN = EXAMPLE_SIZES[0]!;
export const N_OUT = EXAMPLE_SIZES[1]!;
/** Every entry may range over ±LIMIT: wide enough to explore, small enough to stay readable. */
export const LIMIT = 10;

const entries = (label: string, values: readonly number[]): ListParam => ({
  kind: 'list',
  label,
  default: values,
  min: -LIMIT,
  max: LIMIT,
  minLength: values.length,
  maxLength: values.length,
});

const input = (i: number): NumberParam => ({
  kind: 'number',
  label: `input a(0)${sub(i)}`,
  default: EXAMPLE_X[i]!,
  min: -LIMIT,
  max: LIMIT,
  step: 0.1,
});

export const layerMatrixParams = {
  // The inputs get sliders: moving one shows that every node reads every input.
  x0: input(0),
  x1: input(1),
  x2: input(2),
  // W(1) row-major: entry i·n(1) + j is W(1)ᵢⱼ, as lib/network stores it.
  W: entries('weights W(1)', EXAMPLE_PARAMETERS.W1.flat()),
  b: entries('biases b(1)', EXAMPLE_PARAMETERS.b1),
  j: {
    kind: 'number',
    label: 'hidden node j',
    default: 0,
    min: 0,
    max: N_OUT - 1,
    step: 1,
    integer: true,
  } satisfies NumberParam,
} as const;

export type LayerMatrixState = StateOf<typeof layerMatrixParams>;

export interface LayerMatrixDerived {
  /** a(0) = x */
  readonly x: readonly number[];
  /** W(1) as an n(0) × n(1) matrix. */
  readonly W: readonly (readonly number[])[];
  /** a(1) = (W(1))ᵀ a(0) + b(1), all n(1) entries. */
  readonly a: readonly number[];
  /** Row j of Wᵀ, i.e. column j of W: the weights into node j. */
  readonly column: readonly number[];
  /** W(1)ᵢⱼ a(0)ᵢ for i = 0 … n(0) − 1. */
  readonly products: readonly number[];
  /** Σᵢ W(1)ᵢⱼ a(0)ᵢ */
  readonly weighted: number;
  /** a(1)ⱼ = weighted + b(1)ⱼ */
  readonly aj: number;
}

/** The index of W(1)ᵢⱼ in the state's row-major list. */
export const weightIndex = (i: number, j: number): number => i * N_OUT + j;

const step = (s: LayerMatrixState, by: number): LayerMatrixState => ({
  ...s,
  j: Math.min(N_OUT - 1, Math.max(0, s.j + by)),
});

export const layerMatrix: WidgetModel<typeof layerMatrixParams, LayerMatrixDerived> = {
  id: 'layer-matrix',
  params: layerMatrixParams,
  derive(s) {
    const x = [s.x0, s.x1, s.x2];
    const W = unflatten(s.W, N_IN, N_OUT);
    const a = add(transposeMatVec(W, x), s.b);
    const column = transpose(W)[s.j]!;
    const products = hadamard(column, x);
    const weighted = dot(column, x);
    return { x, W, a, column, products, weighted, aj: a[s.j]! };
  },
  readouts(d, s) {
    return {
      ...Object.fromEntries(d.x.map((v, i) => [`x${i}`, v])),
      ...Object.fromEntries(d.a.map((v, k) => [`a${k}`, v])),
      ...Object.fromEntries(d.products.map((v, i) => [`p${i}`, v])),
      bj: s.b[s.j]!,
      aj: d.aj,
      j: s.j,
    };
  },
  summary(d, s) {
    const terms = d.products.map((p) => paren(p)).join(' + ');
    return `Hidden node ${s.j}: a(1)${sub(s.j)} = ${terms} + ${paren(s.b[s.j]!)} = ${formatNumber(d.aj)}; a(1) = [${d.a.map(formatNumber).join(', ')}].`;
  },
  actions: {
    previous: (s) => step(s, -1),
    next: (s) => step(s, 1),
  },
};

/** "0.3·1 + (−0.5)·2 + 0.8·1 + 0.1": each weight into node j times its input, then the bias. */
export function factorText(d: LayerMatrixDerived, s: LayerMatrixState): string {
  const terms = d.column.map((w, i) => `${paren(w)}·${paren(d.x[i]!)}`);
  return [...terms, paren(s.b[s.j]!)].join(' + ');
}

/** A negative number in brackets, so a sum of terms reads unambiguously. */
export function paren(v: number): string {
  const text = formatNumber(v);
  return v < 0 ? `(${text})` : text;
}

/**
 * One neuron, live: three inputs x, three weights w and a bias b give the pre-activation
 * a = wᵀx + b (lib/linalg.ts's dot). Defaults are the book's worked example, a = 3.
 */
import { EXAMPLE_B, EXAMPLE_W, EXAMPLE_X } from '../../../lib/examples.ts';
import { dot } from '../../../lib/linalg.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { NumberParam, StateOf } from '../kit/params.ts';

const number = (label: string, value: number, limit: number): NumberParam => ({
  kind: 'number',
  label,
  default: value,
  min: -limit,
  max: limit,
  step: 0.1,
});

export const neuronParams = {
  x1: number('input x₁', EXAMPLE_X[0]!, 5),
  x2: number('input x₂', EXAMPLE_X[1]!, 5),
  x3: number('input x₃', EXAMPLE_X[2]!, 5),
  w1: number('weight w₁', EXAMPLE_W[0]!, 5),
  w2: number('weight w₂', EXAMPLE_W[1]!, 5),
  w3: number('weight w₃', EXAMPLE_W[2]!, 5),
  b: number('bias b', EXAMPLE_B, 10),
} as const;

export type NeuronState = StateOf<typeof neuronParams>;

export interface NeuronDerived {
  readonly x: readonly number[];
  readonly w: readonly number[];
  /** wᵢxᵢ, one product per connection. */
  readonly products: readonly number[];
  /** wᵀx */
  readonly weighted: number;
  /** a = wᵀx + b */
  readonly a: number;
}

export const neuron: WidgetModel<typeof neuronParams, NeuronDerived> = {
  id: 'neuron',
  params: neuronParams,
  derive(s) {
    const x = [s.x1, s.x2, s.x3];
    const w = [s.w1, s.w2, s.w3];
    const weighted = dot(w, x);
    return { x, w, products: w.map((wi, i) => wi * x[i]!), weighted, a: weighted + s.b };
  },
  readouts(d, s) {
    return {
      a: d.a,
      weighted: d.weighted,
      b: s.b,
      ...Object.fromEntries(d.products.map((p, i) => [`p${i + 1}`, p])),
      ...Object.fromEntries(d.x.map((v, i) => [`x${i + 1}`, v])),
      ...Object.fromEntries(d.w.map((v, i) => [`w${i + 1}`, v])),
    };
  },
  summary(d, s) {
    const terms = d.w.map((wi, i) => `${paren(wi)}·${paren(d.x[i]!)}`).join(' + ');
    return `a = ${terms} + ${paren(s.b)} = ${formatNumber(d.a)}`;
  },
};

/** A negative factor in brackets, so "1·(−2)" reads as a product. */
function paren(v: number): string {
  const text = formatNumber(v);
  return v < 0 ? `(${text})` : text;
}

/**
 * The weights of the book's example network that a reader can wiggle, by name: w(l)ᵢⱼ from node i
 * of layer l − 1 to node j of layer l, written "l-i-j" in the address, with the example's value.
 */
import { EXAMPLE_PARAMETERS, EXAMPLE_SIZES } from '../../../lib/examples.ts';

export interface WeightRef {
  readonly l: number;
  readonly i: number;
  readonly j: number;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** A whole number as subscript digits. */
export const sub = (k: number): string => String(k).replace(/\d/g, (c) => SUB[+c]!);

/** Every weight of the example network, layer 1 first, as "l-i-j". */
export const WEIGHT_KEYS: readonly string[] = EXAMPLE_SIZES.slice(1).flatMap((nOut, index) =>
  Array.from({ length: EXAMPLE_SIZES[index]! }, (_, i) =>
    Array.from({ length: nOut }, (_, j) => `${index + 1}-${i}-${j}`),
  ).flat(),
);

/** The weight a key names; throws on a key that is not one of WEIGHT_KEYS. */
export function weightRef(key: string): WeightRef {
  if (!WEIGHT_KEYS.includes(key)) throw new RangeError(`no weight ${key} in the example network`);
  const [l, i, j] = key.split('-').map(Number) as [number, number, number];
  return { l, i, j };
}

/** The example network's value of a weight (lib/examples.ts). */
export function exampleValue({ l, i, j }: WeightRef): number {
  const W = l === 1 ? EXAMPLE_PARAMETERS.W1 : EXAMPLE_PARAMETERS.W2;
  return W[i]![j]!;
}

/** "w(2)₀₁", as the backpropagation pages write w_ij^(l). */
export const weightSymbol = ({ l, i, j }: WeightRef): string => `w(${l})${sub(i)}${sub(j)}`;

const LAYER_NAMES = ['input', 'hidden node', 'output'];

/** The option text of a weight: "w(2)₀₁: hidden node 0 → output 1". */
export function weightLabel(key: string): string {
  const ref = weightRef(key);
  return `${weightSymbol(ref)}: ${LAYER_NAMES[ref.l - 1]} ${ref.i} → ${LAYER_NAMES[ref.l]} ${ref.j}`;
}

/** The symbols of ∂L/∂w(l)ᵢⱼ = −δ(l)ⱼ z(l−1)ᵢ for a weight, as the pages write them. */
export function gradientSymbols(ref: WeightRef): { w: string; delta: string; zIn: string } {
  return {
    w: weightSymbol(ref),
    delta: `δ(${ref.l})${sub(ref.j)}`,
    zIn: `z(${ref.l - 1})${sub(ref.i)}`,
  };
}

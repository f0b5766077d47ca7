/**
 * What each node and connection of a network is called, in the book's notation: W(l)ᵢⱼ is the
 * weight from node i of layer l − 1 to node j of layer l, b(l)ⱼ the bias of node j of layer l,
 * and xᵢ = z(0)ᵢ an input. Nodes are numbered from 0, as the chapter numbers them.
 */

/** A symbol with its layer superscript and its index subscript: W, 1, "02" is W(1)₀₂. */
export interface SymbolName {
  readonly base: string;
  readonly layer: number | null;
  readonly sub: string;
}

export interface PartName {
  readonly symbol: SymbolName;
  /** What it is and what it connects, in one or two sentences. */
  readonly sentence: string;
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** A symbol as plain text: "W(1)₀₂", "b(2)₁", "x₀". */
export function symbolText(s: SymbolName): string {
  const sub = [...s.sub].map((c) => SUBSCRIPT[Number(c)] ?? c).join('');
  return `${s.base}${s.layer === null ? '' : `(${s.layer})`}${sub}`;
}

const weight = (l: number, i: number, j: number): string =>
  symbolText({ base: 'W', layer: l, sub: `${i}${j}` });

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The weights W(l)ᵢⱼ over i (into node j) or over j (out of node i): "W(1)₀₂ to W(1)₂₂". */
function weightRange(l: number, count: number, fixed: number, into: boolean): string {
  const at = (k: number) => (into ? weight(l, k, fixed) : weight(l, fixed, k));
  return count === 1 ? at(0) : `${at(0)} to ${at(count - 1)}`;
}

/** Node j of layer l of a network with layer sizes `sizes` (layer 0 is the input). */
export function nodeName(sizes: readonly number[], l: number, j: number): PartName {
  const L = sizes.length - 1;
  const feeds =
    l < L
      ? `It feeds ${plural(sizes[l + 1]!, 'weight')}, ${weightRange(l + 1, sizes[l + 1]!, j, false)}, into layer ${l + 1}.`
      : 'Its output is one of the network’s outputs.';
  if (l === 0) {
    return {
      symbol: { base: 'x', layer: null, sub: String(j) },
      sentence: `Input node ${j} of layer 0, holding ${symbolText({ base: 'x', layer: null, sub: String(j) })} = ${symbolText({ base: 'z', layer: 0, sub: String(j) })}. ${feeds}`,
    };
  }
  const kind = l === L ? 'Output node' : 'Hidden node';
  const fed = `It is fed by ${plural(sizes[l - 1]!, 'weight')}, ${weightRange(l, sizes[l - 1]!, j, true)}, from layer ${l - 1}.`;
  const bias = symbolText({ base: 'b', layer: l, sub: String(j) });
  return {
    symbol: { base: 'b', layer: l, sub: String(j) },
    sentence: `${kind} ${j} of layer ${l}, with bias ${bias}. ${fed} ${feeds}`,
  };
}

/** The connection from node i of layer l − 1 to node j of layer l. */
export function edgeName(l: number, i: number, j: number): PartName {
  return {
    symbol: { base: 'W', layer: l, sub: `${i}${j}` },
    sentence: `The weight from node ${i} of layer ${l - 1} to node ${j} of layer ${l}.`,
  };
}

/** "input", "hidden", "output": what layer l of an L-layer network is. */
export function layerKind(l: number, L: number): string {
  return l === 0 ? 'input' : l === L ? 'output' : 'hidden';
}

/**
 * Naming and highlighting one part of a drawn network: a node lights up with the connections
 * that feed it (and their source nodes) and the ones it feeds; a connection lights up with its
 * two ends. Works on any diagram drawn by network-diagram-svg.ts (data-node, data-edge hooks).
 */
import { edgeName, nodeName, type PartName } from './names.ts';

export type Part =
  | { readonly kind: 'node'; readonly l: number; readonly j: number }
  | { readonly kind: 'edge'; readonly l: number; readonly i: number; readonly j: number };

const MARKS = ['ff-current', 'ff-in', 'ff-out', 'ff-linked'];

/** The part an element of the diagram stands for, if any. */
export function partOf(el: Element | null): Part | null {
  const target = el?.closest<SVGElement>('[data-node], [data-edge]');
  if (target === null || target === undefined) return null;
  const node = target.dataset['node'];
  if (node !== undefined) {
    const [l, j] = node.split(',').map(Number) as [number, number];
    return { kind: 'node', l, j };
  }
  const [l, i, j] = (target.dataset['edge'] ?? '').split(',').map(Number) as [
    number,
    number,
    number,
  ];
  return { kind: 'edge', l, i, j };
}

/** Marks `part` and its neighbours in `svg` (or clears every mark when `part` is null). */
export function highlight(svg: Element, part: Part | null): void {
  for (const el of svg.querySelectorAll(MARKS.map((m) => `.${m}`).join(', '))) {
    el.classList.remove(...MARKS);
  }
  svg.classList.toggle('ff-net-focus', part !== null);
  if (part === null) return;
  const mark = (selector: string, cls: string) => svg.querySelector(selector)?.classList.add(cls);
  if (part.kind === 'edge') {
    mark(`[data-edge="${part.l},${part.i},${part.j}"]`, 'ff-current');
    mark(`[data-node="${part.l - 1},${part.i}"]`, 'ff-linked');
    mark(`[data-node="${part.l},${part.j}"]`, 'ff-linked');
    return;
  }
  mark(`[data-node="${part.l},${part.j}"]`, 'ff-current');
  for (const edge of svg.querySelectorAll<SVGElement>('[data-edge]')) {
    const [l, i, j] = (edge.dataset['edge'] ?? '').split(',').map(Number);
    const into = l === part.l && j === part.j;
    const out = l === part.l + 1 && i === part.j;
    if (!into && !out) continue;
    edge.classList.add(into ? 'ff-in' : 'ff-out');
    mark(`[data-node="${into ? part.l - 1 : part.l + 1},${into ? i : j}"]`, 'ff-linked');
  }
}

/** The name of a part of a network of these sizes. */
export function nameOf(sizes: readonly number[], part: Part): PartName {
  return part.kind === 'node' ? nodeName(sizes, part.l, part.j) : edgeName(part.l, part.i, part.j);
}

/** Writes a name into `target` as "W(1)₀₂: sentence", with the layer as a superscript. */
export function showName(target: HTMLElement, name: PartName): void {
  const doc = target.ownerDocument;
  const symbol = doc.createElement('strong');
  symbol.append(name.symbol.base);
  if (name.symbol.layer !== null) {
    const sup = doc.createElement('sup');
    sup.textContent = `(${name.symbol.layer})`;
    symbol.append(sup);
  }
  const sub = doc.createElement('sub');
  sub.textContent = name.symbol.sub;
  symbol.append(sub);
  target.replaceChildren(symbol, `: ${name.sentence}`);
}

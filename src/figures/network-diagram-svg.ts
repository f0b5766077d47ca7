/**
 * A network diagram (network-diagram.ts) as SVG elements created in a given `document`: the
 * browser's for a live redraw, linkedom's at build time, so both are the same markup. Every node
 * carries `data-node="l,j"` and every connection `data-edge="l,i,j"` for scripts and tests.
 */
import { mathRuns } from './math-text.ts';
import type { DiagramNode, NetworkDiagram } from './network-diagram.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface DiagramText {
  /** The accessible name of a node (it is focusable when `focusable` is set). */
  readonly nodeLabel: (node: DiagramNode) => string;
  /** Two short caption lines under layer l; none when absent (a small diagram). */
  readonly caption?: (layer: number) => readonly [string, string];
  /** The second caption line is mathematics ("n(1) = 3"): its variables are set italic. */
  readonly captionMath?: boolean;
  /** Nodes take focus with a roving tabindex: only `current` is in the tab order. */
  readonly focusable?: { readonly current: readonly [number, number] };
}

function el(document: Document, name: string, attrs: Record<string, string | number>): Element {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The diagram's content: connections under nodes, and the layer captions, in one <g>. */
export function drawNetworkDiagram(
  document: Document,
  diagram: NetworkDiagram,
  text: DiagramText,
): Element {
  const root = el(document, 'g', { class: 'ff-net' });
  const edges = el(document, 'g', { class: 'ff-net-edges' });
  for (const e of diagram.edges) {
    const { x1, y1, x2, y2 } = e;
    edges.append(
      el(document, 'line', {
        class: 'ff-edge',
        'data-edge': `${e.layer},${e.from},${e.to}`,
        x1: round(x1),
        y1: round(y1),
        x2: round(x2),
        y2: round(y2),
      }),
    );
  }
  const nodes = el(document, 'g', { class: 'ff-net-nodes' });
  for (const node of diagram.nodes.flat()) {
    const attrs: Record<string, string | number> = {
      class: 'ff-node',
      'data-node': `${node.layer},${node.index}`,
      cx: round(node.x),
      cy: round(node.y),
      r: round(diagram.radius),
    };
    if (text.focusable !== undefined) {
      const [l, j] = text.focusable.current;
      attrs['tabindex'] = node.layer === l && node.index === j ? 0 : -1;
      attrs['role'] = 'img';
      attrs['aria-label'] = text.nodeLabel(node);
    }
    nodes.append(el(document, 'circle', attrs));
  }
  const captions = el(document, 'g', { class: 'ff-net-captions', 'aria-hidden': 'true' });
  const caption = text.caption ?? null;
  for (const label of diagram.labels) {
    if (caption === null) break;
    const [first, second] = caption(label.layer);
    const t = el(document, 'text', {
      x: round(label.x),
      y: round(label.y),
      'text-anchor': 'middle',
    });
    t.textContent = first;
    const t2 = el(document, 'text', {
      x: round(label.x),
      y: round(label.y + 17),
      'text-anchor': 'middle',
      class: 'ff-small ff-soft',
    });
    if (text.captionMath) {
      for (const run of mathRuns(second)) {
        const part = run.variable ? el(document, 'tspan', { class: 'ff-var' }) : null;
        if (part) part.textContent = run.text;
        t2.append(part ?? document.createTextNode(run.text));
      }
    } else t2.textContent = second;
    captions.append(t, t2);
  }
  root.append(edges, nodes, captions);
  return root;
}

/** Two decimals are plenty in a 440-unit viewBox and keep the markup short. */
const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * The step-through's network drawing: the shared network diagram with the current step's numbers
 * written on its nodes and edges (before the first step: x on the inputs, the weights on the
 * edges). Built in a given `document`, so the build-time SVG and the live one are the same markup.
 */
import type { StepValue } from '../../../lib/network/step-through.ts';
import { networkDiagram } from '../../figures/network-diagram.ts';
import { drawNetworkDiagram } from '../../figures/network-diagram-svg.ts';
import { NODE_LABEL_GAP } from './frame.ts';
import type { StepDerived } from './model.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Edge values are written on the drawing when a layer has at most this many connections. */
const EDGE_LABELS = 9;

/** Short: the table beside the drawing holds every digit. */
const short = (v: number): string => String(Number(v.toPrecision(4))).replace(/^-/, '−');

/** `z(1)_0` → `z`, `dL/db(2)_1` → `∂L/∂b`, `W(2)_01 new` → `W new`, `delta(1)_0` → `δ`. */
function shortName(symbol: string): string {
  const name = symbol.replace(/\(\d+\)_\d+/, '');
  return name.replace('delta', 'δ').replace(/dL\/d(\w)/, '∂L/∂$1');
}

function text(document: Document, attrs: Record<string, string | number>, content: string) {
  const t = document.createElementNS(SVG, 'text');
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, String(v));
  t.textContent = content;
  return t;
}

/** What the drawing writes at step `at`: the current step's values, else the network's own. */
function shownValues(d: StepDerived): StepValue[] {
  const own = d.table.filter((r) => r.step === 0 && (r.layer === 0 || r.edge !== undefined));
  const inputs = own.filter((r) => r.symbol.startsWith('z(0)'));
  if (d.current === null) return own.filter((r) => !r.symbol.startsWith('y_'));
  const current = d.current.values;
  const hasEdges = current.some((v) => v.edge !== undefined);
  const weights = own.filter(
    (r) => r.edge !== undefined && !(hasEdges && r.layer === d.current!.layer),
  );
  return [...inputs, ...weights, ...current.filter((v) => v.symbol !== 'L')];
}

/**
 * Everything the drawing and its description show, as one string: two states with the same key
 * draw the same markup, so a redraw can be skipped (moving η before the first step changes the
 * tables and the chart, not the drawing).
 */
export function diagramKey(d: StepDerived): string {
  const values = shownValues(d).map((v) => `${v.symbol}=${v.value}`);
  return [d.sizes.join('-'), d.current?.layer ?? -1, d.current?.title ?? '', ...values].join(';');
}

/** The diagram's <g> for the derived state, with `data-value` on every node and edge it labels. */
export function drawStepDiagram(document: Document, d: StepDerived): Element {
  const diagram = networkDiagram(d.sizes);
  const layerOf = d.current?.layer ?? -1;
  const root = drawNetworkDiagram(document, diagram, {
    nodeLabel: (node) => `node ${node.index} of layer ${node.layer}`,
    caption: (l) => [
      l === 0 ? 'input' : l === d.sizes.length - 1 ? 'output' : `hidden ${l}`,
      `layer ${l}`,
    ],
  });
  const labels = document.createElementNS(SVG, 'g');
  labels.setAttribute('class', 'ff-step-values');
  const byNode = new Map<string, StepValue[]>();
  const shown = shownValues(d);
  const labelled = new Set(shown.filter((v) => v.node !== undefined).map((v) => v.layer));
  // The weights leaving the layer a step writes on would run into its labels, so they keep only
  // their titles; the recursion δ(l) = φ′ ⊙ W(l+1)δ(l+1) reads them and writes them out.
  const quiet = d.current !== null && d.current.kind !== 'hiddenDelta' ? layerOf + 1 : -1;
  for (const v of shown) {
    if (v.edge !== undefined) {
      const [i, j] = v.edge;
      const line = root.querySelector(`[data-edge="${v.layer},${i},${j}"]`);
      if (line === null) continue;
      line.setAttribute('data-value', String(v.value));
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${v.symbol} = ${v.value}`;
      line.append(title);
      const count = d.sizes[v.layer - 1]! * d.sizes[v.layer]!;
      if (count > EDGE_LABELS || v.layer === quiet) continue;
      // All of a layer's labels stand in one column, where its connections are evenly spaced:
      // at t = 1/(n(l)+1) of the way between the columns, or at t = n(l−1)/(n(l−1)+1) when the
      // source nodes carry labels of their own. Every node is the same pitch apart, so there the
      // lines cross the column one label apart and no other line runs through a label's centre.
      const source = diagram.nodes[v.layer - 1]![i]!;
      const target = diagram.nodes[v.layer]![j]!;
      const t = labelled.has(v.layer - 1)
        ? d.sizes[v.layer - 1]! / (d.sizes[v.layer - 1]! + 1)
        : 1 / (d.sizes[v.layer]! + 1);
      labels.append(
        text(
          document,
          {
            x: Math.round((source.x + t * (target.x - source.x)) * 10) / 10,
            y: Math.round((source.y + t * (target.y - source.y) + 3) * 10) / 10,
            class: 'ff-step-edge-value',
            'text-anchor': 'middle',
          },
          short(v.value),
        ),
      );
    } else if (v.node !== undefined) {
      const key = `${v.layer},${v.node}`;
      byNode.set(key, [...(byNode.get(key) ?? []), v]);
    }
  }
  for (const [key, values] of byNode) {
    const [l, j] = key.split(',').map(Number) as [number, number];
    const node = diagram.nodes[l]?.[j];
    const circle = root.querySelector(`[data-node="${key}"]`);
    if (node === undefined || circle === null) continue;
    circle.setAttribute('data-value', values.map((v) => `${v.symbol}=${v.value}`).join(';'));
    values.forEach((v, k) => {
      labels.append(
        text(
          document,
          {
            x: Math.round((node.x + diagram.radius + NODE_LABEL_GAP) * 10) / 10,
            y: Math.round((node.y + 3 + 11 * k - (values.length - 1) * 5.5) * 10) / 10,
            class: 'ff-step-node-value',
          },
          `${shortName(v.symbol)} ${short(v.value)}`,
        ),
      );
    });
  }
  for (const circle of root.querySelectorAll('[data-node]')) {
    const l = Number(circle.getAttribute('data-node')!.split(',')[0]);
    if (l === layerOf) circle.setAttribute('class', 'ff-node ff-current');
  }
  root.append(labels);
  return root;
}

/** One sentence describing the drawing for its <desc>. */
export function stepDiagramDescription(d: StepDerived): string {
  return `The ${d.sizes.join('-')} network, inputs on the left; ${
    d.current === null
      ? 'the sample x on the inputs and each weight on its connection'
      : `the numbers of step ${d.current.title}`
  }. The table below lists every value.`;
}

import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers/close.ts';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { networkDiagram } from '../../../src/figures/network-diagram.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { drawStepDiagram, stepDiagramDescription } from '../../../src/widgets/step/diagram.ts';
import { NODE_LABEL_GAP } from '../../../src/widgets/step/frame.ts';
import { step } from '../../../src/widgets/step/model.ts';

describe('the step-through’s drawing, label by label', () => {
  it('writes x beside each input before the first step, 4 significant digits, right of the circle', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const g = drawStepDiagram(doc, d);
    const geo = networkDiagram(d.sizes);
    const labels = g.querySelector('g.ff-step-values')!;
    const nodes = [...labels.querySelectorAll('text.ff-step-node-value')];
    expect(nodes.map((t) => t.textContent)).toEqual(['z 1', 'z 2', 'z 1']);
    nodes.forEach((t, j) => {
      const node = geo.nodes[0]![j]!;
      expect(Number(t.getAttribute('x'))).toBe(
        Math.round((node.x + geo.radius + NODE_LABEL_GAP) * 10) / 10,
      );
      expect(Number(t.getAttribute('y'))).toBe(Math.round((node.y + 3) * 10) / 10);
    });
    expect(g.querySelector('[data-node="0,1"]')!.getAttribute('data-value')).toBe('z(0)_1=2');
    expect(g.querySelectorAll('.ff-current')).toHaveLength(0);
    expect(stepDiagramDescription(d)).toBe(
      `The ${d.sizes.join('-')} network, inputs on the left; the sample x on the inputs and each weight on its connection. The table below lists every value.`,
    );
  });

  it('labels the connections of a small layer only, in one column where they are evenly spaced, each on its own line', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const g = drawStepDiagram(doc, d);
    const geo = networkDiagram(d.sizes);
    const edges = [...g.querySelectorAll('text.ff-step-edge-value')];
    const small = d.sizes.slice(1).map((n, l) => d.sizes[l]! * n);
    const labelled = small.filter((c) => c <= 9).reduce((a, b) => a + b, 0);
    expect(edges).toHaveLength(labelled);
    expect(edges.length).toBe(8);
    for (const t of edges) expect(t.getAttribute('text-anchor')).toBe('middle');
    // The book's 3-4-2 network: W(2) has 8 connections, its source (hidden) nodes carry no
    // labels before the first step, so t = 1/(n(2)+1) = 1/3 of the way between the columns.
    const from = geo.nodes[1]!;
    const to = geo.nodes[2]!;
    const x = Math.round((from[0]!.x + (to[0]!.x - from[0]!.x) / 3) * 10) / 10;
    expect(new Set(edges.map((e) => e.getAttribute('x')))).toEqual(new Set([String(x)]));
    const ys = edges.map((e) => Number(e.getAttribute('y'))).sort((a, b) => a - b);
    const pitch = from[1]!.y - from[0]!.y;
    for (let k = 1; k < ys.length; k++) expectClose(ys[k]! - ys[k - 1]!, pitch / 3, 0.006);
    const w = d.table.find((r) => r.symbol === 'W(2)_01')!;
    const label = edges.find(
      (e) =>
        e.getAttribute('y') ===
        String(Math.round((from[0]!.y + (to[1]!.y - from[0]!.y) / 3 + 3) * 10) / 10),
    )!;
    expect(label.textContent).toBe(String(Number(w.value.toPrecision(4))).replace(/^-/, '−'));
    const line = g.querySelector('[data-edge="2,0,1"]')!;
    expect(line.querySelector('title')!.textContent).toBe(`W(2)_01 = ${w.value}`);
  });

  it('moves the labels past labelled source nodes, and hides the weights leaving the layer a step writes on unless the recursion reads them', () => {
    const doc = serverDocument();
    const at = (k: number) =>
      drawStepDiagram(doc, step.derive({ ...defaults(step.params), at: k }));
    const geo = networkDiagram([3, 4, 2]);
    const xs = (g: Element) =>
      new Set([...g.querySelectorAll('text.ff-step-edge-value')].map((e) => e.getAttribute('x')));
    // Step 1, the forward pass into layer 1: its nodes are labelled and W(2) is not drawn.
    expect(xs(at(1)).size).toBe(0);
    // Step 5, δ(1) by the recursion, reads W(2): its labels stand at t = n(1)/(n(1)+1) = 4/5.
    const x =
      Math.round(
        (geo.nodes[1]![0]!.x + (4 / 5) * (geo.nodes[2]![0]!.x - geo.nodes[1]![0]!.x)) * 10,
      ) / 10;
    expect(xs(at(5))).toEqual(new Set([String(x)]));
    // Step 7, ∂L/∂b(1) on the hidden nodes: W(2) is not read, so not drawn.
    expect(xs(at(7)).size).toBe(0);
    // Step 6, ∂L/∂W(2) on the connections themselves, at 1/3 (the hidden nodes are unlabelled).
    expect(xs(at(6)).size).toBe(1);
    expect(at(6).querySelectorAll('text.ff-step-edge-value')).toHaveLength(8);
  });

  it('stacks a node’s several values 11 apart around its centre on a step, and lights its layer', () => {
    const doc = serverDocument();
    const s = { ...defaults(step.params), at: 1 };
    const d = step.derive(s);
    const g = drawStepDiagram(doc, d);
    const geo = networkDiagram(d.sizes);
    const layer = d.current!.layer;
    const mine = d.current!.values.filter((v) => v.node === 0 && v.layer === layer);
    const node = geo.nodes[layer]![0]!;
    const x = String(Math.round((node.x + geo.radius + NODE_LABEL_GAP) * 10) / 10);
    const texts = [...g.querySelectorAll('text.ff-step-node-value')].filter(
      (t) => t.getAttribute('x') === x,
    );
    const ys = texts.map((t) => Number(t.getAttribute('y')));
    const expected = mine.map(
      (_, k) => Math.round((node.y + 3 + 11 * k - (mine.length - 1) * 5.5) * 10) / 10,
    );
    expect(ys.filter((y) => Math.abs(y - node.y) < 30)).toEqual(expected);
    expect(g.querySelector(`[data-node="${layer},0"]`)!.getAttribute('class')).toBe(
      'ff-node ff-current',
    );
    expect(stepDiagramDescription(d)).toBe(
      `The ${d.sizes.join('-')} network, inputs on the left; the numbers of step ${d.current!.title}. The table below lists every value.`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { networkDiagram } from '../../../src/figures/network-diagram.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { drawStepDiagram, stepDiagramDescription } from '../../../src/widgets/step/diagram.ts';
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
      expect(Number(t.getAttribute('x'))).toBe(Math.round((node.x + geo.radius + 2) * 10) / 10);
      expect(Number(t.getAttribute('y'))).toBe(Math.round((node.y + 3) * 10) / 10);
    });
    expect(g.querySelector('[data-node="0,1"]')!.getAttribute('data-value')).toBe('z(0)_1=2');
    expect(g.querySelectorAll('.ff-current')).toHaveLength(0);
    expect(stepDiagramDescription(d)).toBe(
      `The ${d.sizes.join('-')} network, inputs on the left; the sample x on the inputs and each weight on its connection. The table below lists every value.`,
    );
  });

  it('labels the connections of a small layer only, a third of the way plus, centred, with a title', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const g = drawStepDiagram(doc, d);
    const geo = networkDiagram(d.sizes);
    const edges = [...g.querySelectorAll('text.ff-step-edge-value')];
    const small = d.sizes.slice(1).map((n, l) => d.sizes[l]! * n);
    const labelled = small.filter((c) => c <= 9).reduce((a, b) => a + b, 0);
    expect(edges).toHaveLength(labelled);
    expect(edges.length).toBeGreaterThan(0);
    for (const t of edges) expect(t.getAttribute('text-anchor')).toBe('middle');
    const l = small.findIndex((c) => c <= 9) + 1;
    const w = d.table.find((r) => r.symbol === `W(${l})_01`)!;
    const edge = geo.edges.find((e) => e.layer === l && e.from === 0 && e.to === 1)!;
    const t = 0.3 + (0.4 * 1.5) / d.sizes[l]!;
    const x = Math.round((edge.x1 + t * (edge.x2 - edge.x1)) * 10) / 10;
    const y = Math.round((edge.y1 + t * (edge.y2 - edge.y1)) * 10) / 10;
    const label = edges.find((e) => e.getAttribute('x') === String(x))!;
    expect(label.getAttribute('y')).toBe(String(y));
    expect(label.textContent).toBe(String(Number(w.value.toPrecision(4))).replace(/^-/, '−'));
    const line = g.querySelector(`[data-edge="${l},0,1"]`)!;
    expect(line.querySelector('title')!.textContent).toBe(`W(${l})_01 = ${w.value}`);
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
    const x = String(Math.round((node.x + geo.radius + 2) * 10) / 10);
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

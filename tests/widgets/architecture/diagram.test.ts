import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { networkDiagram } from '../../../src/figures/network-diagram.ts';
import { drawNetworkDiagram } from '../../../src/figures/network-diagram-svg.ts';
import { diagramText } from '../../../src/widgets/architecture/diagram-text.ts';
import { edgeName, nodeName, symbolText } from '../../../src/widgets/architecture/names.ts';

describe('networkDiagram', () => {
  it('places every node of every layer, and one connection per pair of neighbouring nodes', () => {
    const d = networkDiagram([3, 4, 2]);
    expect(d.nodes.map((layer) => layer.length)).toEqual([3, 4, 2]);
    expect(d.edges).toHaveLength(3 * 4 + 4 * 2);
    expect(d.edges.filter((e) => e.layer === 1 && e.to === 3).map((e) => e.from)).toEqual([
      0, 1, 2,
    ]);
  });

  it('fits the largest network in the same viewBox, nodes apart and clear of the captions', () => {
    const sizes = [8, 8, 8, 8, 8, 8, 8, 8];
    const d = networkDiagram(sizes);
    expect([d.width, d.height]).toEqual([
      networkDiagram([1, 1]).width,
      networkDiagram([1, 1]).height,
    ]);
    const captionTop = Math.min(...d.labels.map((l) => l.y)) - 14;
    for (const node of d.nodes.flat()) {
      expect(node.x - d.radius).toBeGreaterThanOrEqual(0);
      expect(node.x + d.radius).toBeLessThanOrEqual(d.width);
      expect(node.y - d.radius).toBeGreaterThanOrEqual(0);
      expect(node.y + d.radius).toBeLessThan(captionTop);
    }
    const column = d.nodes[3]!;
    for (let j = 1; j < column.length; j++) {
      expect(column[j]!.y - column[j - 1]!.y).toBeGreaterThan(2 * d.radius);
    }
  });

  it('draws one hook per node and per connection, and only one node in the tab order', () => {
    const sizes = [2, 3, 1];
    const g = drawNetworkDiagram(
      serverDocument(),
      networkDiagram(sizes),
      diagramText(sizes, [1, 2]),
    );
    const nodes = [...g.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node'));
    expect(nodes).toEqual(['0,0', '0,1', '1,0', '1,1', '1,2', '2,0']);
    expect(g.querySelectorAll('[data-edge]')).toHaveLength(2 * 3 + 3 * 1);
    expect(g.querySelector('[data-edge="2,1,0"]')).not.toBeNull();
    const inTabOrder = [...g.querySelectorAll('[tabindex="0"]')].map((n) =>
      n.getAttribute('data-node'),
    );
    expect(inTabOrder).toEqual(['1,2']);
    expect(g.querySelector('[data-node="1,2"]')?.getAttribute('aria-label')).toMatch(/^b\(1\)₂: /);
    expect(g.outerHTML).not.toMatch(/NaN|Infinity|\sstyle=/);
  });

  it('captions each layer with its kind, and its size with n in the math italic', () => {
    const sizes = [2, 3, 1];
    const g = drawNetworkDiagram(
      serverDocument(),
      networkDiagram(sizes),
      diagramText(sizes, [0, 0]),
    );
    const lines = [...g.querySelectorAll('.ff-net-captions text')];
    expect(lines.map((t) => t.textContent)).toEqual([
      'input',
      'n(0) = 2',
      'hidden 1',
      'n(1) = 3',
      'output',
      'n(2) = 1',
    ]);
    expect([...g.querySelectorAll('.ff-net-captions .ff-var')].map((t) => t.textContent)).toEqual([
      'n',
      'n',
      'n',
    ]);
  });
});

describe('the names of a network’s parts', () => {
  it('writes W(l)ᵢⱼ, b(l)ⱼ and xᵢ with the indices as subscripts', () => {
    expect(symbolText({ base: 'W', layer: 1, sub: '02' })).toBe('W(1)₀₂');
    expect(symbolText({ base: 'b', layer: 2, sub: '1' })).toBe('b(2)₁');
    expect(symbolText({ base: 'x', layer: null, sub: '7' })).toBe('x₇');
  });

  it('names a connection by the weight it carries, from node i of layer l − 1 to node j of layer l', () => {
    expect(edgeName(2, 3, 1)).toEqual({
      symbol: { base: 'W', layer: 2, sub: '31' },
      sentence: 'The weight from node 3 of layer 1 to node 1 of layer 2.',
    });
  });

  it('names a hidden node by its bias and lists the weights that feed it and that it feeds', () => {
    const name = nodeName([3, 4, 2], 1, 2);
    expect(symbolText(name.symbol)).toBe('b(1)₂');
    expect(name.sentence).toBe(
      'Hidden node 2 of layer 1, with bias b(1)₂. It is fed by 3 weights, W(1)₀₂ to W(1)₂₂, ' +
        'from layer 0. It feeds 2 weights, W(2)₂₀ to W(2)₂₁, into layer 2.',
    );
  });

  it('names an input node by the input it holds, and an output node as an output', () => {
    expect(nodeName([3, 4, 2], 0, 1).sentence).toBe(
      'Input node 1 of layer 0, holding x₁ = z(0)₁. It feeds 4 weights, W(1)₁₀ to W(1)₁₃, into layer 1.',
    );
    expect(nodeName([3, 1, 1], 2, 0).sentence).toBe(
      'Output node 0 of layer 2, with bias b(2)₀. It is fed by 1 weight, W(2)₀₀, from layer 1. ' +
        'Its output is one of the network’s outputs.',
    );
  });
});

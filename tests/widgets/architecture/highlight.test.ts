import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { networkDiagram } from '../../../src/figures/network-diagram.ts';
import { drawNetworkDiagram } from '../../../src/figures/network-diagram-svg.ts';
import { diagramDescription, diagramText } from '../../../src/widgets/architecture/diagram-text.ts';
import {
  highlight,
  nameOf,
  partOf,
  showName,
} from '../../../src/widgets/architecture/highlight.ts';
import { edgeName, layerKind, nodeName } from '../../../src/widgets/architecture/names.ts';

/** A diagram of a network of these sizes, drawn into an <svg> of a server document. */
function drawn(sizes: readonly number[]): Element {
  const document = serverDocument();
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.append(drawNetworkDiagram(document, networkDiagram(sizes), diagramText(sizes, [0, 0])));
  document.body.append(svg);
  return svg;
}

/** For each mark, the data-node or data-edge of every element carrying it, in document order. */
function marks(svg: Element): Record<string, string[]> {
  const of = (cls: string) =>
    [...svg.querySelectorAll(`.${cls}`)].map(
      (el) => el.getAttribute('data-node') ?? `edge ${el.getAttribute('data-edge')}`,
    );
  return {
    current: of('ff-current'),
    in: of('ff-in'),
    out: of('ff-out'),
    linked: of('ff-linked'),
  };
}

describe('naming and highlighting a part of the drawn network', () => {
  it('finds the node or connection an element stands for, and nothing elsewhere', () => {
    const svg = drawn([2, 3, 2]);
    expect(partOf(svg.querySelector('[data-node="1,2"]'))).toEqual({ kind: 'node', l: 1, j: 2 });
    expect(partOf(svg.querySelector('[data-edge="2,1,0"]'))).toEqual({
      kind: 'edge',
      l: 2,
      i: 1,
      j: 0,
    });
    expect(partOf(svg)).toBeNull();
    expect(partOf(svg.querySelector('.ff-net-edges'))).toBeNull();
    expect(partOf(null)).toBeNull();
  });

  it('lights a node, the connections into it and out of it, and the nodes at their other ends', () => {
    const svg = drawn([2, 3, 3, 2]);
    highlight(svg, { kind: 'node', l: 2, j: 1 });
    expect(svg.classList.contains('ff-net-focus')).toBe(true);
    expect(marks(svg)).toEqual({
      current: ['2,1'],
      in: ['edge 2,0,1', 'edge 2,1,1', 'edge 2,2,1'],
      out: ['edge 3,1,0', 'edge 3,1,1'],
      linked: ['1,0', '1,1', '1,2', '3,0', '3,1'],
    });
  });

  it('lights an input node with only the connections it feeds, an output node with only its inputs', () => {
    const svg = drawn([2, 3, 2]);
    highlight(svg, { kind: 'node', l: 0, j: 1 });
    expect(marks(svg)).toEqual({
      current: ['0,1'],
      in: [],
      out: ['edge 1,1,0', 'edge 1,1,1', 'edge 1,1,2'],
      linked: ['1,0', '1,1', '1,2'],
    });
    highlight(svg, { kind: 'node', l: 2, j: 0 });
    expect(marks(svg)).toEqual({
      current: ['2,0'],
      in: ['edge 2,0,0', 'edge 2,1,0', 'edge 2,2,0'],
      out: [],
      linked: ['1,0', '1,1', '1,2'],
    });
  });

  it('lights a connection with its two ends, clearing what was lit before', () => {
    const svg = drawn([2, 3, 2]);
    highlight(svg, { kind: 'node', l: 1, j: 0 });
    highlight(svg, { kind: 'edge', l: 2, i: 1, j: 0 });
    expect(marks(svg)).toEqual({
      current: ['edge 2,1,0'],
      in: [],
      out: [],
      linked: ['1,1', '2,0'],
    });
    expect(svg.classList.contains('ff-net-focus')).toBe(true);
  });

  it('clears every mark and the focus when nothing is highlighted', () => {
    const svg = drawn([2, 3, 2]);
    highlight(svg, { kind: 'node', l: 1, j: 1 });
    highlight(svg, null);
    expect(marks(svg)).toEqual({ current: [], in: [], out: [], linked: [] });
    expect(svg.classList.contains('ff-net-focus')).toBe(false);
  });

  it('passes over a part the diagram does not draw, without failing', () => {
    const svg = drawn([2, 3, 2]);
    expect(() => highlight(svg, { kind: 'edge', l: 4, i: 7, j: 7 })).not.toThrow();
    expect(() => highlight(svg, { kind: 'node', l: 5, j: 0 })).not.toThrow();
    expect(marks(svg)).toEqual({ current: [], in: [], out: [], linked: [] });
  });

  it('names a node by its layer and index and a connection by its ends', () => {
    const sizes = [2, 3, 2];
    expect(nameOf(sizes, { kind: 'node', l: 1, j: 2 })).toEqual(nodeName(sizes, 1, 2));
    expect(nameOf(sizes, { kind: 'edge', l: 2, i: 1, j: 0 })).toEqual(edgeName(2, 1, 0));
  });

  it('writes a name as its symbol, the layer a superscript, then the sentence', () => {
    const target = serverDocument().createElement('p');
    showName(target, edgeName(1, 0, 2));
    expect(target.innerHTML).toBe(
      '<strong>W<sup>(1)</sup><sub>02</sub></strong>: The weight from node 0 of layer 0 to node 2 of layer 1.',
    );
    showName(target, nodeName([2, 3, 2], 0, 1));
    expect(target.innerHTML).toBe(
      `<strong>x<sub>1</sub></strong>: ${nodeName([2, 3, 2], 0, 1).sentence}`,
    );
  });
});

describe('the diagram’s words', () => {
  it('describes a network with one hidden layer', () => {
    expect(diagramDescription([2, 3, 2])).toBe(
      '3 columns of nodes, left to right: 2 inputs, one hidden layer of 3 and 2 outputs. Every ' +
        'node is joined to every node of the next column. Tab to a node and use the arrow keys to ' +
        'move between nodes and hear their names.',
    );
  });

  it('describes a network with several hidden layers, listing their sizes', () => {
    expect(diagramDescription([3, 4, 5, 1])).toBe(
      '4 columns of nodes, left to right: 3 inputs, 2 hidden layers of 4, 5 and 1 outputs. Every ' +
        'node is joined to every node of the next column. Tab to a node and use the arrow keys to ' +
        'move between nodes and hear their names.',
    );
  });

  it('calls layer 0 input, the last output and every other hidden', () => {
    expect([0, 1, 2, 3].map((l) => layerKind(l, 3))).toEqual([
      'input',
      'hidden',
      'hidden',
      'output',
    ]);
  });

  it('names an input node by x, without a layer', () => {
    expect(nodeName([2, 3, 2], 0, 1).symbol).toEqual({ base: 'x', layer: null, sub: '1' });
  });
});

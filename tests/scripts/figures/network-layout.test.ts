import { describe, expect, it } from 'vitest';
import { denseEdges, layoutNetwork, rimToRim } from '../../../src/figures/network-layout.ts';
import { expectClose } from '../../helpers/close.ts';

describe('layoutNetwork', () => {
  it('places each layer at its x, its nodes `gap` apart and centred on centerY', () => {
    const layers = layoutNetwork([3, 2, 1], { xs: [0, 100, 200], centerY: 50, gap: 20 });
    expect(layers.map((nodes) => nodes.map(({ x, y }) => [x, y]))).toEqual([
      [
        [0, 30],
        [0, 50],
        [0, 70],
      ],
      [
        [100, 40],
        [100, 60],
      ],
      [[200, 50]],
    ]);
    expect(layers[1]![1]).toMatchObject({ layer: 1, index: 1 });
  });

  it('puts a layer without an x at x = 0', () => {
    expect(layoutNetwork([1, 1], { xs: [7], centerY: 0, gap: 1 })[1]![0]!.x).toBe(0);
  });
});

describe('denseEdges', () => {
  it('connects every node of layer l − 1 to every node of layer l: n(l−1)·n(l) edges per layer', () => {
    const layers = layoutNetwork([3, 2, 4], { xs: [0, 1, 2], centerY: 0, gap: 1 });
    const edges = denseEdges(layers);
    expect(edges).toHaveLength(3 * 2 + 2 * 4);
    expect(edges.every(([from, to]) => to.layer === from.layer + 1)).toBe(true);
    expect(edges[0]!.map((n) => [n.layer, n.index])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(edges.at(-1)!.map((n) => [n.layer, n.index])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });
});

describe('rimToRim', () => {
  it('shortens the centre-to-centre segment by the radius at both ends', () => {
    const from = { layer: 0, index: 0, x: 0, y: 0 };
    const to = { layer: 1, index: 0, x: 30, y: 40 };
    const { x1, y1, x2, y2 } = rimToRim(from, to, 5);
    expectClose([x1, y1, x2, y2], [3, 4, 27, 36], 1e-12);
  });

  it('leaves a zero-length segment at the centre instead of dividing by zero', () => {
    const node = { layer: 0, index: 0, x: 2, y: 3 };
    expect(rimToRim(node, node, 5)).toEqual({ x1: 2, y1: 3, x2: 2, y2: 3 });
  });
});

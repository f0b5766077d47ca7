/** A node's centre in SVG user units, with its layer number l and its index within the layer. */
export interface NodePosition {
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/** Layout options: the centre x of each layer, the vertical centre and the gap between nodes. */
export interface LayoutOptions {
  readonly xs: readonly number[];
  readonly centerY: number;
  readonly gap: number;
}

/** Node centres for layers of the given sizes, each layer centred vertically on `centerY`. */
export function layoutNetwork(sizes: readonly number[], options: LayoutOptions): NodePosition[][] {
  return sizes.map((n, layer) => {
    const x = options.xs[layer] ?? 0;
    const top = options.centerY - ((n - 1) * options.gap) / 2;
    return Array.from({ length: n }, (_, index) => ({
      layer,
      index,
      x,
      y: top + index * options.gap,
    }));
  });
}

/** Every connection of a dense network: each node of layer l − 1 to each node of layer l. */
export function denseEdges(layers: readonly NodePosition[][]): [NodePosition, NodePosition][] {
  const edges: [NodePosition, NodePosition][] = [];
  for (let l = 1; l < layers.length; l++) {
    for (const from of layers[l - 1] ?? []) {
      for (const to of layers[l] ?? []) edges.push([from, to]);
    }
  }
  return edges;
}

/** The segment from the rim of one circle to the rim of another, so lines do not cross the nodes. */
export function rimToRim(from: NodePosition, to: NodePosition, radius: number) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = (dx / len) * radius;
  const uy = (dy / len) * radius;
  return { x1: from.x + ux, y1: from.y + uy, x2: to.x - ux, y2: to.y - uy };
}

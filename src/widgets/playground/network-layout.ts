/**
 * Where the playground draws its network: one column per layer (the input features first, the
 * output last), a square per node for its small heat map, and a curve per connection. Pure
 * geometry in the drawing's own units, so the build and the live page lay it out alike and the
 * node maps (canvases over the drawing) can be placed by percentages of the same box.
 */

/** Side of a node's square, and the distance from one node's top to the next's. */
export const NODE_SIZE = 34;
export const NODE_PITCH = 46;
/**
 * From one column to the next. The drawing is as wide as its columns need, so the book's
 * default (features, 4, 2, output) fits a phone at a readable size and a six-layer network
 * scrolls there; room on the left for the feature labels.
 */
export const COLUMN_GAP = 100;
const LEFT = 64;
const RIGHT = 16;
const MARGIN = 10;

/** The drawing's width for a network of `columns` layers, the features' included. */
export function layoutWidth(columns: number): number {
  return LEFT + NODE_SIZE + RIGHT + (columns - 1) * COLUMN_GAP;
}

/** A node's square: layer l (0 = the features), index j, top-left corner and side. */
export interface NodeBox {
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** The connection W(l)[i][j] from node i of layer l−1 to node j of layer l, as an SVG path. */
export interface LinkPath {
  readonly layer: number;
  readonly from: number;
  readonly to: number;
  readonly d: string;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  /** nodes[l][j] */
  readonly nodes: readonly (readonly NodeBox[])[];
  readonly links: readonly LinkPath[];
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** The layout of a network with n(0), …, n(L) nodes per layer. */
export function layoutNetwork(sizes: readonly number[]): NetworkLayout {
  if (sizes.length < 2 || sizes.some((n) => !(Number.isInteger(n) && n >= 1))) {
    throw new RangeError(
      `layoutNetwork: need two or more whole layer sizes, got [${sizes.join(', ')}]`,
    );
  }
  const tallest = Math.max(...sizes);
  const height = 2 * MARGIN + (tallest - 1) * NODE_PITCH + NODE_SIZE;
  const columnX = (l: number): number => LEFT + COLUMN_GAP * l;
  const nodes = sizes.map((n, l) => {
    const top = (height - ((n - 1) * NODE_PITCH + NODE_SIZE)) / 2;
    return Array.from({ length: n }, (_, j) => ({
      layer: l,
      index: j,
      x: round(columnX(l)),
      y: round(top + j * NODE_PITCH),
      size: NODE_SIZE,
    }));
  });
  const links: LinkPath[] = [];
  for (let l = 1; l < sizes.length; l++) {
    for (const a of nodes[l - 1]!) {
      for (const b of nodes[l]!) {
        const x1 = a.x + a.size;
        const y1 = a.y + a.size / 2;
        const x2 = b.x;
        const y2 = b.y + b.size / 2;
        const mid = round((x1 + x2) / 2);
        links.push({
          layer: l,
          from: a.index,
          to: b.index,
          d: `M${x1},${y1}C${mid},${y1} ${mid},${y2} ${x2},${y2}`,
        });
      }
    }
  }
  return { width: layoutWidth(sizes.length), height, nodes, links };
}

/** A box as percentages of the drawing, for placing an element over it: left, top, width, height. */
export function percentBox(
  box: NodeBox,
  layout: NetworkLayout,
): readonly [number, number, number, number] {
  const pct = (v: number, of: number): number => Math.round((v / of) * 10000) / 100;
  return [
    pct(box.x, layout.width),
    pct(box.y, layout.height),
    pct(box.size, layout.width),
    pct(box.size, layout.height),
  ];
}

/** Stroke width of a connection of weight w: 1 at 0, growing with |w| up to 8 at |w| ≥ 4. */
export function linkWidth(w: number): number {
  if (!Number.isFinite(w)) return 8;
  return round(1 + (7 * Math.min(Math.abs(w), 4)) / 4);
}

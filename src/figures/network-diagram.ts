/**
 * The geometry of a dense network diagram of any shape (up to about 8 layers of 8 nodes): where
 * each node and connection goes in a fixed viewBox. Pure, so the build-time SVG and the live
 * redraw of a widget come from the same numbers, and a later step-through can reuse it.
 */
import { denseEdges, layoutNetwork, rimToRim } from './network-layout.ts';

/** Node j of layer l, centred at (x, y). */
export interface DiagramNode {
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/** The connection carrying W(l)ᵢⱼ, from node i of layer l − 1 to node j of layer l, rim to rim. */
export interface DiagramEdge {
  readonly layer: number;
  readonly from: number;
  readonly to: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface NetworkDiagram {
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  /** nodes[l][j] */
  readonly nodes: readonly (readonly DiagramNode[])[];
  readonly edges: readonly DiagramEdge[];
  /** Where each layer's caption goes (below its column). */
  readonly labels: readonly { readonly layer: number; readonly x: number; readonly y: number }[];
}

const WIDTH = 440;
const HEIGHT = 330;
const MARGIN_X = 36;
const TOP = 22;
/** Room under the columns for two lines of caption. */
const CAPTION = 58;

/**
 * The diagram of a network with n(0), …, n(L) nodes per layer. The viewBox stays the same whatever
 * the shape, so adding a node never moves the page; the spacing and the radius shrink to fit.
 * A narrower `width` suits a network of two or three layers drawn beside something else.
 */
export function networkDiagram(
  sizes: readonly number[],
  { width = WIDTH }: { readonly width?: number } = {},
): NetworkDiagram {
  const columns = sizes.length;
  const spacing = columns > 1 ? (width - 2 * MARGIN_X) / (columns - 1) : 0;
  const xs = sizes.map((_, l) => (columns > 1 ? MARGIN_X + l * spacing : width / 2));
  const tallest = Math.max(1, ...sizes);
  const usable = HEIGHT - TOP - CAPTION;
  const gap = tallest > 1 ? Math.min(56, usable / (tallest - 1)) : 0;
  const radius = Math.min(15, gap > 0 ? gap * 0.36 : 15, spacing > 0 ? spacing * 0.2 : 15);
  const centerY = TOP + usable / 2;
  const layers = layoutNetwork(sizes, { xs, centerY, gap });
  const nodes = layers.map((layer) =>
    layer.map(({ layer: l, index, x, y }) => ({ layer: l, index, x, y })),
  );
  const edges = denseEdges(layers).map(([from, to]) => ({
    layer: to.layer,
    from: from.index,
    to: to.index,
    ...rimToRim(from, to, radius),
  }));
  const labels = xs.map((x, layer) => ({ layer, x, y: HEIGHT - CAPTION + 34 }));
  return { width, height: HEIGHT, radius, nodes, edges, labels };
}

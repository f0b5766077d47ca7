/**
 * Paints the playground's maps onto their canvases: the output over the plane (100 × 100 cells)
 * and each node's small map. The numbers come from lib/playground/grid.ts and the colours from
 * colours.ts; this file holds the canvases' ImageData buffers and puts them on screen.
 *
 * While training, a large network's map does not fit in one frame beside its epochs (six layers
 * of 8 take about 9 ms for the 10 000 cells), so a pass is spread over frames: it copies the
 * weights when it starts, computes as many cells a frame as a budget allows, and paints every map
 * at once when the last cell is done. The maps are never torn between two networks; they lag
 * training by the frames a pass takes (one for a small network, a few for the largest).
 */
import type { ActivationName } from '../../../lib/activations/types.ts';
import type { Network } from '../../../lib/network/types.ts';
import {
  evaluateGrid,
  forwardGridCells,
  prepareGrid,
  type GridValues,
} from '../../../lib/playground/grid.ts';
import { DOMAIN } from '../../../lib/playground/points.ts';
import {
  DARK_HEAT,
  LIGHT_HEAT,
  nodeRescale,
  paintOutput,
  paintValues,
  type HeatPalette,
} from './colours.ts';
import { HEAT_RESOLUTION, NODE_RESOLUTION, type Session } from './session.ts';

interface Target {
  readonly context: CanvasRenderingContext2D;
  readonly image: ImageData;
}

function targetOf(canvas: HTMLCanvasElement): Target | null {
  const context = canvas.getContext('2d');
  if (context === null) return null;
  return { context, image: context.createImageData(canvas.width, canvas.height) };
}

/** The palette of the page's current theme (Starlight sets data-theme on the root). */
export function currentPalette(): HeatPalette {
  return document.documentElement.dataset['theme'] === 'dark' ? DARK_HEAT : LIGHT_HEAT;
}

/** Softmax nodes are probabilities: drawn as a sigmoid's are, 0 at one end and 1 at the other. */
const mapActivation = (name: ActivationName): ActivationName =>
  name === 'softmax' ? 'sigmoid' : name;

/** A network of the same shape whose parameters are copies (the pass's frozen network). */
function shadowOf(net: Network): Network {
  return {
    loss: net.loss,
    layers: net.layers.map((layer) => ({
      ...layer,
      weights: layer.weights.slice(),
      biases: layer.biases.slice(),
    })),
  };
}

const HEAT_CELLS = HEAT_RESOLUTION * HEAT_RESOLUTION;
const SPEC = { resolution: HEAT_RESOLUTION, domain: DOMAIN };
const NODE_SPEC = { resolution: NODE_RESOLUTION, domain: DOMAIN };

export class MapPainter {
  private heat: Target | null = null;
  private still: HTMLImageElement | null = null;
  private nodes: { target: Target; layer: number; index: number }[] = [];
  private big: GridValues | undefined;
  private small: GridValues | undefined;
  private shadow: Network | null = null;
  /** The next cell of the pass under way, or null when no pass is under way. */
  private next: number | null = null;
  /** Running estimate of the milliseconds one cell takes (all layers). */
  private msPerCell: number | null = null;

  /** Finds the canvases again (after the network's drawing was replaced); drops any pass. */
  attach(root: HTMLElement): void {
    const heatCanvas = root.querySelector<HTMLCanvasElement>('canvas[data-heat-map]');
    this.heat = heatCanvas ? targetOf(heatCanvas) : null;
    this.still = root.querySelector('img[data-heat-still]');
    this.nodes = [];
    for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-node-map]')) {
      const [layer, index] = (canvas.dataset['nodeMap'] ?? '').split(',').map(Number);
      const target = targetOf(canvas);
      if (target && Number.isInteger(layer) && Number.isInteger(index))
        this.nodes.push({ target, layer: layer!, index: index! });
    }
    this.big = undefined;
    this.small = undefined;
    this.shadow = null;
    this.next = null;
    this.msPerCell = null;
  }

  /** Evaluates the network as it is now over both grids and repaints every map. */
  paint(session: Session, discretize: boolean): void {
    const { net } = session.trainer;
    this.next = null;
    this.big = evaluateGrid(net, session.features, SPEC, this.big);
    this.small = evaluateGrid(net, session.features, NODE_SPEC, this.small);
    this.show(session, net, discretize);
  }

  /**
   * Moves the pass on by about `budgetMs` of work (starting one from the network as it is now if
   * none is under way), and repaints every map when the pass completes; true when it did.
   */
  step(session: Session, discretize: boolean, budgetMs: number): boolean {
    const { net } = session.trainer;
    if (this.next === null) {
      if (this.shadow === null || this.shadow.layers.length !== net.layers.length)
        this.shadow = shadowOf(net);
      net.layers.forEach((layer, l) => {
        this.shadow!.layers[l]!.weights.set(layer.weights);
        this.shadow!.layers[l]!.biases.set(layer.biases);
      });
      this.big = prepareGrid(this.shadow, session.features, SPEC, this.big);
      this.next = 0;
    }
    const shadow = this.shadow!;
    // Before any measurement a small slice: the first one may run before the JIT has warmed up.
    const cells =
      this.msPerCell === null ? 1000 : Math.max(500, Math.floor(budgetMs / this.msPerCell));
    const from = this.next;
    const to = Math.min(HEAT_CELLS, from + cells);
    const t0 = performance.now();
    forwardGridCells(shadow, this.big!, from, to);
    const measured = Math.max(performance.now() - t0, 0.05) / (to - from);
    this.msPerCell =
      this.msPerCell === null ? measured : this.msPerCell + 0.3 * (measured - this.msPerCell);
    if (to < HEAT_CELLS) {
      this.next = to;
      return false;
    }
    this.next = null;
    this.small = evaluateGrid(shadow, session.features, NODE_SPEC, this.small);
    this.show(session, shadow, discretize);
    return true;
  }

  private show(session: Session, net: Network, discretize: boolean): void {
    const palette = currentPalette();
    const L = net.layers.length;
    if (this.heat && this.big) {
      const out = this.heat.image.data;
      const values = this.big.layers[L]!;
      const { output, classes } = session.trainer.setup;
      paintOutput(out, values, output, classes, palette, discretize);
      this.heat.context.putImageData(this.heat.image, 0, 0);
      // The server's picture of the untrained map lies under the canvas until the first paint.
      this.still?.remove();
      this.still = null;
    }
    if (!this.small) return;
    const cells = NODE_RESOLUTION * NODE_RESOLUTION;
    for (const { target, layer, index } of this.nodes) {
      const values = this.small.layers[layer];
      const n = session.sizes[layer];
      if (values === undefined || n === undefined || index >= n) continue;
      const activation =
        layer === 0 ? 'linear' : mapActivation(net.layers[layer - 1]!.activation.name);
      const placement = { offset: index, stride: n };
      const { scale, shift } = nodeRescale(activation, values, { ...placement, count: cells });
      paintValues(target.image.data, values, palette, false, { ...placement, scale, shift });
      target.context.putImageData(target.image, 0, 0);
    }
  }
}

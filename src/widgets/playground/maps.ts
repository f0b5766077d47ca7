/**
 * Paints the playground's maps onto their canvases: the output over the plane (100 × 100 cells)
 * and each node's small map. The numbers come from lib/playground/grid.ts and the colours from
 * colours.ts; this file only holds the canvases' ImageData buffers and puts them on screen. Every
 * buffer is made once per shape, so a frame allocates nothing.
 */
import type { ActivationName } from '../../../lib/activations/types.ts';
import { evaluateGrid, type GridValues } from '../../../lib/playground/grid.ts';
import { DOMAIN } from '../../../lib/playground/points.ts';
import {
  DARK_HEAT,
  LIGHT_HEAT,
  nodeRescale,
  paintClasses,
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

export class MapPainter {
  private heat: Target | null = null;
  private nodes: { target: Target; layer: number; index: number }[] = [];
  private big: GridValues | undefined;
  private small: GridValues | undefined;

  /** Finds the canvases again (after the network's drawing was replaced). */
  attach(root: HTMLElement): void {
    const heatCanvas = root.querySelector<HTMLCanvasElement>('canvas[data-heat-map]');
    this.heat = heatCanvas ? targetOf(heatCanvas) : null;
    this.nodes = [];
    for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-node-map]')) {
      const [layer, index] = (canvas.dataset['nodeMap'] ?? '').split(',').map(Number);
      const target = targetOf(canvas);
      if (target && Number.isInteger(layer) && Number.isInteger(index))
        this.nodes.push({ target, layer: layer!, index: index! });
    }
    this.big = undefined;
    this.small = undefined;
  }

  /** Evaluates the network over both grids and repaints every map. */
  paint(session: Session, discretize: boolean): void {
    const { net } = session.trainer;
    const palette = currentPalette();
    this.big = evaluateGrid(
      net,
      session.features,
      { resolution: HEAT_RESOLUTION, domain: DOMAIN },
      this.big,
    );
    this.small = evaluateGrid(
      net,
      session.features,
      { resolution: NODE_RESOLUTION, domain: DOMAIN },
      this.small,
    );
    const L = net.layers.length;
    if (this.heat) {
      const out = this.heat.image.data;
      const values = this.big.layers[L]!;
      const { output, classes } = session.trainer.setup;
      if (output === 'softmax-ce') paintClasses(out, values, classes, palette, discretize);
      else if (output === 'sigmoid-ce')
        paintValues(out, values, palette, discretize, { scale: 2, shift: -1 });
      else paintValues(out, values, palette, discretize);
      this.heat.context.putImageData(this.heat.image, 0, 0);
    }
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

/**
 * The heat maps' colours, written as RGBA bytes into a Uint8ClampedArray (an ImageData's buffer),
 * one pixel per grid cell in the grid's order (row 0 at the top). Pure: no DOM, no canvas.
 *
 * Two-class and regression maps use TensorFlow Playground's scale: values in [−1, 1] cut into 31
 * equal bins (its quantize scale over 30 shades + 1), each bin's colour interpolated in RGB from
 * orange #f59322 at −1 through #e8eaeb at 0 to blue #0877bd at +1, drawn with alpha 160. Values
 * outside [−1, 1] take the end colours; NaN takes the middle, so nothing undefined is ever drawn.
 */
import type { ActivationName } from '../../../lib/activations/types.ts';
import { classOf } from '../../../lib/playground/grid.ts';
import type { OutputMode } from '../../../lib/playground/trainer-setup.ts';

/** A colour as red, green and blue bytes. */
export type Rgb = readonly [number, number, number];

/** A diverging scale's three anchors (at −1, 0, +1) and the opacity the map is drawn with. */
export interface HeatPalette {
  readonly negative: Rgb;
  readonly middle: Rgb;
  readonly positive: Rgb;
  /** 0…255; the page's background shows through, so points and axes stay readable. */
  readonly alpha: number;
}

/** Shades between the ends, as in Playground: bins 0…NUM_SHADES, so NUM_SHADES + 1 colours. */
export const NUM_SHADES = 30;

/** #rrggbb as bytes. */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Playground's own scale, for the light page. */
export const LIGHT_HEAT: HeatPalette = {
  negative: hexToRgb('#f59322'),
  middle: hexToRgb('#e8eaeb'),
  positive: hexToRgb('#0877bd'),
  alpha: 160,
};

/**
 * The dark page's scale: the middle is a dark grey near the page so an undecided region reads as
 * "nothing", and the blue is lightened (#3d9be0) because Playground's #0877bd is too dark to stand
 * out from it; orange already does. White-ringed points stay readable on all three.
 */
export const DARK_HEAT: HeatPalette = {
  negative: hexToRgb('#f59322'),
  middle: hexToRgb('#2a2e35'),
  positive: hexToRgb('#3d9be0'),
  alpha: 160,
};

/** The bin of value v on [−1, 1]: 0 … NUM_SHADES, as Playground's quantize scale picks it. */
export function shadeIndex(v: number): number {
  if (Number.isNaN(v)) return NUM_SHADES / 2;
  const bins = NUM_SHADES + 1;
  return Math.max(0, Math.min(NUM_SHADES, Math.floor(((v + 1) * bins) / 2)));
}

/** The colour of bin k: RGB interpolation between the anchors, rounded as d3 rounds it. */
export function shadeColour(palette: HeatPalette, k: number): Rgb {
  const t = k / NUM_SHADES;
  const [from, to, u] =
    t < 0.5
      ? [palette.negative, palette.middle, t / 0.5]
      : [palette.middle, palette.positive, (t - 0.5) / 0.5];
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * u)) as unknown as Rgb;
}

/** The colour table of a palette, NUM_SHADES + 1 RGB triples, made once per palette. */
const tables = new WeakMap<HeatPalette, Uint8Array>();
function tableOf(palette: HeatPalette): Uint8Array {
  let table = tables.get(palette);
  if (!table) {
    table = new Uint8Array(3 * (NUM_SHADES + 1));
    for (let k = 0; k <= NUM_SHADES; k++) table.set(shadeColour(palette, k), 3 * k);
    tables.set(palette, table);
  }
  return table;
}

/** Where a map's numbers are in a grid array, and what to do with them before colouring. */
export interface ValueLayout {
  /** The index of cell 0's value; cell k's is offset + k·stride. Default 0. */
  readonly offset?: number;
  /** Default 1; n(l) to read node j of layer l out of GridValues.layers[l] (offset j). */
  readonly stride?: number;
  /** v = scale·z + shift is what gets coloured (see nodeRescale); default 1 and 0. */
  readonly scale?: number;
  readonly shift?: number;
}

/**
 * RGBA of every cell for values on [−1, 1] (two-class output, regression, a node's map): pixel k
 * from value k of `values` as `layout` says. With `discretize`, only the sign counts, v ≥ 0 being
 * +1 and v < 0 being −1, as in Playground.
 */
export function paintValues(
  out: Uint8ClampedArray,
  values: ArrayLike<number>,
  palette: HeatPalette,
  discretize = false,
  layout: ValueLayout = {},
): void {
  const { offset = 0, stride = 1, scale = 1, shift = 0 } = layout;
  const table = tableOf(palette);
  const cells = out.length / 4;
  for (let k = 0; k < cells; k++) {
    let v = scale * values[offset + k * stride]! + shift;
    if (discretize) v = v >= 0 ? 1 : -1;
    const s = 3 * shadeIndex(v);
    out[4 * k] = table[s]!;
    out[4 * k + 1] = table[s + 1]!;
    out[4 * k + 2] = table[s + 2]!;
    out[4 * k + 3] = palette.alpha;
  }
}

/**
 * The scale and shift that bring a hidden node's values onto [−1, 1] for its small map: tanh as
 * it is; sigmoid by 2z − 1 (so σ = ½ is the middle); relu, leaky relu and linear divided by their
 * largest |z| over the map, so 0 stays the middle ("off" for relu) and the strongest cell takes the
 * full colour. An all-zero map stays at the middle.
 */
export function nodeRescale(
  activation: ActivationName,
  values: ArrayLike<number>,
  layout: { readonly offset?: number; readonly stride?: number; readonly count: number },
): { scale: number; shift: number } {
  if (activation === 'tanh' || activation === 'softmax') return { scale: 1, shift: 0 };
  if (activation === 'sigmoid') return { scale: 2, shift: -1 };
  const { offset = 0, stride = 1, count } = layout;
  let largest = 0;
  for (let k = 0; k < count; k++) {
    const v = Math.abs(values[offset + k * stride]!);
    if (v > largest) largest = v;
  }
  return { scale: largest > 0 && Number.isFinite(largest) ? 1 / largest : 1, shift: 0 };
}

/**
 * One colour per class, from Okabe and Ito's colour-blind-safe set: orange and blue first, as
 * Playground's two classes, then bluish green, reddish purple and vermillion. Points, legend and
 * maps all read this one list.
 */
export const CLASS_COLOURS: readonly string[] = [
  '#e69f00',
  '#0072b2',
  '#009e73',
  '#cc79a7',
  '#d55e00',
];
const CLASS_RGB: readonly Rgb[] = CLASS_COLOURS.map(hexToRgb);

/**
 * RGBA of every cell of a multi-class map: `probabilities` holds C values per cell (the softmax
 * output, GridValues.layers[L]); the cell takes its most probable class's colour, faded towards
 * the palette's middle (the map's background) by 1 − p, where p is that class's probability.
 * With `discretize` the class colour is drawn unfaded.
 */
export function paintClasses(
  out: Uint8ClampedArray,
  probabilities: ArrayLike<number>,
  classes: number,
  palette: HeatPalette,
  discretize = false,
): void {
  const background = palette.middle;
  const cells = out.length / 4;
  for (let k = 0; k < cells; k++) {
    const best = classOf(probabilities, k * classes, classes);
    const colour = CLASS_RGB[best % CLASS_RGB.length]!;
    const raw = probabilities[k * classes + best]!;
    const p = discretize ? 1 : Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    for (let i = 0; i < 3; i++) {
      out[4 * k + i] = Math.round(background[i]! + (colour[i]! - background[i]!) * p);
    }
    out[4 * k + 3] = palette.alpha;
  }
}

/**
 * RGBA of the output map for the network's output layer: one colour per class for softmax, the
 * diverging scale for tanh (on [−1, 1]), sigmoid (2z − 1) and regression.
 */
export function paintOutput(
  out: Uint8ClampedArray,
  values: ArrayLike<number>,
  output: OutputMode,
  classes: number,
  palette: HeatPalette,
  discretize = false,
): void {
  if (output === 'softmax-ce') paintClasses(out, values, classes, palette, discretize);
  else if (output === 'sigmoid-ce')
    paintValues(out, values, palette, discretize, { scale: 2, shift: -1 });
  else paintValues(out, values, palette, discretize);
}

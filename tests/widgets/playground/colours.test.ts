import { describe, expect, it } from 'vitest';
import {
  CLASS_COLOURS,
  DARK_HEAT,
  hexToRgb,
  LIGHT_HEAT,
  NUM_SHADES,
  nodeRescale,
  paintClasses,
  paintOutput,
  paintValues,
  shadeColour,
  shadeIndex,
} from '../../../src/widgets/playground/colours.ts';

const ORANGE = [245, 147, 34, 160];
const WHITE = [232, 234, 235, 160];
const BLUE = [8, 119, 189, 160];

function paint(values: number[], discretize = false, palette = LIGHT_HEAT): number[][] {
  const out = new Uint8ClampedArray(4 * values.length);
  paintValues(out, values, palette, discretize);
  return Array.from({ length: values.length }, (_, k) =>
    Array.from(out.subarray(4 * k, 4 * k + 4)),
  );
}

describe('shadeIndex', () => {
  it("cuts [−1, 1] into Playground's 31 equal bins", () => {
    expect([-1, -0.99, 0, 0.5, 0.999, 1].map(shadeIndex)).toEqual([0, 0, 15, 23, 30, NUM_SHADES]);
  });

  it('clamps values beyond ±1 and puts NaN in the middle', () => {
    expect([-7, -Infinity, 7, Infinity, NaN].map(shadeIndex)).toEqual([0, 0, 30, 30, 15]);
  });
});

describe('paintValues', () => {
  it("writes Playground's orange, near-white and blue at −1, 0 and +1, with alpha 160", () => {
    expect(paint([-1, 0, 1])).toEqual([ORANGE, WHITE, BLUE]);
  });

  it('interpolates in RGB between the anchors: 0.5 is bin 23, −0.5 is bin 7', () => {
    // Bin 23: u = (23/30 − ½)/½ = 8/15 of the way from #e8eaeb to #0877bd, rounded.
    // Bin 7: u = 14/30 of the way from #f59322 to #e8eaeb.
    expect(paint([0.5, -0.5])).toEqual([
      [113, 173, 210, 160],
      [239, 188, 128, 160],
    ]);
  });

  it('keeps only the sign when discretized, 0 counting as positive', () => {
    expect(paint([0.001, -0.001, 0, -0.9], true)).toEqual([BLUE, ORANGE, BLUE, ORANGE]);
  });

  it('reads node j of a layer out of a grid array by offset and stride', () => {
    const out = new Uint8ClampedArray(8);
    // Two cells of a 3-node layer; node 1 is −1 then +1.
    paintValues(out, [0, -1, 0, 0, 1, 0], LIGHT_HEAT, false, { offset: 1, stride: 3 });
    expect(Array.from(out)).toEqual([...ORANGE, ...BLUE]);
  });

  it('on the dark page, draws the middle dark and the ends bright', () => {
    const [neg, mid, pos] = paint([-1, 0, 1], false, DARK_HEAT);
    expect(neg).toEqual([245, 147, 34, 160]);
    expect(mid).toEqual([42, 46, 53, 160]);
    expect(pos).toEqual([61, 155, 224, 160]);
  });
});

describe('nodeRescale', () => {
  it('leaves tanh alone and maps sigmoid by 2z − 1', () => {
    expect(nodeRescale('tanh', [0.3], { count: 1 })).toEqual({ scale: 1, shift: 0 });
    const s = nodeRescale('sigmoid', [0.75], { count: 1 });
    expect(s.scale * 0.75 + s.shift).toBe(0.5);
  });

  it('divides relu and linear maps by their largest |z|, reading only the given node', () => {
    // Node 0 of a 2-node layer over three cells: 0, 2, 4 (node 1 holds 100s that must be skipped).
    expect(nodeRescale('relu', [0, 100, 2, 100, 4, 100], { stride: 2, count: 3 })).toEqual({
      scale: 0.25,
      shift: 0,
    });
    expect(nodeRescale('linear', [-8, 2], { count: 2 }).scale).toBe(1 / 8);
    expect(nodeRescale('relu', [0, 0], { count: 2 })).toEqual({ scale: 1, shift: 0 });
  });
});

describe('the class colours', () => {
  it('are five distinct Okabe–Ito colours, orange and blue first', () => {
    expect(CLASS_COLOURS).toEqual(['#e69f00', '#0072b2', '#009e73', '#cc79a7', '#d55e00']);
    expect(new Set(CLASS_COLOURS).size).toBe(5);
  });

  it('read #rrggbb as bytes', () => {
    expect(hexToRgb('#0072b2')).toEqual([0, 114, 178]);
  });
});

describe('paintClasses', () => {
  it("takes the most probable class's colour, faded towards the middle by 1 − p", () => {
    const out = new Uint8ClampedArray(8);
    // Cell 0: class 1 with p = 0.7; cell 1: class 2 with p = 1.
    paintClasses(out, [0.2, 0.7, 0.1, 0, 0, 1], 3, LIGHT_HEAT);
    // 232 + (0 − 232)·0.7 = 69.6, 234 + (114 − 234)·0.7 = 150, 235 + (178 − 235)·0.7 = 195.1.
    expect(Array.from(out)).toEqual([70, 150, 195, 160, 0, 158, 115, 160]);
  });

  it('draws the class colour unfaded when discretized', () => {
    const out = new Uint8ClampedArray(4);
    paintClasses(out, [0.1, 0.2, 0.3, 0.4], 4, LIGHT_HEAT, true);
    expect(Array.from(out)).toEqual([204, 121, 167, 160]);
  });

  it('paints a NaN probability as the background, not as garbage', () => {
    const out = new Uint8ClampedArray(4);
    paintClasses(out, [NaN, NaN], 2, DARK_HEAT);
    expect(Array.from(out)).toEqual([42, 46, 53, 160]);
  });
});

describe('paintOutput', () => {
  it('paints a softmax output by its classes, faded by their probability', () => {
    const out = new Uint8ClampedArray(4);
    paintOutput(out, [0.2, 0.7, 0.1], 'softmax-ce', 3, LIGHT_HEAT);
    expect(Array.from(out)).toEqual([70, 150, 195, 160]);
    paintOutput(out, [0.2, 0.7, 0.1], 'softmax-ce', 3, LIGHT_HEAT, true);
    expect(Array.from(out)).toEqual([0, 114, 178, 160]);
  });

  it('maps a sigmoid output by 2z − 1: 0 orange, 0.5 the middle, 1 blue', () => {
    const out = new Uint8ClampedArray(12);
    paintOutput(out, [0, 0.5, 1], 'sigmoid-ce', 2, LIGHT_HEAT);
    expect(Array.from(out)).toEqual([...ORANGE, ...WHITE, ...BLUE]);
    paintOutput(out, [0.4, 0.5, 0.6], 'sigmoid-ce', 2, LIGHT_HEAT, true);
    expect(Array.from(out)).toEqual([...ORANGE, ...BLUE, ...BLUE]);
  });

  it('paints a tanh or linear output as it is, and discretized by its sign', () => {
    const out = new Uint8ClampedArray(12);
    paintOutput(out, [-1, 0, 1], 'tanh-mse', 2, LIGHT_HEAT);
    expect(Array.from(out)).toEqual([...ORANGE, ...WHITE, ...BLUE]);
    paintOutput(out, [-0.2, 0, 0.3], 'linear-mse', 2, LIGHT_HEAT, true);
    expect(Array.from(out)).toEqual([...ORANGE, ...BLUE, ...BLUE]);
  });
});

describe('shadeColour', () => {
  it('interpolates bin 7 of 30 between orange and the middle, 14/30 of the way', () => {
    // 245 − 13·14/30 = 238.9, 147 + 87·14/30 = 187.6, 34 + 201·14/30 = 127.8.
    expect(shadeColour(LIGHT_HEAT, 7)).toEqual([239, 188, 128]);
    expect(shadeColour(LIGHT_HEAT, 15)).toEqual([232, 234, 235]);
  });

  it('gives a new palette its own colours, unpainted by defaults', () => {
    const palette = { ...LIGHT_HEAT, negative: [0, 0, 0] as const, alpha: 99 };
    const out = new Uint8ClampedArray(8);
    paintValues(out, [-0.5, 0.5], palette);
    // Bin 7: 0 + 232·14/30 = 108.3, 234·14/30 = 109.2, 235·14/30 = 109.7.
    expect(Array.from(out.subarray(0, 4))).toEqual([108, 109, 110, 99]);
    expect(Array.from(out.subarray(4, 8))).toEqual([...shadeColour(palette, 23), 99]);
  });
});

describe('nodeRescale for other activations', () => {
  it('leaves softmax alone', () => {
    expect(nodeRescale('softmax', [0.5], { count: 1 })).toEqual({ scale: 1, shift: 0 });
  });
  it('reads only count values', () => {
    expect(nodeRescale('relu', [1, 4], { count: 1 })).toEqual({ scale: 1, shift: 0 });
    expect(nodeRescale('relu', [-2, 4], { count: 1 })).toEqual({ scale: 0.5, shift: 0 });
  });
});

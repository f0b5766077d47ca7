import { describe, expect, it } from 'vitest';
import { predict } from '../../../lib/network/api.ts';
import { createNetwork } from '../../../lib/network/create.ts';
import { createRng } from '../../../lib/random.ts';
import { sample } from '../../../src/charts/sample.ts';
import { formatNumber } from '../../../src/lib-site/format.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import {
  collapse,
  collapsed,
  labelRoom,
  rangeOf,
  SPREAD,
  stack,
} from '../../../src/widgets/collapse/model.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the collapse widget’s seeded weights', () => {
  it('fills each layer’s weights, then its biases, from ±1.5 with the draws after createNetwork’s', () => {
    const s = { ...defaults(collapse.params), layers: 3, phi: 'tanh', seed: 5 };
    const rng = createRng(5);
    createNetwork({
      sizes: [1, 4, 4, 1],
      activations: { hidden: 'tanh', output: 'linear' },
      loss: 'mse',
      rng,
    });
    const net = stack(s);
    expect(SPREAD).toBe(1.5);
    for (const layer of net.layers) {
      const weights = Array.from({ length: layer.nIn * layer.nOut }, () => rng.uniform(-1.5, 1.5));
      const biases = Array.from({ length: layer.nOut }, () => rng.uniform(-1.5, 1.5));
      expect(Array.from(layer.weights)).toEqual(weights);
      expect(Array.from(layer.biases)).toEqual(biases);
    }
    const all = net.layers.flatMap((l) => [...l.weights, ...l.biases]);
    expect(all.some((v) => v < 0)).toBe(true);
    expect(all.every((v) => Math.abs(v) <= 1.5)).toBe(true);
  });
});

describe('the collapse widget’s chart', () => {
  it('draws the collapsed line dashed in warm and the network in accent, each with its label', () => {
    const s = defaults(collapse.params);
    const d = collapse.derive(s);
    const net = stack(s);
    const [line, network] = d.chart.curves;
    expect(line).toMatchObject({
      tone: 'warm',
      dashed: true,
      label: '(W′)ᵀx + b′',
      labelAt: -3,
      labelDy: -10,
    });
    expectClose(line!.points as [number, number][], [
      [-3, -3 * d.wPrime + d.bPrime],
      [0, d.bPrime],
      [3, 3 * d.wPrime + d.bPrime],
    ]);
    expect(network).toMatchObject({ tone: 'accent', label: 'network', labelAt: 3, labelDy: 16 });
    expect(network!.points).toEqual(sample((x) => predict(net, [x])[0]!, [-3, 3], 120));
    expect(d.chart.points).toEqual([{ x: 1, y: predict(net, [1])[0]!, tone: 'accent' }]);
  });

  it('writes the network’s label under a falling end, else over it, with room before the frame either way', () => {
    const view = (s: typeof state) => {
      const d = collapse.derive(s);
      const points = d.chart.curves[1]!.points;
      const [lo, hi] = d.axes.y.domain;
      return { dy: d.chart.curves[1]!.labelDy, room: (points.at(-1)![1] - lo) / (hi - lo) };
    };
    const state = defaults(collapse.params);
    // The default line falls to 0.65 at x = 3, just above 0: the chart reaches down to −1 for it.
    expect(collapse.derive(state).axes.y.domain).toEqual([-1, 7]);
    expect(view(state).dy).toBe(16);
    expect(view(state).room).toBeGreaterThan(0.1);
    // Seed 2's line rises to the top edge: the label goes over its end, and the chart grows upwards.
    const rising = { ...state, seed: 2 };
    expect(view(rising).dy).toBe(-10);
    expect(1 - view(rising).room).toBeGreaterThan(0.07);
  });

  it('labels the axes, ticks x at every whole number and fits y to whole numbers around both curves', () => {
    const s = defaults(collapse.params);
    const d = collapse.derive(s);
    // The line's ends: 6.289 at x = −3 and 0.657 at x = 3, so y runs from 0 to 7, and one more
    // below, for the label under the line's falling end.
    expectClose([3 * d.wPrime + d.bPrime, -3 * d.wPrime + d.bPrime], [0.656507, 6.288971], 1e-6);
    expect(d.axes).toEqual({
      x: { domain: [-3, 3], label: 'input x', ticks: [-3, -2, -1, 0, 1, 2, 3] },
      y: { domain: [-1, 7], label: 'output a(L)' },
    });
  });

  it('leaves at least a quarter of room at each end before rounding out to whole numbers', () => {
    const s = { ...defaults(collapse.params), seed: 17 };
    const d = collapse.derive(s);
    // The line runs from 0.098 up to 7.070: a quarter below 0.098 is under 0, above 7.070 past 7.
    expectClose([-3 * d.wPrime + d.bPrime, 3 * d.wPrime + d.bPrime], [0.098146, 7.069996], 1e-6);
    expect(d.axes.y.domain).toEqual([-1, 8]);
  });
});

describe('the collapse widget’s readouts and words', () => {
  it('reads out w′, b′, the network and the line at x, and the gap between them', () => {
    const s = { ...defaults(collapse.params), phi: 'relu', x: -1.5 };
    const d = collapse.derive(s);
    const net = stack(s);
    const { W, b } = collapsed(net);
    expect(collapse.readouts(d, s)).toEqual({
      wPrime: W[0]![0],
      bPrime: b[0],
      output: predict(net, [-1.5])[0],
      line: W[0]![0]! * -1.5 + b[0]!,
      gap: d.gap,
    });
    expect(d.gap).toBeGreaterThan(0.05);
  });

  it('says how many layers, which φ, what shape and the output at x, in one sentence', () => {
    const s = defaults(collapse.params);
    expect(collapse.summary(collapse.derive(s), s)).toBe(
      '3 layers with linear hidden layers: the output is a straight line, the collapsed map; at x = 1 it is 2.534.',
    );
  });

  it('writes one layer in the singular', () => {
    const s = { ...defaults(collapse.params), layers: 1, phi: 'tanh' };
    const d = collapse.derive(s);
    expect(collapse.summary(d, s)).toBe(
      `1 layer with tanh hidden layers: the output is a straight line, the collapsed map; at x = 1 it is ${formatNumber(predict(stack(s), [1])[0]!)}.`,
    );
  });
});

describe('the collapse chart’s room for the network’s label', () => {
  // Five points, so the one before the end is not also the third. On [0, 16] a label under the end needs 2 units above the bottom, one over it 1 below the top.
  const curve = (...ys: number[]) => ys.map((y, x) => [x, y] as const);
  it('adds whole units below a falling end that sits too near the bottom', () => {
    expect(labelRoom(curve(9, 8, 5, 4, 1.5), [0, 16])).toEqual({
      yDomain: [-2, 16],
      falling: true,
    });
    expect(labelRoom(curve(9, 8, 5, 4, 2), [0, 16])).toEqual({ yDomain: [0, 16], falling: true });
    // Measured from the bottom, not from zero.
    expect(labelRoom(curve(9, 8, 5, 4, 3.5), [2, 18])).toEqual({ yDomain: [0, 18], falling: true });
    expect(labelRoom(curve(9, 8, 6, 5, 4.5), [2, 18])).toEqual({ yDomain: [2, 18], falling: true });
  });
  it('adds whole units above a rising or flat end that sits too near the top', () => {
    expect(labelRoom(curve(1, 2, 3, 14, 15.5), [0, 16])).toEqual({
      yDomain: [0, 17],
      falling: false,
    });
    expect(labelRoom(curve(1, 2, 3, 14, 15), [0, 16])).toEqual({
      yDomain: [0, 16],
      falling: false,
    });
    expect(labelRoom(curve(1, 2, 16, 15.5, 15.5), [0, 16])).toEqual({
      yDomain: [0, 17],
      falling: false,
    });
  });
  it('leaves the range alone when the end has room, whichever way it goes', () => {
    expect(labelRoom(curve(1, 2, 9, 8, 7), [0, 16])).toEqual({ yDomain: [0, 16], falling: true });
    expect(labelRoom(curve(9, 8, 1, 1.5, 8), [0, 16])).toEqual({
      yDomain: [0, 16],
      falling: false,
    });
  });
  it('fits both curves with a quarter of a unit to spare before rounding out', () => {
    expect(rangeOf([0.8, 6.8])).toEqual([0, 8]);
    expect(rangeOf([0.2, 6.7])).toEqual([-1, 7]);
  });
});

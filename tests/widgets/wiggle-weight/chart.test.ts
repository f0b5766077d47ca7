import { describe, expect, it } from 'vitest';
import type { functionChart } from '../../../src/charts/function-chart.ts';
import { serverDocument } from '../../../src/charts/server-document.ts';
import {
  wiggleChart,
  wiggleChartOptions,
  wiggleChartText,
} from '../../../src/widgets/wiggle-weight/chart.ts';
import { wiggleHidden, wiggleOutput } from '../../../src/widgets/wiggle-weight/model.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the wiggle chart’s range, curves and words', () => {
  it('pads the y range by 0.01 when the curve is nearly flat, never below 0', () => {
    const d = wiggleHidden.derive({ weight: '1-0-0', value: 0.5 });
    const ys = d.chart.curves[0]!.points.map((p) => p[1]);
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    // The curve spans 0.164 to 0.217: 15 % of that is under 0.01, so 0.01 it is.
    expect((hi - lo) * 0.15).toBeLessThan(0.01);
    expectClose(d.yDomain, [lo - 0.01, hi + 0.01]);
    expectClose(d.yDomain, [0.1543678131084118, 0.2271971651559154]);
  });

  it('pads the y range by 15 % of the curve’s span when that is more than 0.01', () => {
    const d = wiggleOutput.derive({ weight: '2-3-1', value: 0.5 });
    const ys = d.chart.curves[0]!.points.map((p) => p[1]);
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    const pad = (hi - lo) * 0.15;
    expect(pad).toBeGreaterThan(0.01);
    expectClose(d.yDomain, [lo - pad, hi + pad]);
    expectClose(d.yDomain, [0.11064586083101641, 0.7042156305694097]);
  });

  it('draws the loss curve from −5 to 5 in 100 pieces and a dashed tangent 2 either side', () => {
    const d = wiggleOutput.derive({ weight: '2-3-1', value: 0.5 });
    const [curve, tangent] = d.chart.curves;
    const { points, ...style } = curve!;
    expect(style).toEqual({ tone: 'accent', label: 'L', labelAt: -4.7 });
    expect(points.length).toBe(101);
    expect(points[0]![0]).toBe(-5);
    expect(points.at(-1)![0]).toBe(5);
    expect(tangent).toEqual({
      points: [
        [-1.5, d.loss - 2 * d.dLdw],
        [2.5, d.loss + 2 * d.dLdw],
      ],
      tone: 'warm',
      dashed: true,
    });
    expect(d.chart.points).toEqual([{ x: 0.5, y: d.loss, tone: 'warm' }]);
  });

  it('puts the weight on x over the slider’s range and the loss on y over its padded range', () => {
    const d = wiggleOutput.derive({ weight: '2-3-1', value: 0.5 });
    expect(wiggleChartOptions(d)).toEqual({
      x: { domain: [-5, 5], label: 'weight w(2)₃₁', ticks: [-4, -2, 0, 2, 4] },
      y: { domain: d.yDomain, label: 'loss L' },
    });
  });

  it('names the chart after the weight and says its value, loss and slope', () => {
    const d = wiggleOutput.derive({ weight: '2-3-1', value: 0.5 });
    expect(wiggleChartText(d, 0.5)).toEqual({
      title: 'The loss as a function of w(2)₃₁',
      desc:
        'The loss L of the example sample, drawn for w(2)₃₁ from −5 to 5 with every other weight ' +
        'fixed. At w(2)₃₁ = 0.5 the loss is 0.241139, and the dashed tangent there has the ' +
        'backpropagated slope 0.0656975.',
    });
  });

  it('hands the chart’s data, axes, frame and words to the drawing function', () => {
    const d = wiggleOutput.derive({ weight: '2-3-1', value: 0.5 });
    const document = serverDocument();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const calls: unknown[][] = [];
    const draw = ((...args: unknown[]) => {
      calls.push(args);
      return svg;
    }) as unknown as typeof functionChart;
    expect(wiggleChart(draw, d, 0.5, { document, id: 'w' })).toBe(svg);
    expect(calls).toEqual([
      [d.chart, wiggleChartOptions(d), { document, id: 'w', ...wiggleChartText(d, 0.5) }],
    ]);
  });
});

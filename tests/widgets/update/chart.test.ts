import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { update } from '../../../src/widgets/update/model.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the one-step widget’s chart, readouts and summary', () => {
  it('draws the loss after one step over η in [0, 10] at 81 points, labelled at its right end', () => {
    const d = update.derive(defaults(update.params));
    const { points, ...style } = d.chart.curves[0]!;
    expect(style).toEqual({ tone: 'accent', label: 'L after one step', labelAt: 10, labelDy: -10 });
    expect(points.length).toBe(81);
    expect(points[0]).toEqual([0, d.before]);
    expect(points.at(-1)![0]).toBe(10);
    expect(d.chart.points).toEqual([{ x: 1, y: d.after, tone: 'accent' }]);
  });

  it('draws the tangent L − η‖∇L‖² as a dashed straight line from L at η = 0 down to 0', () => {
    const d = update.derive(defaults(update.params));
    const { points, ...style } = d.chart.curves[1]!;
    expect(style).toEqual({
      tone: 'warm',
      dashed: true,
      label: 'L − η‖∇L‖²',
      labelAt: (0.6 * d.before) / d.normSq,
    });
    expect(points.length).toBe(3);
    expect(points[0]).toEqual([0, d.before]);
    expectClose(points[1]!, [d.before / d.normSq / 2, d.before / 2]);
    expectClose(points[2]!, [d.before / d.normSq, 0]);
  });

  it('fits the y axis to the highest loss on the curve, a tenth above it rounded up to 0.1', () => {
    for (const output of ['sigmoid', 'softmax']) {
      const d = update.derive({ output, eta: 1 });
      // The highest loss is before any step, 0.19 and 0.23: 1.2 × them rounded up is 0.3.
      expect(Math.max(...d.chart.curves[0]!.points.map((p) => p[1]))).toBe(d.before);
      expect(d.axes).toEqual({
        x: { domain: [0, 10], label: 'learning rate η' },
        y: { domain: [0, 0.3], label: 'loss L' },
      });
    }
  });

  it('reads out the loss before and after, the promise and ‖∇L‖²', () => {
    const s = { ...defaults(update.params), eta: 2 };
    const d = update.derive(s);
    expect(update.readouts(d, s)).toEqual({
      before: d.before,
      after: d.after,
      predicted: d.predicted,
      normSq: d.normSq,
    });
  });

  it('says whether the step lowers, raises or keeps the loss, with its numbers', () => {
    const s = { ...defaults(update.params), eta: 0.5 };
    const d = update.derive(s);
    expect(update.summary(d, s)).toBe(
      'With η = 0.5 one step lowers the loss from 0.190001 to 0.162355.',
    );
    expect(update.summary({ ...d, after: 0.25 }, { ...s, eta: 12 })).toBe(
      'With η = 12 one step raises the loss from 0.190001 to 0.25.',
    );
    expect(update.summary({ ...d, after: d.before }, s)).toBe(
      'With η = 0.5 one step keeps the loss from 0.190001 to 0.190001.',
    );
  });
});

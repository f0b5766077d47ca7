import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { training } from '../../../src/widgets/training/model.ts';

describe('the training widget’s chart, readouts and summary', () => {
  it('draws the losses as one accent curve and marks the last one, labelled with k', () => {
    const s = { ...defaults(training.params), steps: 3, eta: 1 };
    const d = training.derive(s);
    expect(d.chart.curves.length).toBe(1);
    expect(d.chart.curves[0]!.tone).toBe('accent');
    expect(d.chart.curves[0]!.points.map((p) => p[0])).toEqual([0, 1, 2, 3]);
    expect(d.chart.points).toEqual([
      { x: 3, y: d.losses[3], tone: 'accent', label: 'after 3', dx: -8, dy: -12 },
    ]);
  });

  it('spans the steps on x and fits y to the highest loss, 1.1 × it rounded up to 0.1', () => {
    const s = { ...defaults(training.params), steps: 20 };
    const d = training.derive(s);
    // The highest loss is the first, 0.19 (the last is 0.02): 1.1 × 0.19 rounds up to 0.3.
    expect(Math.max(...d.losses)).toBe(d.losses[0]);
    expect(d.losses[0]!).toBeCloseTo(0.19, 4);
    expect(d.losses.at(-1)!).toBeLessThan(0.03);
    expect(d.axes).toEqual({
      x: { domain: [0, 20], label: 'step' },
      y: { domain: [0, 0.3], label: 'loss L' },
    });
  });

  it('reads out the first and last loss and the two outputs after training', () => {
    const s = { ...defaults(training.params), steps: 3, eta: 1 };
    const d = training.derive(s);
    expect(training.readouts(d, s)).toEqual({
      first: d.losses[0],
      last: d.losses[3],
      z0: d.outputs[0],
      z1: d.outputs[1],
    });
    expect(d.outputs.length).toBe(2);
  });

  it('says how far k steps took the loss, from the first to the last', () => {
    const s = { ...defaults(training.params), steps: 3, eta: 1 };
    expect(training.summary(training.derive(s), s)).toBe(
      'After 3 steps with η = 1 the loss went from 0.190001 to 0.0708604.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { fitClasses, lossWidget, otherBase } from '../../../src/widgets/loss/model.ts';
import {
  CURVES_TITLE,
  PREDICTION_SIZE,
  PREDICTION_TITLE,
} from '../../../src/widgets/loss/titles.ts';

describe('the loss widget’s bounds and words', () => {
  it('swaps the natural log and base 10 for the other base', () => {
    expect(otherBase('e')).toBe('10');
    expect(otherBase('10')).toBe('e');
  });

  it('moves a correct class equal to the number of classes down to the last one', () => {
    const s = { ...defaults(lossWidget.params), classes: 3, correct: '3' };
    expect(fitClasses(s)).toEqual({ ...s, correct: '2' });
    const last = { ...s, correct: '2' };
    expect(fitClasses(last)).toBe(last);
  });

  it('refuses a number of classes below 2, above 5 or not whole, and accepts 2 and 5', () => {
    const start = defaults(lossWidget.params);
    const message = 'The number of classes must be a whole number from 2 to 5.';
    for (const classes of [1, 6, 2.5])
      expect(() => lossWidget.derive({ ...start, classes, correct: '0' }), `${classes}`).toThrow(
        message,
      );
    expect(lossWidget.derive({ ...start, classes: 2, correct: '1' }).y).toEqual([0, 1]);
    expect(lossWidget.derive({ ...start, classes: 5, correct: '4' }).y).toEqual([0, 0, 0, 0, 1]);
  });

  it('refuses a correct class numbered C among C classes', () => {
    const s = { ...defaults(lossWidget.params), classes: 3, correct: '3' };
    expect(() => lossWidget.derive(s)).toThrow('Class 3 does not exist among 3 classes (0 to 2).');
  });

  it('refuses p outside [0.01, 1] and accepts both ends', () => {
    const start = defaults(lossWidget.params);
    for (const p of [0.005, 1.01, Number.NaN])
      expect(() => lossWidget.derive({ ...start, p }), `${p}`).toThrow(
        'p must lie from 0.01 to 1.',
      );
    expect(lossWidget.derive({ ...start, p: 0.01 }).z).toEqual([0.01, 0.99]);
    expect(lossWidget.derive({ ...start, p: 1 }).z).toEqual([1, 0]);
  });

  it('labels and styles its two curves and its axes', () => {
    const d = lossWidget.derive({ ...defaults(lossWidget.params), base: '10' });
    const [ce, se] = d.chart.curves;
    const { points: cePoints, ...ceStyle } = ce!;
    const { points: sePoints, ...seStyle } = se!;
    expect(cePoints.length).toBeGreaterThan(100);
    expect(sePoints.length).toBe(cePoints.length);
    expect(ceStyle).toEqual({
      tone: 'accent',
      label: 'cross-entropy (−log₁₀ p)',
      labelAt: 0.1,
      labelDy: -2,
    });
    expect(seStyle).toEqual({
      tone: 'warm',
      dashed: true,
      label: 'squared error',
      labelAt: 0.55,
      labelDy: -12,
    });
    expect(d.axes).toEqual({
      x: {
        domain: [0.01, 1],
        ticks: [0.2, 0.4, 0.6, 0.8, 1],
        label: 'probability p given to the correct class',
      },
      y: { domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], label: 'loss' },
    });
    expect(lossWidget.derive(defaults(lossWidget.params)).chart.curves[0]!.label).toBe(
      'cross-entropy (−ln p)',
    );
  });

  it('gives each bar its class, its value to three figures and its tone', () => {
    const d = lossWidget.derive({
      ...defaults(lossWidget.params),
      p: 0.4,
      classes: 4,
      correct: '2',
    });
    expect(d.bars.map(({ label, text, tone }) => ({ label, text, tone }))).toEqual([
      { label: '0', text: '0.2', tone: 'soft' },
      { label: '1', text: '0.2', tone: 'soft' },
      { label: '2', text: '0.4', tone: 'accent' },
      { label: '3', text: '0.2', tone: 'soft' },
    ]);
  });

  it('names the classes in its summary only when there are more than two', () => {
    const start = defaults(lossWidget.params);
    const s = { ...start, p: 0.5, classes: 3, correct: '1' };
    expect(lossWidget.summary(lossWidget.derive(s), s)).toBe(
      'At p = 0.5 (3 classes, correct class 1): cross-entropy −ln 0.5 = 0.693147 (−log₁₀ 0.5 = 0.30103); squared error 0.1875.',
    );
    expect(lossWidget.summary(lossWidget.derive(start), start)).toBe(
      'At p = 0.9: cross-entropy −ln 0.9 = 0.105361 (−log₁₀ 0.9 = 0.0457575); squared error 0.01.',
    );
  });

  it('titles its charts and sizes the prediction’s bars', () => {
    expect(CURVES_TITLE).toBe(
      'Cross-entropy and squared error as the correct class’s probability p moves',
    );
    expect(PREDICTION_TITLE).toBe('The prediction, one bar per class');
    expect(PREDICTION_SIZE).toEqual({ width: 280, height: 200 });
  });
});

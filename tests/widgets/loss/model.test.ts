import { describe, expect, it } from 'vitest';
import { crossEntropyValue, crossEntropyWithBase } from '../../../lib/losses/cross-entropy.ts';
import { squaredError } from '../../../lib/losses/mse.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults, readAddress, writeAddress } from '../../../src/widgets/kit/params.ts';
import { fitClasses, lossWidget, targetAndPrediction } from '../../../src/widgets/loss/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(lossWidget.params);

describe('the loss widget', () => {
  it('opens on the post’s good prediction [0.9, 0.1] against [1, 0], with the natural log', () => {
    const d = lossWidget.derive(start);
    expect(d.y).toEqual([1, 0]);
    expectClose(d.z, [0.9, 0.1]);
    expect(d.ce).toBe(crossEntropyValue([0.9, 0.1], [1, 0]));
    expectClose(d.ce, -Math.log(0.9));
    expect(d.mse).toBe(squaredError(d.z, d.y));
    expectClose(d.mse, squaredError([0.9, 0.1], [1, 0]));
    expectClose(d.mse, 0.01);
  });

  it('shows where the post’s 0.046 comes from: −log₁₀ 0.9 = 0.0458, while −ln 0.9 = 0.105', () => {
    const ten = lossWidget.derive({ ...start, base: '10' });
    expect(ten.ce).toBe(crossEntropyWithBase(10).value([0.9, 0.1], [1, 0]));
    expect(Number(ten.ce.toFixed(3))).toBe(0.046);
    expect(Number(ten.ceOther.toFixed(3))).toBe(0.105);
    expectClose(ten.ceOther / ten.ce, Math.LN10);
    expect(lossWidget.summary(ten, { ...start, base: '10' })).toBe(
      'At p = 0.9: cross-entropy −log₁₀ 0.9 = 0.0457575 (−ln 0.9 = 0.105361); squared error 0.01.',
    );
  });

  it('puts p on the correct class and shares 1 − p evenly among the other C − 1', () => {
    const { y, z } = targetAndPrediction(0.4, 2, 4);
    expect(y).toEqual([0, 0, 1, 0]);
    expectClose(z, [0.2, 0.2, 0.4, 0.2]);
    const s = { ...start, p: 0.4, classes: 4, correct: '2' };
    const d = lossWidget.derive(s);
    expect(d.ce).toBe(crossEntropyValue(z, y));
    expect(d.mse).toBe(squaredError(z, y));
    expect(lossWidget.readouts(d, s)).toEqual({ ce: d.ce, ceOther: d.ceOther, mse: d.mse });
  });

  it('keeps cross-entropy at −ln p whatever C, while squared error grows with the wrong shares', () => {
    const two = lossWidget.derive({ ...start, p: 0.3 });
    const five = lossWidget.derive({ ...start, p: 0.3, classes: 5, correct: '4' });
    expectClose(five.ce, two.ce);
    // ½ (1 − p)² (1 + 1/(C − 1)): from 0.49 for C = 2 down to 0.30625 for C = 5.
    expectClose(two.mse, 0.49);
    expectClose(five.mse, 0.5 * 0.49 * (1 + 1 / 4));
  });

  it('draws both curves from lib over p in [0.01, 1] and marks the current p on each', () => {
    const s = { ...start, p: 0.25 };
    const d = lossWidget.derive(s);
    const [ce, se] = d.chart.curves;
    expect(ce!.points[0]).toEqual([0.01, crossEntropyValue([0.01, 0.99], [1, 0])]);
    expect(se!.points.at(-1)).toEqual([1, 0]);
    expect(d.chart.points).toEqual([
      { x: 0.25, y: d.ce, tone: 'accent' },
      { x: 0.25, y: d.mse, tone: 'warm' },
    ]);
    expect(d.bars.map((b) => b.tone)).toEqual(['accent', 'soft']);
  });

  it('never shows Infinity: at the smallest p the loss is −ln 0.01, and every corner is finite', () => {
    expectClose(lossWidget.derive({ ...start, p: 0.01 }).ce, -Math.log(0.01));
    for (const p of [0.01, 1])
      for (const base of ['e', '10'])
        for (const classes of [2, 5]) {
          const s = { ...start, p, base, classes, correct: String(classes - 1) };
          expect('problem' in evaluateState(lossWidget, s), `${p} ${base} ${classes}`).toBe(false);
          expect(
            lossWidget
              .derive(s)
              .chart.curves.flatMap((c) => c.points.flat())
              .every(Number.isFinite),
          ).toBe(true);
        }
  });

  it('moves a correct class that does not exist down to the last class, and derive refuses it', () => {
    const s = { ...start, classes: 3, correct: '4' };
    expect(() => lossWidget.derive(s)).toThrow('Class 4 does not exist among 3 classes (0 to 2).');
    expect(lossWidget.normalize).toBe(fitClasses);
    expect('problem' in evaluateState(lossWidget, s)).toBe(false);
    expect(fitClasses(s)).toEqual({ ...s, correct: '2' });
    const fine = { ...start, classes: 4, correct: '1' };
    expect(fitClasses(fine)).toBe(fine);
  });

  it('writes its state to the address and reads it back; bad values fall back to defaults', () => {
    const s = { ...start, p: 0.35, base: '10', classes: 3, correct: '1' };
    const params = writeAddress(lossWidget.params, 'loss', s, new URLSearchParams());
    expect(params.toString()).toBe('loss.p=0.35&loss.base=10&loss.classes=3&loss.correct=1');
    expect(readAddress(lossWidget.params, 'loss', params).state).toEqual(s);
    const bad = readAddress(lossWidget.params, 'loss', new URLSearchParams('loss.p=0&loss.base=2'));
    expect(bad.state).toEqual(start);
    expect(bad.problems.map((p) => p.key)).toEqual(['p', 'base']);
  });
});

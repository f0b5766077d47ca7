import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../helpers/close.ts';
import { evaluateAt, rowNumber } from './support.ts';

describe('optimization-loss-curve', () => {
  it('gives ½(4 − 2)² = 2 at the post’s output near 4, and 0 at the target 2', () => {
    expectClose(rowNumber(evaluateAt('optimization-loss-curve'), '½(ŷ − 2)²'), 2, 1e-12);
    expectClose(rowNumber(evaluateAt('optimization-loss-curve', { yhat: 2 }), '½(ŷ − 2)²'), 0, 0);
  });
});

describe('optimization-loss-derivative', () => {
  it('gives a slope of 2 at ŷ = 4 (the curve rises), negative left of the target', () => {
    expectClose(rowNumber(evaluateAt('optimization-loss-derivative'), 'ŷ − 2'), 2, 1e-12);
    expect(
      rowNumber(evaluateAt('optimization-loss-derivative', { yhat: 1 }), 'ŷ − 2'),
    ).toBeLessThan(0);
  });

  it('agrees with the central difference of the curve within 1e-8 for any ŷ in [−4, 8] (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 8, noNaN: true }), (yhat) => {
        expect(evaluateAt('optimization-loss-derivative', { yhat }).check!.maxAbsDiff).toBeLessThan(
          1e-8,
        );
      }),
      { seed: 3 },
    );
  });
});

describe('optimization-step', () => {
  it('moves ŷ = 4 to 3.8 with η = 0.1 and lowers the loss from 2 to 1.62', () => {
    const evaluation = evaluateAt('optimization-step');
    expectClose(rowNumber(evaluation, 'ŷ − η × slope'), 3.8, 1e-12);
    expectClose(rowNumber(evaluation, 'loss after the step'), 1.62, 1e-12);
  });

  it('lands exactly on the target 2 with η = 1, and overshoots to the mirror point with η = 2', () => {
    expectClose(rowNumber(evaluateAt('optimization-step', { eta: 1 }), 'ŷ − η × slope'), 2, 1e-12);
    expectClose(rowNumber(evaluateAt('optimization-step', { eta: 2 }), 'ŷ − η × slope'), 0, 1e-12);
  });

  it('refuses a learning rate that is not positive', () => {
    expect(() => evaluateAt('optimization-step', { eta: 0 })).toThrow(/learning rate/);
  });
});

describe('gradient-descent-step', () => {
  it('moves θ against the sign of ∂L/∂θ: from 4 to 3.8 and from 0 to 0.2 with η = 0.1', () => {
    expectClose(rowNumber(evaluateAt('gradient-descent-step'), 'θ − η × slope'), 3.8, 1e-12);
    expectClose(
      rowNumber(evaluateAt('gradient-descent-step', { theta: 0 }), 'θ − η × slope'),
      0.2,
      1e-12,
    );
  });

  it('never raises the loss for a step size η ≤ 1 on the convex curve, and its slope matches the central difference (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 8, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (theta, eta) => {
          const evaluation = evaluateAt('gradient-descent-step', { theta, eta });
          expect(rowNumber(evaluation, 'loss after the step')).toBeLessThanOrEqual(
            rowNumber(evaluation, 'loss before the step'),
          );
          expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-8);
        },
      ),
      { seed: 19 },
    );
  });
});

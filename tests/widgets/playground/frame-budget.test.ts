import { describe, expect, it } from 'vitest';
import {
  epochsThisFrame,
  MAX_EPOCHS_PER_FRAME,
  TRAIN_BUDGET_MS,
  updateEstimate,
} from '../../../src/widgets/playground/frame-budget.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the playground’s epochs per frame', () => {
  it('is one before anything has been measured', () => {
    expect(epochsThisFrame(null)).toBe(1);
    expect(epochsThisFrame(0)).toBe(1);
    expect(epochsThisFrame(Number.NaN)).toBe(1);
  });

  it('fills the training budget when epochs are quick', () => {
    expect(epochsThisFrame(1)).toBe(Math.floor(TRAIN_BUDGET_MS));
    expect(epochsThisFrame(0.5, 7, 50)).toBe(14);
  });

  it('is at least one however slow an epoch is, and at most the cap however quick', () => {
    expect(epochsThisFrame(40)).toBe(1);
    expect(epochsThisFrame(0.001)).toBe(MAX_EPOCHS_PER_FRAME);
  });
});

describe('the estimate of one epoch’s time', () => {
  it('starts at the first measurement, per epoch', () => {
    expectClose(updateEstimate(null, 6, 3)!, 2);
  });

  it('moves 30 % of the way towards each new measurement', () => {
    expectClose(updateEstimate(2, 8, 2)!, 2 + 0.3 * (4 - 2));
  });

  it('counts a 0 ms reading as a tenth of a millisecond', () => {
    expectClose(updateEstimate(null, 0, 1)!, 0.1);
  });

  it('ignores a measurement of no epochs or of a time that is not a number', () => {
    expect(updateEstimate(3, 5, 0)).toBe(3);
    expect(updateEstimate(3, Number.NaN, 2)).toBe(3);
    expect(updateEstimate(null, -1, 2)).toBe(null);
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeTraining,
  LEVELLED,
  RISING,
  STATUS_TEXT,
  TREND_WINDOW,
} from '../../../lib/playground/status.ts';
import type { HistoryEntry } from '../../../lib/playground/trainer.ts';

/** A made-up loss curve: epoch k (from 1) has the losses the two functions give. */
const curve = (
  n: number,
  train: (k: number) => number,
  test: (k: number) => number,
): HistoryEntry[] =>
  Array.from({ length: n }, (_, k) => ({
    epoch: k + 1,
    trainLoss: train(k + 1),
    testLoss: test(k + 1),
  }));

const status = (history: HistoryEntry[], diverged = false) =>
  describeTraining(history, history.at(-1) ?? { trainLoss: 0.7, testLoss: 0.7 }, diverged);

describe('describeTraining', () => {
  it('says "Not trained yet." before the first epoch', () => {
    expect(status([])).toEqual({ tone: 'ok', text: 'Not trained yet.' });
  });

  it('says training has just started after one epoch', () => {
    expect(
      status(
        curve(
          1,
          () => 0.5,
          () => 0.5,
        ),
      ).text,
    ).toBe(STATUS_TEXT.started);
  });

  it('says the test loss is still falling while both losses fall', () => {
    const history = curve(
      40,
      (k) => 1 / k,
      (k) => 1.1 / k,
    );
    expect(status(history)).toEqual({ tone: 'ok', text: 'Test loss still falling.' });
  });

  it('says the training loss is still falling when there is no test set', () => {
    const history = curve(
      40,
      (k) => 1 / k,
      () => NaN,
    );
    const s = describeTraining(history, { trainLoss: 1 / 40, testLoss: NaN }, false);
    expect(s.text).toBe(STATUS_TEXT.trainFalling);
  });

  it('says the training loss has levelled off when it changes by less than LEVELLED', () => {
    // Falling by 0.1 % of itself per window: below the 0.5 % threshold.
    const history = curve(
      40,
      (k) => 0.2 * (1 - 1e-4 * k),
      (k) => 0.25 * (1 - 1e-4 * k),
    );
    expect(LEVELLED).toBe(0.005);
    expect(status(history)).toEqual({ tone: 'ok', text: 'Training loss has levelled off.' });
  });

  it('warns of overfitting when the test loss rises while the training loss falls', () => {
    const history = curve(
      40,
      (k) => 1 / k,
      (k) => 0.1 + 0.01 * k,
    );
    expect(status(history)).toEqual({
      tone: 'warn',
      text: 'Test loss rising while training loss falls: the network is overfitting.',
    });
  });

  it('does not call a test loss rising by less than RISING overfitting', () => {
    // The test loss rises by 0.5 % between the windows: under the 1 % threshold.
    const history = curve(
      20,
      (k) => 1 / k,
      (k) => (k > 10 ? 0.3 * 1.005 : 0.3),
    );
    expect(RISING).toBe(0.01);
    expect(status(history).text).toBe(STATUS_TEXT.trainFalling);
  });

  it('warns when the training loss itself rises', () => {
    const history = curve(
      30,
      (k) => 0.1 * k,
      (k) => 0.1 * k,
    );
    expect(status(history)).toEqual({ tone: 'warn', text: STATUS_TEXT.rising });
  });

  it('compares the last TREND_WINDOW epochs with the window before, not the whole curve', () => {
    // A long fall, then a flat last 2·TREND_WINDOW epochs: levelled off, whatever came first.
    const n = 100;
    const flatFrom = n - 2 * TREND_WINDOW;
    const history = curve(
      n,
      (k) => (k > flatFrom ? 0.05 : 1 / k),
      (k) => (k > flatFrom ? 0.06 : 1 / k),
    );
    expect(status(history).text).toBe(STATUS_TEXT.levelled);
  });

  it('stops with the divergence message, whatever the curve says', () => {
    const history = curve(
      40,
      (k) => 1 / k,
      (k) => 1 / k,
    );
    expect(status(history, true)).toEqual({
      tone: 'stop',
      text: 'Diverged: the loss became too large. Lower the learning rate and reset.',
    });
    expect(describeTraining(history, { trainLoss: NaN, testLoss: 1 }, false).tone).toBe('stop');
  });
});

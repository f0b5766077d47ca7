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

describe('describeTraining at the edges of its rules', () => {
  /** A curve from explicit loss lists (epoch k + 1 has train[k] and test[k]). */
  const listed = (train: number[], test: number[] = train): HistoryEntry[] =>
    train.map((trainLoss, k) => ({ epoch: k + 1, trainLoss, testLoss: test[k]! }));
  const ten = (v: number) => new Array<number>(10).fill(v);

  it('compares the last ten entries with exactly the ten before them', () => {
    // 1, then eighteen 1s, then 2: each window sums to 11, so the change is 0 (levelled); the
    // window one entry later, or two entries later, would sum to 10 and read as rising.
    const train = [2, ...new Array<number>(18).fill(1), 2];
    expect(status(listed(train))).toEqual({ tone: 'ok', text: STATUS_TEXT.levelled });
  });

  it('halves a short curve: four entries compare the last two with the two before', () => {
    expect(status(listed([1, 1, 0.5, 0.5]))).toEqual({ tone: 'ok', text: STATUS_TEXT.testFalling });
  });

  it('takes a change relative to at least 10⁻⁶ per entry, so losses near 0 level off', () => {
    // From 0 to 3·10⁻⁹ per epoch: 3·10⁻⁸ / (10 · 10⁻⁶) = 0.003, below LEVELLED.
    const train = [...ten(0), ...ten(3e-9)];
    expect(status(listed(train)).text).toBe(STATUS_TEXT.levelled);
  });

  it('calls a change of exactly LEVELLED rising, and a test change of exactly RISING not overfitting', () => {
    // Windows summing to 200 and 201: a change of 1/200 = LEVELLED.
    const rising = [...ten(20), ...new Array<number>(9).fill(20), 21];
    expect(status(listed(rising))).toEqual({ tone: 'warn', text: STATUS_TEXT.rising });
    // Test windows summing to 100 and 101: 1/100 = RISING, while the training loss halves.
    const test = [...ten(10), ...new Array<number>(9).fill(10), 11];
    const train = [...ten(1), ...ten(0.5)];
    expect(status(listed(train, test))).toEqual({ tone: 'ok', text: STATUS_TEXT.trainFalling });
  });

  it('calls a flat training loss levelled even while the test loss rises', () => {
    const train = [...ten(1), ...ten(1)];
    const test = [...ten(1), ...ten(2)];
    expect(status(listed(train, test))).toEqual({ tone: 'ok', text: STATUS_TEXT.levelled });
  });

  it('counts a flat test loss as still falling, not rising', () => {
    const train = [...ten(1), ...ten(0.5)];
    expect(status(listed(train, [...ten(1), ...ten(1)]))).toEqual({
      tone: 'ok',
      text: STATUS_TEXT.testFalling,
    });
  });

  it('reads the test loss only when it and every recorded one are finite', () => {
    const train = [...ten(1), ...ten(0.5)];
    const test = [...ten(1), ...ten(0.5)];
    // The current test loss is NaN (the test set was emptied): the curve's test losses are ignored.
    expect(describeTraining(listed(train, test), { trainLoss: 0.5, testLoss: NaN }, false)).toEqual(
      {
        tone: 'ok',
        text: STATUS_TEXT.trainFalling,
      },
    );
    // One NaN early in the curve, outside both windows, is enough to ignore it too.
    const curveOf30 = listed([...ten(2), ...train], [NaN, ...ten(2).slice(1), ...test]);
    expect(describeTraining(curveOf30, { trainLoss: 0.5, testLoss: 0.5 }, false).text).toBe(
      STATUS_TEXT.trainFalling,
    );
  });

  it('says "Not trained yet." for an empty curve even when the metrics are not finite', () => {
    expect(describeTraining([], { trainLoss: NaN, testLoss: NaN }, false)).toEqual({
      tone: 'ok',
      text: STATUS_TEXT.untrained,
    });
    expect(describeTraining(listed([0.5]), { trainLoss: 0.5, testLoss: 0.5 }, false)).toEqual({
      tone: 'ok',
      text: STATUS_TEXT.started,
    });
  });
});

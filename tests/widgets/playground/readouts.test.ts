import { describe, expect, it } from 'vitest';
import { STATUS_TEXT } from '../../../lib/playground/status.ts';
import { DEFAULT_STATE, type PlaygroundState } from '../../../src/widgets/playground/address.ts';
import {
  NOT_APPLICABLE,
  readouts,
  readoutText,
  summaryOf,
  type MetricKey,
} from '../../../src/widgets/playground/readouts.ts';
import {
  createSession,
  trainSession,
  type Session,
} from '../../../src/widgets/playground/session.ts';

function sessionOf(change: Partial<PlaygroundState>): Session {
  const made = createSession({ ...DEFAULT_STATE, ...change });
  if (!made.ok) throw new Error(made.message);
  return made.session;
}

describe('readouts', () => {
  it('gives the epoch and the trainer’s metrics under the page’s keys', () => {
    const s = sessionOf({ regularization: 'L2', regularizationRate: 0.01 });
    trainSession(s, 3);
    const m = s.trainer.metrics();
    expect(readouts(s)).toEqual({
      epoch: 3,
      'train-loss': m.trainLoss,
      'test-loss': m.testLoss,
      'test-accuracy': m.testAccuracy,
      'train-accuracy': m.trainAccuracy,
      'data-loss': m.dataLoss,
      'regularization-loss': m.regularizationLoss,
    });
    expect(readouts(s)['regularization-loss']).toBeGreaterThan(0);
  });

  it('follows training: the epoch moves and the training loss changes', () => {
    const s = sessionOf({});
    const before = readouts(s);
    trainSession(s, 5);
    const after = readouts(s);
    expect([before.epoch, after.epoch]).toEqual([0, 5]);
    expect(after['train-loss']).not.toBe(before['train-loss']);
  });

  it('has no accuracy in regression (NaN)', () => {
    const r = readouts(sessionOf({ problem: 'regression' }));
    expect(r['test-accuracy']).toBeNaN();
    expect(r['train-accuracy']).toBeNaN();
    expect(Number.isFinite(r['train-loss'])).toBe(true);
  });
});

describe('readoutText', () => {
  const cases: [MetricKey, number, string][] = [
    ['epoch', 0, '0'],
    ['epoch', 1234, '1234'],
    ['epoch', 12345, '12345'],
    ['train-loss', 0.123456, '0.1235'],
    ['test-loss', 1234.5678, '1235'],
    ['data-loss', 0, '0'],
    ['regularization-loss', 0.00001234567, '1.235e−5'],
    ['train-loss', 12.5, '12.5'],
    ['test-accuracy', 0.9876, '98.8 %'],
    ['train-accuracy', 1, '100.0 %'],
    ['train-accuracy', 0, '0.0 %'],
  ];
  for (const [key, value, text] of cases) {
    it(`writes ${key} ${value} as “${text}”`, () => {
      expect(readoutText(key, value)).toBe(text);
    });
  }

  it('writes a number that does not apply, or is not finite, as a dash', () => {
    for (const key of ['epoch', 'train-loss', 'test-accuracy'] as const) {
      expect(readoutText(key, NaN)).toBe(NOT_APPLICABLE);
      expect(readoutText(key, Infinity)).toBe(NOT_APPLICABLE);
      expect(readoutText(key, -Infinity)).toBe(NOT_APPLICABLE);
    }
  });
});

describe('summaryOf', () => {
  it('says the epoch, both losses, the test accuracy and the status, in one sentence', () => {
    const s = sessionOf({});
    const r = readouts(s);
    expect(summaryOf(s)).toBe(
      `Epoch 0. Training loss ${readoutText('train-loss', r['train-loss'])}, ` +
        `test loss ${readoutText('test-loss', r['test-loss'])} ` +
        `and test accuracy ${readoutText('test-accuracy', r['test-accuracy'])}. ${STATUS_TEXT.untrained}`,
    );
  });

  it('leaves the accuracy out in regression', () => {
    const s = sessionOf({ problem: 'regression' });
    trainSession(s, 1);
    const r = readouts(s);
    expect(summaryOf(s)).toBe(
      `Epoch 1. Training loss ${readoutText('train-loss', r['train-loss'])}, ` +
        `test loss ${readoutText('test-loss', r['test-loss'])}. ${STATUS_TEXT.started}`,
    );
  });
});

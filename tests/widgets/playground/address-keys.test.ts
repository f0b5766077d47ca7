import { describe, expect, it } from 'vitest';
import {
  IGNORED_KEYS,
  KEYS,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_NODES,
} from '../../../src/widgets/playground/address-keys.ts';
import { MAX_POINTS } from '../../../src/widgets/playground/address-points.ts';

describe('the address keys’ codecs', () => {
  it('name the choices a menu key takes, in the menu’s order', () => {
    expect(KEYS.activation.parse('softmax')).toEqual({
      ok: false,
      message: '“softmax” is not one of: relu, tanh, sigmoid, linear.',
    });
    expect(KEYS.regularization.parse('L1')).toEqual({ ok: true, value: 'L1' });
    expect(KEYS.problem.format('regression')).toBe('regression');
  });

  it('cut a long bad value to its first 40 characters', () => {
    const long = 'a'.repeat(41);
    expect(KEYS.loss.parse(long)).toEqual({
      ok: false,
      message: `“${'a'.repeat(40)}…” is not one of: mse, crossEntropy.`,
    });
    expect(KEYS.x.parse('b'.repeat(40))).toEqual({
      ok: false,
      message: `“${'b'.repeat(40)}” is not true or false.`,
    });
  });

  it('read and write flags as true and false only', () => {
    expect(KEYS.sinX.parse('true')).toEqual({ ok: true, value: true });
    expect(KEYS.sinX.parse('false')).toEqual({ ok: true, value: false });
    expect(KEYS.sinX.parse('1')).toEqual({ ok: false, message: '“1” is not true or false.' });
    expect(KEYS.sinX.format(true)).toBe('true');
    expect(KEYS.sinX.format(false)).toBe('false');
  });

  it('read numbers in their range, whole where they must be, and write them as JavaScript does', () => {
    expect(KEYS.batchSize.parse('2.5')).toEqual({
      ok: false,
      message: '2.5 is not a whole number: enter one from 1 to 30.',
    });
    expect(KEYS.learningRate.parse('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(KEYS.learningRate.format(0.003)).toBe('0.003');
  });

  it('refuse a blank seed but take an empty function, and say when a text is too long', () => {
    expect(KEYS.seed.parse('  ')).toEqual({ ok: false, message: 'The value is empty.' });
    expect(KEYS.seed.parse(' s ')).toEqual({ ok: true, value: ' s ' });
    expect(KEYS.fn.parse('')).toEqual({ ok: true, value: '' });
    expect(KEYS.seed.parse('x'.repeat(101))).toEqual({
      ok: false,
      message: 'Too long: 101 characters, at most 100 are read.',
    });
    expect(KEYS.seed.parse('x'.repeat(100)).ok).toBe(true);
    expect(KEYS.fn.format('sin(x1)')).toBe('sin(x1)');
  });

  it('read the hidden layers’ sizes, naming the layer at fault', () => {
    expect(KEYS.networkShape.parse(' ')).toEqual({ ok: true, value: [] });
    expect(KEYS.networkShape.parse('8,1')).toEqual({ ok: true, value: [8, 1] });
    expect(KEYS.networkShape.parse('1,1,1,1,1,1').ok).toBe(true);
    expect(KEYS.networkShape.parse('1,1,1,1,1,1,1')).toEqual({
      ok: false,
      message: `7 hidden layers are too many: at most ${MAX_HIDDEN_LAYERS}.`,
    });
    expect(KEYS.networkShape.parse('4,9')).toEqual({
      ok: false,
      message: `hidden layer 2: 9 is out of range: enter a whole number from 1 to ${MAX_LAYER_NODES}.`,
    });
    expect(KEYS.networkShape.format([4, 2])).toBe('4,2');
  });

  it('write at most MAX_POINTS points, the first ones', () => {
    const many = Array.from({ length: MAX_POINTS + 1 }, (_, k) => ({
      x1: k === MAX_POINTS ? 5 : 1,
      x2: 0,
      label: 1,
    }));
    const text = KEYS.points.format(many);
    expect(text.split('~')).toHaveLength(MAX_POINTS);
    expect(text.split('~').every((p) => p === '1_0_1')).toBe(true);
    expect(KEYS.points.format([])).toBe('');
  });

  it('read both kinds of data set, and the reader’s own', () => {
    expect(KEYS.dataset.parse('spiral')).toEqual({ ok: true, value: 'spiral' });
    expect(KEYS.dataset.parse('custom')).toEqual({ ok: true, value: 'custom' });
    expect(KEYS.dataset.parse('reg-plane').ok).toBe(false);
    expect(KEYS.regDataset.parse('reg-plane')).toEqual({ ok: true, value: 'reg-plane' });
    expect(KEYS.regDataset.parse('custom')).toEqual({ ok: true, value: 'custom' });
    expect(KEYS.regDataset.parse('circle').ok).toBe(false);
  });
});

describe('the ignored keys', () => {
  it('are exactly the Playground keys this page does not use', () => {
    expect([...IGNORED_KEYS]).toEqual([
      'cosX',
      'cosY',
      'collectStats',
      'initZero',
      'hideText',
      'tutorial',
      'numHiddenLayers',
    ]);
  });
});

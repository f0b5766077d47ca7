import { describe, expect, it } from 'vitest';
import type { FormulaInput } from '../../../lib/formulas/types.ts';
import { parseInput } from '../../../src/lib-site/parse.ts';

const a: FormulaInput = {
  name: 'a',
  tex: 'a',
  label: 'a',
  default: 0,
  min: -10,
  max: 10,
  step: 0.1,
};
const i: FormulaInput = { ...a, name: 'i', min: 0, max: 3, step: 1, integer: true };

describe('parseInput', () => {
  it('accepts plain decimals, exponents and the typographic minus', () => {
    expect(parseInput(' 2.5 ', a)).toEqual({ ok: true, value: 2.5 });
    expect(parseInput('-1e-3', a)).toEqual({ ok: true, value: -0.001 });
    expect(parseInput('−.5', a)).toEqual({ ok: true, value: -0.5 });
  });
  it('explains an empty field', () => {
    expect(parseInput('', a)).toEqual({ ok: false, message: 'Enter a number from −10 to 10.' });
  });
  it('rejects letters, NaN and Infinity as not numbers, without echoing them', () => {
    for (const text of ['abc', 'NaN', 'Infinity', '0x10', '1,5']) {
      expect(parseInput(text, a)).toEqual({
        ok: false,
        message: 'Not a number: enter a number from −10 to 10.',
      });
    }
  });
  it('rejects 1e309, which overflows to Infinity, as too large', () => {
    expect(parseInput('1e309', a)).toEqual({
      ok: false,
      message: 'Too large: enter a number from −10 to 10.',
    });
  });
  it('rejects values outside [min, max]', () => {
    expect(parseInput('10.5', a)).toEqual({
      ok: false,
      message: '10.5 is out of range. Enter a number from −10 to 10.',
    });
  });
  it('rejects a value below min', () => {
    expect(parseInput('-10.5', a)).toEqual({
      ok: false,
      message: '−10.5 is out of range. Enter a number from −10 to 10.',
    });
  });
  it('accepts min and max themselves', () => {
    expect(parseInput('-10', a)).toEqual({ ok: true, value: -10 });
    expect(parseInput('10', a)).toEqual({ ok: true, value: 10 });
  });
  it('rejects fractions for whole-number inputs', () => {
    expect(parseInput('1.5', i)).toEqual({
      ok: false,
      message: '1.5 is not a whole number. Enter a whole number from 0 to 3.',
    });
    expect(parseInput('2', i)).toEqual({ ok: true, value: 2 });
  });
});

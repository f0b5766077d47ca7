import { describe, expect, it } from 'vitest';
import { MAX_EDIT, readEditValue } from '../../../src/widgets/playground/tools.ts';

describe('readEditValue', () => {
  it('reads a typed number, with spaces round it', () => {
    expect(readEditValue('0.25')).toEqual({ ok: true, value: 0.25 });
    expect(readEditValue('  -3 ')).toEqual({ ok: true, value: -3 });
    expect(readEditValue('1e-3')).toEqual({ ok: true, value: 0.001 });
  });

  it('reads the book’s minus sign “−0.5” as −0.5', () => {
    expect(readEditValue('−0.5')).toEqual({ ok: true, value: -0.5 });
    expect(readEditValue(' −12 ')).toEqual({ ok: true, value: -12 });
  });

  it('asks for a number when the field is empty or blank', () => {
    expect(readEditValue('')).toEqual({ ok: false, message: 'Type a number.' });
    expect(readEditValue('   ')).toEqual({ ok: false, message: 'Type a number.' });
  });

  it('refuses text, NaN and infinities, quoting what was typed', () => {
    expect(readEditValue('abc')).toEqual({ ok: false, message: '“abc” is not a number.' });
    expect(readEditValue('NaN')).toEqual({ ok: false, message: '“NaN” is not a number.' });
    expect(readEditValue('Infinity')).toEqual({
      ok: false,
      message: '“Infinity” is not a number.',
    });
    expect(readEditValue('-Infinity')).toEqual({
      ok: false,
      message: '“-Infinity” is not a number.',
    });
    expect(readEditValue('1,5')).toEqual({ ok: false, message: '“1,5” is not a number.' });
  });

  it('quotes at most 20 characters of a long refusal', () => {
    const long = 'not a number at all, not even close';
    expect(readEditValue(long)).toEqual({
      ok: false,
      message: `“${long.slice(0, 20)}” is not a number.`,
    });
  });

  it('takes values up to ±100 and refuses beyond, 1e308 included', () => {
    expect(MAX_EDIT).toBe(100);
    expect(readEditValue('100')).toEqual({ ok: true, value: 100 });
    expect(readEditValue('−100')).toEqual({ ok: true, value: -100 });
    const refusal = { ok: false, message: 'Keep it between −100 and 100.' };
    expect(readEditValue('100.001')).toEqual(refusal);
    expect(readEditValue('-100.001')).toEqual(refusal);
    expect(readEditValue('1e308')).toEqual(refusal);
    expect(readEditValue('−1e308')).toEqual(refusal);
  });
});

describe('the weight editor’s number reader on other notations', () => {
  it('reads only decimal notation, not hexadecimal, binary or octal', () => {
    for (const text of ['0x1A', '0b11', '0o7', '1_000', 'Infinity'])
      expect(readEditValue(text).ok, text).toBe(false);
    expect(readEditValue('.5')).toEqual({ ok: true, value: 0.5 });
    expect(readEditValue('+2.')).toEqual({ ok: true, value: 2 });
    expect(readEditValue('1E1')).toEqual({ ok: true, value: 10 });
  });
});

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
    const ask = { ok: false, message: 'Enter a number from −100 to 100.' };
    expect(readEditValue('')).toEqual(ask);
    expect(readEditValue('   ')).toEqual(ask);
  });

  it('refuses text, NaN, infinities and a decimal comma, giving the range', () => {
    const refusal = { ok: false, message: 'Not a number: enter a number from −100 to 100.' };
    for (const text of ['abc', 'NaN', 'Infinity', '-Infinity', '1,5', 'not a number at all'])
      expect(readEditValue(text), text).toEqual(refusal);
    expect(readEditValue('1e999')).toEqual({
      ok: false,
      message: 'Too large: enter a number from −100 to 100.',
    });
  });

  it('takes values up to ±100 and refuses beyond, 1e308 included', () => {
    expect(MAX_EDIT).toBe(100);
    expect(readEditValue('100')).toEqual({ ok: true, value: 100 });
    expect(readEditValue('−100')).toEqual({ ok: true, value: -100 });
    const out = (shown: string) => ({
      ok: false,
      message: `${shown} is out of range: enter a number from −100 to 100.`,
    });
    expect(readEditValue('100.001')).toEqual(out('100.001'));
    expect(readEditValue('-100.001')).toEqual(out('−100.001'));
    expect(readEditValue('1e308')).toEqual(out('1e308'));
    expect(readEditValue('−1e308')).toEqual(out('−1e308'));
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

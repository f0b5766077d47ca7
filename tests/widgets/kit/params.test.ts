import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaults,
  formatParam,
  narrowParam,
  parseNumber,
  parseParam,
  readAddress,
  writeAddress,
  type ParamTable,
} from '../../../src/widgets/kit/params.ts';

const table = {
  b: { kind: 'number', label: 'bias b', default: 3, min: -10, max: 10, step: 0.1 },
  n: { kind: 'number', label: 'nodes', default: 4, min: 1, max: 8, step: 1, integer: true },
  phi: { kind: 'choice', label: 'activation', default: 'tanh', options: ['tanh', 'relu'] },
  on: { kind: 'flag', label: 'show tangent', default: true },
  sizes: {
    kind: 'list',
    label: 'hidden sizes',
    default: [4],
    min: 1,
    max: 8,
    minLength: 1,
    maxLength: 6,
    integer: true,
  },
} as const satisfies ParamTable;

describe('parseNumber', () => {
  const range = { min: -10, max: 10 };
  it('reads plain decimals, exponents and the typographic minus', () => {
    expect(parseNumber('2.5', range)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber(' −1e0 ', range)).toEqual({ ok: true, value: -1 });
    expect(parseNumber('.5', range)).toEqual({ ok: true, value: 0.5 });
  });
  it.each(['', 'abc', 'NaN', 'Infinity', '0x10', '1,5', '2..1'])(
    'refuses %j with a message',
    (raw) => {
      const result = parseNumber(raw, range);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/[Ee]nter a number from −10 to 10\.$/);
    },
  );
  it('says 1e309 is too large and 1e308 is out of range, never echoing Infinity', () => {
    const huge = parseNumber('1e309', range);
    const large = parseNumber('1e308', range);
    expect(huge).toEqual({ ok: false, message: 'Too large: enter a number from −10 to 10.' });
    expect(large.ok).toBe(false);
    if (!large.ok) expect(large.message).toMatch(/^1e308 is out of range/);
  });
  it('refuses a fraction where only whole numbers make sense', () => {
    expect(parseNumber('2.5', { min: 1, max: 8, integer: true })).toEqual({
      ok: false,
      message: '2.5 is not a whole number: enter one from 1 to 8.',
    });
  });
});

describe('parseParam and formatParam', () => {
  it('round-trip every kind of property', () => {
    expect(parseParam(table.phi, 'relu')).toEqual({ ok: true, value: 'relu' });
    expect(parseParam(table.on, '0')).toEqual({ ok: true, value: false });
    expect(parseParam(table.sizes, '3,4,2')).toEqual({ ok: true, value: [3, 4, 2] });
    expect(formatParam(table.sizes, [3, 4, 2])).toBe('3,4,2');
    expect(formatParam(table.on, false)).toBe('0');
  });
  it('refuses an unknown choice, a bad flag and a list of the wrong length or values', () => {
    expect(parseParam(table.phi, 'gelu').ok).toBe(false);
    expect(parseParam(table.on, 'yes').ok).toBe(false);
    expect(parseParam(table.sizes, '1,2,3,4,5,6,7').ok).toBe(false);
    expect(parseParam(table.sizes, '3,x').ok).toBe(false);
    expect(parseParam(table.sizes, '3,9').ok).toBe(false);
  });
  it('takes text as it is, up to its longest length, and writes it into the address unchanged', () => {
    const text = { kind: 'text', label: 'network', default: '', maxLength: 12 } as const;
    expect(parseParam(text, '{"a": [1, 2]}'.slice(0, 12))).toEqual({
      ok: true,
      value: '{"a": [1, 2]',
    });
    const long = parseParam(text, 'x'.repeat(13));
    expect(long.ok).toBe(false);
    expect(long.ok ? '' : long.message).toMatch(/13 characters, at most 12/);
    const params = writeAddress({ text }, 'w', { text: 'a&b=c' }, new URLSearchParams());
    expect(readAddress({ text }, 'w', new URLSearchParams(params.toString())).state.text).toBe(
      'a&b=c',
    );
  });

  it('reads back any number in range exactly as it was written', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (v) => {
        const parsed = parseParam(table.b, formatParam(table.b, v));
        expect(parsed).toEqual({ ok: true, value: v === 0 ? 0 : v });
      }),
    );
  });
});

describe('the address', () => {
  it('holds only the keys that differ from their defaults, namespaced by widget', () => {
    const params = new URLSearchParams('other.b=1');
    writeAddress(table, 'w', { ...defaults(table), b: 2, sizes: [3, 3] }, params);
    expect(params.toString()).toBe('other.b=1&w.b=2&w.sizes=3%2C3');
    writeAddress(table, 'w', defaults(table), params);
    expect(params.toString()).toBe('other.b=1');
  });
  it('restores the state it wrote', () => {
    const state = { b: -2.5, n: 7, phi: 'relu', on: false, sizes: [1, 8] } as const;
    const params = writeAddress(table, 'w', state, new URLSearchParams());
    expect(readAddress(table, 'w', params)).toEqual({ state, problems: [] });
  });
  it('loads the default for each bad or out-of-range value and names it', () => {
    const params = new URLSearchParams('w.b=NaN&w.n=99&w.phi=relu&w.on=maybe');
    const { state, problems } = readAddress(table, 'w', params);
    expect(state).toEqual({ ...defaults(table), phi: 'relu' });
    expect(problems.map((p) => p.key)).toEqual(['b', 'n', 'on']);
    expect(problems.map((p) => p.raw)).toEqual(['NaN', '99', 'maybe']);
    expect(problems[0]?.message).toBe(
      'bias b: Not a number: enter a number from −10 to 10. The default is shown.',
    );
  });
  it('ignores other widgets’ keys and unknown keys of its own', () => {
    const { state, problems } = readAddress(table, 'w', new URLSearchParams('v.b=1&w.zzz=2'));
    expect(state).toEqual(defaults(table));
    expect(problems).toEqual([]);
  });
});

describe('the messages a reader sees', () => {
  it('ask for a whole number when the range is of whole numbers', () => {
    expect(parseNumber('', { min: 1, max: 8, integer: true })).toEqual({
      ok: false,
      message: 'Enter a whole number from 1 to 8.',
    });
    expect(parseNumber('x', { min: 1, max: 8, integer: false })).toEqual({
      ok: false,
      message: 'Not a number: enter a number from 1 to 8.',
    });
  });
  it('list the choices, separated by commas', () => {
    const phi = {
      kind: 'choice',
      label: 'activation',
      default: 'tanh',
      options: ['tanh', 'relu'],
    } as const;
    expect(parseParam(phi, 'gelu')).toEqual({
      ok: false,
      message: 'Choose one of: tanh, relu.',
    });
  });
  it('say how to write a flag', () => {
    const on = { kind: 'flag', label: 'show tangent', default: true } as const;
    expect(parseParam(on, 'yes')).toEqual({ ok: false, message: 'Use 1 for on or 0 for off.' });
    expect(parseParam(on, '')).toEqual({ ok: false, message: 'Use 1 for on or 0 for off.' });
  });
  it('give the lengths a list may have', () => {
    const sizes = {
      kind: 'list',
      label: 'hidden sizes',
      default: [4],
      min: 1,
      max: 8,
      minLength: 2,
      maxLength: 3,
    } as const;
    expect(parseParam(sizes, '1')).toEqual({
      ok: false,
      message: 'Give from 2 to 3 values, separated by commas.',
    });
  });
});

describe('flags', () => {
  it('read 1 and true as on, 0 and false as off, and write on as 1', () => {
    const on = { kind: 'flag', label: 'show tangent', default: false } as const;
    expect(parseParam(on, '1')).toEqual({ ok: true, value: true });
    expect(parseParam(on, 'true')).toEqual({ ok: true, value: true });
    expect(parseParam(on, '0')).toEqual({ ok: true, value: false });
    expect(parseParam(on, 'false')).toEqual({ ok: true, value: false });
    expect(formatParam(on, true)).toBe('1');
    expect(formatParam(on, false)).toBe('0');
  });
});

describe('lists in the address', () => {
  const sizes = {
    kind: 'list',
    label: 'hidden sizes',
    default: [4],
    min: 1,
    max: 8,
    minLength: 1,
    maxLength: 6,
  } as const;
  it('leave out a list equal to its default, even as another array', () => {
    const params = new URLSearchParams('w.sizes=9');
    writeAddress({ sizes }, 'w', { sizes: [4] }, params);
    expect(params.toString()).toBe('');
  });
  it('keep a list that begins like its default, is cut short of it or differs after the first entry', () => {
    const params = writeAddress({ sizes }, 'w', { sizes: [4, 1] }, new URLSearchParams());
    expect(params.toString()).toBe('w.sizes=4%2C1');
    const other = { ...sizes, default: [4, 2] };
    const again = writeAddress({ sizes: other }, 'w', { sizes: [4, 3] }, new URLSearchParams());
    expect(again.toString()).toBe('w.sizes=4%2C3');
    const shorter = writeAddress({ sizes: other }, 'w', { sizes: [4] }, new URLSearchParams());
    expect(shorter.toString()).toBe('w.sizes=4');
  });
});

describe('a number property narrowed by its field', () => {
  const start = {
    kind: 'number',
    label: 'start θ₀',
    default: 4,
    min: -3,
    max: 5,
    step: 0.05,
  } as const;
  it('takes the field’s span when it is narrower, and the message names that span', () => {
    const narrow = narrowParam(start, { min: '-1', max: '5' });
    expect(narrow).toEqual({ ...start, min: -1 });
    expect(parseParam(narrow, '-3')).toEqual({
      ok: false,
      message: '−3 is out of range: enter a number from −1 to 5.',
    });
    expect(parseParam(narrow, '-1')).toEqual({ ok: true, value: -1 });
  });
  it('never widens past the property’s own span, and ignores bounds that are not numbers', () => {
    expect(narrowParam(start, { min: '-10', max: '50' })).toBe(start);
    expect(narrowParam(start, { min: 'abc', max: ' ' })).toBe(start);
    expect(narrowParam(start, {})).toBe(start);
    expect(narrowParam(start, { max: '2' })).toEqual({ ...start, max: 2 });
  });
  it('leaves any other kind of property as it is', () => {
    const flag = { kind: 'flag', label: 'on', default: false } as const;
    expect(narrowParam(flag, { min: '0', max: '1' })).toBe(flag);
  });
});

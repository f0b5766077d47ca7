import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/playground/expression-tokens.ts';

describe('the tokens of an expression', () => {
  it('are numbers, names and operators with their 1-based positions, then the end', () => {
    const result = tokenize(' 2.5e1*sin(x)');
    expect(result.ok && result.value).toEqual([
      { kind: 'number', text: '2.5e1', position: 2 },
      { kind: 'op', text: '*', position: 7 },
      { kind: 'name', text: 'sin', position: 8 },
      { kind: 'op', text: '(', position: 11 },
      { kind: 'name', text: 'x', position: 12 },
      { kind: 'op', text: ')', position: 13 },
      { kind: 'end', text: '', position: 14 },
    ]);
  });

  it('read "2e" as the number 2 and the constant e, since an exponent needs digits', () => {
    const result = tokenize('2e');
    expect(result.ok && result.value.map((t) => t.text)).toEqual(['2', 'e', '']);
  });

  it('read the book’s − and × (and ·) as - and *', () => {
    const result = tokenize('−x×2·3');
    expect(result.ok && result.value.map((t) => t.text)).toEqual([
      '-',
      'x',
      '*',
      '2',
      '*',
      '3',
      '',
    ]);
  });

  it('stop at a character that cannot start a token, naming its position', () => {
    expect(tokenize('x # 1')).toEqual({
      ok: false,
      message: "At character 3: '#' is not part of an expression.",
    });
  });
});

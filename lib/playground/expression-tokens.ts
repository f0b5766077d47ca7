/**
 * The tokens of a typed expression: numbers, names, operators and punctuation, each with the
 * character (counted from 1) where it starts, so the parser's messages can point at it.
 */
import type { ParseResult } from './parse-result.ts';

/** One token; `end` closes every list, at the character after the last. */
export interface Token {
  readonly kind: 'number' | 'name' | 'op' | 'end';
  readonly text: string;
  /** 1-based character position of the token's first character. */
  readonly position: number;
}

// Decimals with an optional exponent: "3", "0.25", ".5", "2.", "1e-3". A bare "e" is the constant.
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATORS = '+-*/^(),';
// The book prints − and × (and readers paste them): read them as the keyboard's - and *.
const TYPOGRAPHIC: Readonly<Record<string, string>> = { '−': '-', '×': '*', '·': '*' };

/** The tokens of `text`, or a message naming the first character that cannot start one. */
export function tokenize(text: string): ParseResult<Token[]> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const char = text[i]!;
    const position = i + 1;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      const after = text[i + number[0].length];
      if (after === '.' || (after !== undefined && /\d/.test(after))) {
        const bad = /^[\d.]+/.exec(rest)![0];
        return { ok: false, message: `At character ${position}: '${bad}' is not a number.` };
      }
      tokens.push({ kind: 'number', text: number[0], position });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], position });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.includes(char) ? char : TYPOGRAPHIC[char];
    if (op !== undefined) {
      tokens.push({ kind: 'op', text: op, position });
      i++;
      continue;
    }
    const hint = char === '=' ? ' (type only the right-hand side f(x), without "x2 =")' : '';
    return {
      ok: false,
      message: `At character ${position}: '${char}' is not part of an expression${hint}.`,
    };
  }
  tokens.push({ kind: 'end', text: '', position: text.length + 1 });
  return { ok: true, value: tokens };
}

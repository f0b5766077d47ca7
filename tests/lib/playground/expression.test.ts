import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expressionFunctions,
  MAX_EXPRESSION_DEPTH,
  parseExpression,
} from '../../../lib/playground/expression.ts';
import { expectClose } from '../../helpers/close.ts';

/** f(x) of a text that must parse. */
function f(text: string): (x: number) => number {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`"${text}" should parse: ${result.message}`);
  return result.value.evaluate;
}

/** The message of a text that must not parse. */
function messageOf(text: string): string {
  const result = parseExpression(text);
  expect(result.ok, `"${text}" should not parse`).toBe(false);
  return result.ok ? '' : result.message;
}

describe('parsing a boundary expression', () => {
  it('keeps its text', () => {
    const result = parseExpression(' x^2 / 3 ');
    expect(result.ok && result.value.text).toBe(' x^2 / 3 ');
  });

  it('reads numbers with decimals and exponents, x, pi and e', () => {
    expectClose(f('2.5')(0), 2.5);
    expectClose(f('.5 + 2.')(0), 2.5);
    expectClose(f('1.5e2')(0), 150);
    expectClose(f('2E-1')(0), 0.2);
    expectClose(f('x')(-3), -3);
    expectClose(f('x1')(4), 4);
    expectClose(f('pi')(0), Math.PI);
    expectClose(f('e')(0), Math.E);
  });

  it('multiplies before adding: 1 + 2*3 − 4/2 = 5', () => {
    expectClose(f('1 + 2*3 - 4/2')(0), 5);
  });

  it('groups − and / from the left: 8 − 3 − 2 = 3 and 8/4/2 = 1', () => {
    expectClose(f('8 - 3 - 2')(0), 3);
    expectClose(f('8/4/2')(0), 1);
  });

  it('groups ^ from the right: 2^3^2 = 512', () => {
    expectClose(f('2^3^2')(0), 512);
  });

  it('raises before negating: −x^2 at 3 is −9, (−x)^2 is 9', () => {
    expectClose(f('-x^2')(3), -9);
    expectClose(f('(-x)^2')(3), 9);
    expectClose(f('2^-1')(0), 0.5);
    expectClose(f('2*-x')(3), -6);
    expectClose(f('--x')(3), 3);
    expectClose(f('+x')(3), 3);
    expectClose(f('−x^2')(3), -9);
  });

  it('raises before multiplying: 2*3^2 = 18', () => {
    expectClose(f('2*3^2')(0), 18);
  });

  it('computes every function at x = 0.7', () => {
    const x = 0.7;
    const cases: [string, number][] = [
      ['sin(x)', Math.sin(x)],
      ['cos(x)', Math.cos(x)],
      ['tan(x)', Math.tan(x)],
      ['exp(x)', Math.exp(x)],
      ['log(x)', Math.log(x)],
      ['sqrt(x)', Math.sqrt(x)],
      ['abs(-x)', x],
      ['tanh(x)', Math.tanh(x)],
      ['min(x, 0.5)', 0.5],
      ['max(x, 0.5)', x],
    ];
    expect(cases.map(([text]) => text.slice(0, text.indexOf('(')))).toEqual(expressionFunctions);
    for (const [text, value] of cases) expectClose(f(text)(x), value);
  });

  it('gives NaN or ±∞ where f is undefined, without throwing', () => {
    expect(f('sqrt(x)')(-1)).toBeNaN();
    expect(f('log(x)')(-1)).toBeNaN();
    expect(f('log(x)')(0)).toBe(-Infinity);
    expect(f('1/x')(0)).toBe(Infinity);
  });

  it('refuses implicit multiplication and says what to write', () => {
    expect(messageOf('3x')).toBe("At character 2: a product needs its '*' before 'x': write 3*x.");
    expect(messageOf('2(x+1)')).toMatch(/^At character 2: .*write 2\*\(/);
    expect(messageOf('(x)(x)')).toBe("At character 4: a product needs its '*' before '('.");
    expect(messageOf('x sin(x)')).toMatch(/write x\*sin/);
  });

  it('says where it expected an operand', () => {
    expect(messageOf('sin(x) + )')).toBe(
      "At character 10: expected a number, x or '(' but found ')'.",
    );
    expect(messageOf('1 +')).toBe("At character 4: expected a number, x or '(' but found the end.");
    expect(messageOf('x)')).toBe(
      "At character 2: expected an operator (+ - * / ^) or the end but found ')'.",
    );
  });

  it('says which parenthesis is left open', () => {
    expect(messageOf('(1 + x')).toBe(
      "At character 7: expected ')' to close the '(' at character 1 but found the end.",
    );
    expect(messageOf('max(1, x')).toMatch(/expected '\)' to close 'max\(' at character 4/);
  });

  it('names an unknown function and lists the accepted ones', () => {
    expect(messageOf('foo(x)')).toBe(
      "At character 1: 'foo' is not a function this accepts: sin, cos, tan, exp, log, sqrt, abs, tanh, min, max.",
    );
    expect(messageOf('2*a')).toMatch(
      /^At character 3: 'a' is not a name this accepts: use x, pi, e/,
    );
    expect(messageOf('y + 1')).toMatch(/'y' cannot appear/);
    expect(messageOf('x2')).toMatch(/'x2' cannot appear/);
  });

  it('checks the number of arguments and the parentheses of a call', () => {
    expect(messageOf('min(x)')).toBe(
      "At character 1: 'min' takes 2 arguments separated by a comma but was given 1.",
    );
    expect(messageOf('sin(x, 1)')).toBe("At character 1: 'sin' takes 1 argument but was given 2.");
    expect(messageOf('sin x')).toBe("At character 5: 'sin' needs parentheses: write sin(x).");
  });

  it('refuses characters and numbers it does not know', () => {
    expect(messageOf('x $ 2')).toBe("At character 3: '$' is not part of an expression.");
    expect(messageOf('y = x')).toMatch(/^At character 3: '=' is not part .*right-hand side/);
    expect(messageOf('1.2.3')).toBe("At character 1: '1.2.3' is not a number.");
  });

  it('refuses empty text, more than 200 characters and deep nesting', () => {
    expect(messageOf('   ')).toMatch(/empty/);
    expect(messageOf('x+'.repeat(100) + 'x')).toBe(
      'The expression has 201 characters; keep it to at most 200.',
    );
    expect(parseExpression('x+'.repeat(99) + 'x').ok).toBe(true);
    const deep = (n: number): string => '('.repeat(n) + 'x' + ')'.repeat(n);
    expect(parseExpression(deep(MAX_EXPRESSION_DEPTH)).ok).toBe(true);
    expect(messageOf(deep(MAX_EXPRESSION_DEPTH + 1))).toMatch(/nests deeper than 32 levels/);
    expect(messageOf('-'.repeat(40) + 'x')).toMatch(/nests deeper/);
  });

  it('evaluates random expressions like a reference built from the same tree', () => {
    type Tree =
      | { kind: 'num'; value: number }
      | { kind: 'x' }
      | { kind: 'neg'; a: Tree }
      | { kind: 'bin'; op: '+' | '-' | '*' | '/' | '^'; a: Tree; b: Tree }
      | { kind: 'call'; fn: 'sin' | 'tanh' | 'abs' | 'min' | 'max'; a: Tree; b: Tree };
    const reference: Record<string, (a: number, b: number) => number> = {
      '+': (a, b) => a + b,
      '-': (a, b) => a - b,
      '*': (a, b) => a * b,
      '/': (a, b) => a / b,
      '^': (a, b) => Math.pow(a, b),
      sin: (a) => Math.sin(a),
      tanh: (a) => Math.tanh(a),
      abs: (a) => Math.abs(a),
      min: (a, b) => Math.min(a, b),
      max: (a, b) => Math.max(a, b),
    };
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({
          kind: fc.constant('num' as const),
          value: fc.double({ min: 0, max: 10, noNaN: true }),
        }),
        fc.constant({ kind: 'x' as const }),
        fc.record({ kind: fc.constant('neg' as const), a: tie('tree') }),
        fc.record({
          kind: fc.constant('bin' as const),
          op: fc.constantFrom('+', '-', '*', '/', '^'),
          a: tie('tree'),
          b: tie('tree'),
        }),
        fc.record({
          kind: fc.constant('call' as const),
          fn: fc.constantFrom('sin', 'tanh', 'abs', 'min', 'max'),
          a: tie('tree'),
          b: tie('tree'),
        }),
      ),
    }));
    const text = (t: Tree): string => {
      switch (t.kind) {
        case 'num':
          return String(t.value);
        case 'x':
          return 'x';
        case 'neg':
          return `-(${text(t.a)})`;
        case 'bin':
          return `(${text(t.a)}) ${t.op} (${text(t.b)})`;
        case 'call':
          return t.fn === 'min' || t.fn === 'max'
            ? `${t.fn}(${text(t.a)}, ${text(t.b)})`
            : `${t.fn}(${text(t.a)})`;
      }
    };
    const value = (t: Tree, x: number): number => {
      switch (t.kind) {
        case 'num':
          return t.value;
        case 'x':
          return x;
        case 'neg':
          return -value(t.a, x);
        case 'bin':
        case 'call':
          return reference[t.kind === 'bin' ? t.op : t.fn]!(value(t.a, x), value(t.b, x));
      }
    };
    fc.assert(
      fc.property(tree, fc.double({ min: -6, max: 6, noNaN: true }), (t, x) => {
        const source = text(t);
        fc.pre(source.length <= 200);
        // Both sides do the same floating-point operations in the same order, so they agree exactly.
        expect(Object.is(f(source)(x), value(t, x)) || f(source)(x) === value(t, x)).toBe(true);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

describe('parsing an expression: the details of each rule', () => {
  it('allows many groups side by side: the depth counts nesting, not groups', () => {
    const text = Array.from({ length: 40 }, () => '(x)').join('+');
    expect(f(text)(0.5)).toBe(20);
  });

  it('asks for the * before a number that follows an atom', () => {
    expect(messageOf('x 2')).toBe("At character 3: a product needs its '*' before '2': write x*2.");
  });

  it('refuses a constant called as a function', () => {
    expect(messageOf('pi(2)')).toBe(
      `At character 1: 'pi' is not a function this accepts: ${expressionFunctions.join(', ')}.`,
    );
  });

  it('lists the functions, comma-separated, for an unknown name', () => {
    expect(messageOf('foo + 1')).toBe(
      "At character 1: 'foo' is not a name this accepts: use x, pi, e or a function (sin, cos, tan, exp, log, sqrt, abs, tanh, min, max).",
    );
  });

  it('accepts an expression of exactly 200 characters', () => {
    const text = 'x' + ' '.repeat(199);
    expect(text.length).toBe(200);
    expect(f(text)(3)).toBe(3);
  });
});

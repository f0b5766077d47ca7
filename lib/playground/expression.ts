/**
 * A safe reader for the boundary x₂ = f(x₁) the reader types, such as `sin(2*x) + x^2/10`: a
 * tokenizer and a recursive-descent parser that build a tree of closures, never `eval` or
 * `Function`, so the text can only compute, not run code.
 *
 * Grammar (lowest precedence first; ^ binds tighter than unary minus, so -x^2 = -(x²), and is
 * right-associative, so 2^3^2 = 2⁹):
 *   sum     = product (("+" | "-") product)*
 *   product = unary (("*" | "/") unary)*
 *   unary   = ("-" | "+") unary | power
 *   power   = atom ("^" unary)?
 *   atom    = number | "x" | "pi" | "e" | name "(" sum ("," sum)* ")" | "(" sum ")"
 * Products need their `*`: "3x" is refused with "write 3*x".
 */
import type { ParseResult } from './parse-result.ts';
import { tokenize, type Token } from './expression-tokens.ts';

export type { ParseResult } from './parse-result.ts';

/** A parsed expression: its text and f(x). f is NaN where undefined (sqrt of a negative, log of one). */
export interface CompiledExpression {
  readonly text: string;
  readonly evaluate: (x: number) => number;
}

/** The most characters an expression may have. */
export const MAX_EXPRESSION_LENGTH = 200;

/** How deeply parentheses, calls and signs may nest (keeps the parser's recursion shallow). */
export const MAX_EXPRESSION_DEPTH = 32;

type F = (x: number) => number;

/** The functions an expression may call: f(a) or f(a, b), by their argument counts. */
const functions: Readonly<
  Record<string, ((a: number) => number) | ((a: number, b: number) => number)>
> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
  min: (a: number, b: number) => Math.min(a, b),
  max: (a: number, b: number) => Math.max(a, b),
};

/** f(x) = fn(args(x)) for a function of one or two arguments. */
function call(fn: (...values: number[]) => number, args: readonly F[]): F {
  if (args.length === 1) {
    const [a] = args as [F];
    return (x) => fn(a(x));
  }
  const [a, b] = args as [F, F];
  return (x) => fn(a(x), b(x));
}

/** The names of the functions an expression may call, in the order messages list them. */
export const expressionFunctions = Object.keys(functions);

const constants: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

const binary: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
};

/** Thrown inside the parser only, and turned into a ParseResult at its edge. */
class ExpressionError extends Error {
  readonly position: number;
  constructor(position: number, message: string) {
    super(message);
    this.position = position;
  }
}

const describe = (token: Token): string => (token.kind === 'end' ? 'the end' : `'${token.text}'`);

/** The parser over one token list; each method returns the closure for what it read. */
class Parser {
  private index = 0;
  private depth = 0;

  private readonly tokens: readonly Token[];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  private get token(): Token {
    return this.tokens[this.index]!;
  }

  private fail(token: Token, message: string): never {
    throw new ExpressionError(token.position, message);
  }

  private nest<T>(read: () => T): T {
    if (++this.depth > MAX_EXPRESSION_DEPTH) {
      this.fail(this.token, `the expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels.`);
    }
    const result = read();
    this.depth--;
    return result;
  }

  whole(): F {
    const f = this.sum();
    const token = this.token;
    if (token.kind !== 'end') {
      this.fail(token, `expected an operator (+ - * / ^) or the end but found ${describe(token)}.`);
    }
    return f;
  }

  private chain(ops: string, next: () => F): F {
    let left = next();
    while (this.token.kind === 'op' && ops.includes(this.token.text)) {
      const op = binary[this.token.text]!;
      this.index++;
      const a = left;
      const b = next();
      left = (x) => op(a(x), b(x));
    }
    return left;
  }

  private sum(): F {
    return this.chain('+-', () => this.product());
  }

  private product(): F {
    return this.chain('*/', () => this.unary());
  }

  private unary(): F {
    const token = this.token;
    if (token.kind === 'op' && (token.text === '-' || token.text === '+')) {
      this.index++;
      const a = this.nest(() => this.unary());
      return token.text === '-' ? (x) => -a(x) : a;
    }
    return this.power();
  }

  private power(): F {
    const base = this.atom();
    const next = this.token;
    if (next.kind === 'number' || next.kind === 'name' || next.text === '(') {
      const before = this.tokens[this.index - 1]!;
      const example = before.text === ')' ? '' : `: write ${before.text}*${next.text}`;
      this.fail(next, `a product needs its '*' before ${describe(next)}${example}.`);
    }
    if (next.text !== '^') return base;
    this.index++;
    const exponent = this.nest(() => this.unary());
    return (x) => base(x) ** exponent(x);
  }

  private atom(): F {
    const token = this.token;
    if (token.kind === 'number') {
      this.index++;
      const value = Number(token.text);
      return () => value;
    }
    if (token.kind === 'name') return this.name(token);
    if (token.text === '(') {
      this.index++;
      const inner = this.nest(() => this.sum());
      this.expect(')', `to close the '(' at character ${token.position}`);
      return inner;
    }
    return this.fail(token, `expected a number, x or '(' but found ${describe(token)}.`);
  }

  private expect(text: string, why: string): void {
    if (this.token.text !== text)
      this.fail(this.token, `expected '${text}' ${why} but found ${describe(this.token)}.`);
    this.index++;
  }

  private name(token: Token): F {
    this.index++;
    const name = token.text;
    if (name === 'x' || name === 'x1') return (x) => x;
    if (Object.hasOwn(constants, name) && this.token.text !== '(') {
      const value = constants[name]!;
      return () => value;
    }
    if (name === 'x2' || name === 'y') {
      this.fail(token, `'${name}' cannot appear: the boundary is x₂ = f(x₁), written in x alone.`);
    }
    if (!Object.hasOwn(functions, name)) {
      if (this.token.text === '(') {
        this.fail(
          token,
          `'${name}' is not a function this accepts: ${expressionFunctions.join(', ')}.`,
        );
      }
      this.fail(
        token,
        `'${name}' is not a name this accepts: use x, pi, e or a function (${expressionFunctions.join(', ')}).`,
      );
    }
    const fn = functions[name]!;
    const arity = fn.length;
    if (this.token.text !== '(')
      this.fail(this.token, `'${name}' needs parentheses: write ${name}(x).`);
    this.index++;
    const args = this.nest(() => {
      const list = [this.sum()];
      while (this.token.text === ',') {
        this.index++;
        list.push(this.sum());
      }
      return list;
    });
    if (args.length !== arity) {
      const wanted = arity === 1 ? '1 argument' : `${arity} arguments separated by a comma`;
      this.fail(token, `'${name}' takes ${wanted} but was given ${args.length}.`);
    }
    this.expect(')', `to close '${name}(' at character ${token.position + name.length}`);
    return call(fn, args);
  }
}

/**
 * f(x) from the text of an expression in x, or a message giving the character where it goes
 * wrong. Non-finite values (1/0, log 0, sqrt(−1) = NaN) are returned as they are; the function
 * boundary data set treats them as class 0.
 */
export function parseExpression(text: string): ParseResult<CompiledExpression> {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      message: `The expression has ${text.length} characters; keep it to at most ${MAX_EXPRESSION_LENGTH}.`,
    };
  }
  if (text.trim() === '') {
    return {
      ok: false,
      message: 'The expression is empty: type one in x, such as sin(x) or x^2/3.',
    };
  }
  try {
    const tokens = tokenize(text);
    if (!tokens.ok) return tokens;
    const evaluate = new Parser(tokens.value).whole();
    return { ok: true, value: { text, evaluate } };
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { ok: false, message: `At character ${error.position}: ${error.message}` };
  }
}

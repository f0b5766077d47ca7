/**
 * TeX to MathML for equations a widget writes while the reader moves it (the step-through's
 * substituted numbers). The book renders every static equation with KaTeX at build time and ships
 * no KaTeX to the browser; the few live equations need only a small, known part of TeX, and the
 * browser typesets MathML itself with no style attributes, which the page's Content-Security-Policy
 * would refuse in inserted markup (src/lib-site/strict-csp.ts).
 *
 * The subset: letters, digits, operators, groups, ^ and _, primes, \frac, \tfrac, \left…\right,
 * \mathcal (capitals), \mathrm, \text, the spaces \quad \; \, and the symbols in SYMBOLS and FUNCTIONS.
 * Anything else throws a TexError naming it, so a new command in an equation fails its test
 * (tests/widgets/kit/mathml.test.ts runs every equation the step-through can write) instead of
 * rendering wrongly in a reader's page.
 */

export class TexError extends Error {
  override readonly name = 'TexError';
}

/** Commands that stand for one character, and the MathML element it goes in. */
const SYMBOLS: Readonly<Record<string, readonly ['mi' | 'mo', string]>> = {
  delta: ['mi', 'δ'],
  Delta: ['mi', 'Δ'],
  eta: ['mi', 'η'],
  phi: ['mi', 'ϕ'],
  sigma: ['mi', 'σ'],
  partial: ['mi', '∂'],
  cdot: ['mo', '⋅'],
  times: ['mo', '×'],
  sum: ['mo', '∑'],
};

/** Commands written as an upright name: \tanh, \ln, \log. */
const FUNCTIONS = new Set(['tanh', 'ln', 'log', 'exp']);

const SPACES: Readonly<Record<string, string>> = {
  quad: '1em',
  ';': '0.2778em',
  ',': '0.1667em',
};

/** TeX characters that become an operator, and the character MathML shows for each. */
const OPERATORS: Readonly<Record<string, string>> = {
  '+': '+',
  '-': '−',
  '=': '=',
  '(': '(',
  ')': ')',
  '[': '[',
  ']': ']',
  ',': ',',
  ':': ':',
  '/': '/',
  '<': '<',
  '>': '>',
  '|': '|',
};

/**
 * Script capitals as characters: MathML Core (what Chromium implements) ignores
 * mathvariant="script", so ℒ is written out. Eight letters live in Letterlike Symbols, the rest
 * in the Mathematical Alphanumeric block.
 */
const LETTERLIKE_SCRIPT: Readonly<Record<string, string>> = {
  B: 'ℬ',
  E: 'ℰ',
  F: 'ℱ',
  H: 'ℋ',
  I: 'ℐ',
  L: 'ℒ',
  M: 'ℳ',
  R: 'ℛ',
};

function script(letters: string): string {
  return [...letters]
    .map((c) => {
      if (!/[A-Z]/.test(c))
        throw new TexError(`\\mathcal of “${c}”: only capitals have a script form`);
      return LETTERLIKE_SCRIPT[c] ?? String.fromCodePoint(0x1d49c + c.charCodeAt(0) - 65);
    })
    .join('');
}

/** + and − as operators; as a sign (first, or after an operator or an opening) they take no space. */
const SIGNS = new Set(['<mo>+</mo>', '<mo>−</mo>']);
const unary = (sign: string): string => sign.replace('<mo>', '<mo lspace="0em" rspace="0em">');
const afterOperand = (previous: string | undefined): boolean =>
  previous !== undefined &&
  (!previous.startsWith('<mo') || previous === '<mo>)</mo>' || previous === '<mo>]</mo>');

/** A big operator's limits go under and over it (in display math; inline, MathML moves them aside). */
const LIMITS = new Set(['<mo>∑</mo>']);

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const element = (tag: string, content: string, attributes = ''): string =>
  `<${tag}${attributes}>${content}</${tag}>`;

const row = (items: readonly string[]): string =>
  items.length === 1 ? items[0]! : element('mrow', items.join(''));

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  /** Atoms with their scripts until the end, a closing brace or a \right. */
  list(): string[] {
    const items: string[] = [];
    for (;;) {
      this.skipSpace();
      if (this.at >= this.source.length || this.peek() === '}' || this.peekCommand() === 'right')
        return items;
      const item = this.scripted(this.atom());
      items.push(SIGNS.has(item) && !afterOperand(items.at(-1)) ? unary(item) : item);
    }
  }

  /** Whether the whole source was read (list() has skipped any spaces before stopping). */
  done(): boolean {
    return this.at >= this.source.length;
  }

  fail(message: string): never {
    throw new TexError(`${message} (at character ${this.at} of “${this.source}”)`);
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private skipSpace(): void {
    while (this.peek() === ' ') this.at++;
  }

  /** The name of the command at the cursor, without consuming it. */
  private peekCommand(): string | null {
    if (this.peek() !== '\\') return null;
    const rest = this.source.slice(this.at + 1);
    return /^[A-Za-z]+/.exec(rest)?.[0] ?? rest[0] ?? null;
  }

  private command(): string {
    const name = this.peekCommand();
    if (name === null) this.fail('a lone backslash');
    this.at += 1 + name.length;
    return name;
  }

  /** A {…} group's raw text, for \text and \mathrm. */
  private rawGroup(): string {
    this.skipSpace();
    if (this.peek() !== '{') this.fail('expected {');
    const start = ++this.at;
    let depth = 1;
    while (this.at < this.source.length) {
      const c = this.source[this.at++];
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) return this.source.slice(start, this.at - 1);
    }
    return this.fail('an unclosed {');
  }

  /** One argument: a {…} group or a single token. */
  private argument(): string {
    this.skipSpace();
    if (this.peek() === undefined) this.fail('a missing argument');
    return this.atom();
  }

  private group(): string {
    this.at++; // {
    const items = this.list();
    if (this.peek() !== '}') this.fail('an unclosed {');
    this.at++;
    return element('mrow', items.join(''));
  }

  private delimiter(): string {
    this.skipSpace();
    const c = this.peek();
    if (c === '.') {
      this.at++;
      return '';
    }
    if (c === undefined || !'()[]|'.includes(c)) this.fail('expected a delimiter');
    this.at++;
    return element('mo', escape(c), ' fence="true"');
  }

  private fenced(): string {
    const open = this.delimiter();
    const inner = this.list();
    if (this.peekCommand() !== 'right') this.fail('a \\left without its \\right');
    this.command();
    const close = this.delimiter();
    return element('mrow', open + inner.join('') + close);
  }

  private atom(): string {
    const c = this.peek()!;
    if (c === '{') return this.group();
    if (c === '}') this.fail('an unopened }');
    if (c === '^' || c === '_') this.fail(`a ${c} with nothing before it`);
    if (c === '\\') return this.commandAtom();
    this.at++;
    if (/[0-9.]/.test(c)) {
      let number = c;
      while (/[0-9.]/.test(this.peek() ?? '')) number += this.source[this.at++];
      return element('mn', number);
    }
    if (/[A-Za-z]/.test(c)) return element('mi', c);
    const op = OPERATORS[c];
    if (op === undefined) this.fail(`the character “${c}”`);
    return element('mo', escape(op));
  }

  private commandAtom(): string {
    const name = this.command();
    const symbol = SYMBOLS[name];
    if (symbol !== undefined) return element(symbol[0], symbol[1]);
    if (FUNCTIONS.has(name)) return element('mi', name);
    const space = SPACES[name];
    if (space !== undefined) return `<mspace width="${space}"></mspace>`;
    switch (name) {
      case 'frac':
      case 'tfrac':
        return element('mfrac', this.argument() + this.argument());
      case 'left':
        return this.fenced();
      case 'mathcal':
        return element('mi', script(this.rawGroup()));
      case 'mathrm':
        return element('mi', escape(this.rawGroup()), ' mathvariant="normal"');
      case 'text':
        return element('mtext', escape(this.rawGroup()));
      default:
        return this.fail(`the unknown command \\${name}`);
    }
  }

  /** An atom with its primes, superscript and subscript, in either order. */
  private scripted(base: string): string {
    let primes = '';
    while (this.peek() === "'") {
      this.at++;
      primes += '′';
    }
    let sup: string | null = null;
    let sub: string | null = null;
    for (;;) {
      const c = this.peek();
      if (c !== '^' && c !== '_') break;
      this.at++;
      if ((c === '^' ? sup : sub) !== null) this.fail(`a double ${c}`);
      if (c === '^') sup = this.argument();
      else sub = this.argument();
    }
    if (primes !== '') sup = row([element('mo', primes), ...(sup === null ? [] : [sup])]);
    if (LIMITS.has(base)) {
      if (sup !== null && sub !== null) return element('munderover', base + sub + sup);
      if (sub !== null) return element('munder', base + sub);
      if (sup !== null) return element('mover', base + sup);
    }
    if (sup !== null && sub !== null) return element('msubsup', base + sub + sup);
    if (sup !== null) return element('msup', base + sup);
    if (sub !== null) return element('msub', base + sub);
    return base;
  }
}

/**
 * The MathML of a TeX formula from the subset above, with the TeX kept as its annotation (so a
 * reader can copy it). Throws a TexError on anything outside the subset or unbalanced.
 */
export function texToMathML(tex: string, display: boolean): string {
  const parser = new Parser(tex);
  const items = parser.list();
  if (!parser.done()) parser.fail('an unopened } or a \\right without its \\left');
  const body = element('mrow', items.join(''));
  const annotation = element('annotation', escape(tex), ' encoding="application/x-tex"');
  return element(
    'math',
    element('semantics', body + annotation),
    ` xmlns="http://www.w3.org/1998/Math/MathML"${display ? ' display="block"' : ''}`,
  );
}

/**
 * A close guess, at build time, of an equation card's height before the browser lays it out:
 * cards far off screen are skipped (content-visibility: auto) and take this reserved height, so
 * the closer the guess, the less the page's height jumps as the reader scrolls them into view.
 *
 * The equation's part is counted in ems of its math, because the math is set larger on a wide
 * screen than on a phone (book.css): the card's style then reserves
 * `calc(chrome + ems × math size)`, right at either width.
 */

/**
 * Height of a card without its equation: padding, caption and the row of panel buttons, whose
 * caption wraps to more lines on a phone (book.css sets the property per screen width).
 */
export const CARD_CHROME = 'var(--ff-card-chrome)';

/** A plain line of display math with the space between lines. */
const LINE_EM = 1.6;
/** A line with a built-up fraction. */
const FRACTION_EM = 2.7;
/** A line with a sum whose limits sit above and below it. */
const SUM_EM = 3.3;
/** One row of a matrix, an array or a `cases`. */
const ROW_EM = 1.35;

/** The rows of the tallest array or cases environment in `line`, or 0 when it has none. */
function arrayRows(line: string): number {
  const blocks = line.match(/\\begin\{(array|cases)\}[\s\S]*?\\end\{\1\}/g) ?? [];
  return Math.max(0, ...blocks.map((b) => b.split('\\\\').length));
}

/** The estimated height of one line of display TeX, in ems of its math. */
export function texLineEm(line: string): number {
  const rows = arrayRows(line);
  const tallRow = /\\frac/.test(line) && /\\begin\{cases\}/.test(line) ? 0.8 : 0;
  const flat = /\\sum_\{[^}]*\}\^/.test(line)
    ? SUM_EM
    : /\\frac/.test(line)
      ? FRACTION_EM
      : LINE_EM;
  return rows > 1 ? Math.max(flat, rows * ROW_EM + 0.9 + tallRow) : flat;
}

/** The lines of an aligned body, split at `\\` outside any nested environment. */
export function splitTopLevel(body: string): string[] {
  const lines: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < body.length; k++) {
    if (body.startsWith('\\begin{', k)) depth++;
    else if (body.startsWith('\\end{', k)) depth--;
    else if (depth === 0 && body.startsWith('\\\\', k)) {
      lines.push(body.slice(start, k));
      start = k + 2;
      k++;
    }
  }
  lines.push(body.slice(start));
  return lines;
}

/** The estimated height of display TeX in ems of its math: an aligned derivation adds its lines. */
export function texHeightEm(tex: string): number {
  const aligned = /^\\begin\{aligned\}([\s\S]*)\\end\{aligned\}$/.exec(tex.trim());
  if (aligned === null) return texLineEm(tex);
  return splitTopLevel(aligned[1]!).reduce((sum, line) => sum + texLineEm(line), 0);
}

/**
 * Height of an /errata/ entry without its two equations: heading, labels, note and links, whose
 * prose wraps to more lines on a phone (book.css sets the property per screen width).
 */
export const ERRATUM_CHROME = 'var(--ff-erratum-chrome)';

/**
 * The CSS `contain-intrinsic-size` of a block showing these equations (the narrow forms where they
 * have them) around `chrome` (a CSS length) of everything else.
 */
export function reservedSize(texes: readonly string[], chrome = CARD_CHROME): string {
  const em = Math.round(texes.reduce((sum, tex) => sum + texHeightEm(tex), 0) * 100) / 100;
  return `auto calc(${chrome} + ${em} * var(--ff-math-size))`;
}

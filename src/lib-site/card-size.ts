/**
 * A close guess, at build time, of an equation card's height before the browser lays it out:
 * cards far off screen are skipped (content-visibility: auto) and take this reserved height, so
 * the closer the guess, the less the page's height jumps as the reader scrolls them into view.
 */
import type { Formula } from '../../lib/formulas/types.ts';

/** Height of the card without its equation: padding, caption and the row of panel buttons. */
const CHROME_PX = 104;
/** One line of display math at the book's size (1.21em of 16 px) with its margins. */
const LINE_PX = 30;
/** What a built-up fraction, a tall sum or a row of a matrix adds to its line. */
const TALL_PX = 20;
const MATRIX_ROW_PX = 24;

/** The rows of an array or cases environment in `line`, or 0 when it has none. */
function matrixRows(line: string): number {
  const blocks = line.match(
    /\\begin\{(?:array|cases|aligned)\}[\s\S]*?\\end\{(?:array|cases|aligned)\}/g,
  );
  return Math.max(0, ...(blocks ?? []).map((b) => b.split('\\\\').length));
}

/** The estimated height in px of a line of TeX: one line, taller for fractions, sums and matrices. */
export function texLineHeightPx(line: string): number {
  const rows = matrixRows(line);
  if (rows > 1) return LINE_PX + (rows - 1) * MATRIX_ROW_PX + 8;
  return LINE_PX + (/\\frac|\\sum|\\boxed/.test(line) ? TALL_PX : 0);
}

/** The estimated height in px of display TeX: an aligned derivation is the sum of its lines. */
export function texHeightPx(tex: string): number {
  const aligned = /^\\begin\{aligned\}([\s\S]*)\\end\{aligned\}$/.exec(tex.trim());
  if (aligned === null) return texLineHeightPx(tex);
  return splitTopLevel(aligned[1]!).reduce((sum, line) => sum + texLineHeightPx(line), 0);
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

/** The card's estimated height in px, as `contain-intrinsic-size` reserves it. */
export function cardHeightPx(formula: Pick<Formula, 'tex'>): number {
  return Math.round(CHROME_PX + texHeightPx(formula.tex));
}

/**
 * Small shared pieces of the formula registry: building inputs, reading the reader's values
 * (with a clear error for anything unusable), rows and derivative checks.
 */
import { DEFAULT_STEP, maxAbsDifference } from '../finite-difference.ts';
import { shape, type Matrix } from '../linalg.ts';
import type { DerivativeCheck, EvaluationRow, Formula, FormulaInput, Quantity } from './types.ts';

/** A real-valued input: name, TeX symbol, label, default and range (step 0.1 unless told). */
export function scalarInput(
  name: string,
  tex: string,
  label: string,
  value: number,
  [min, max]: readonly [number, number],
  step = 0.1,
): FormulaInput {
  return { name, tex, label, default: value, min, max, step };
}

/** A node index 0..size−1 (the post numbers nodes from 0). */
export function indexInput(
  name: string,
  tex: string,
  label: string,
  value: number,
  size: number,
): FormulaInput {
  return { name, tex, label, default: value, min: 0, max: size - 1, step: 1, integer: true };
}

/** One scalar input per entry of a vector: names `${prefix}0`, `${prefix}1`, … and TeX `sym_k`. */
export function vectorInputs(
  prefix: string,
  symbol: string,
  label: string,
  values: readonly number[],
  range: readonly [number, number],
  step = 0.1,
): FormulaInput[] {
  return values.map((v, k) =>
    scalarInput(`${prefix}${k}`, `${symbol}_{${k}}`, `${label}, entry ${k}`, v, range, step),
  );
}

/** The reader's value for `name`; throws unless it is a finite number. */
export function read(values: Readonly<Record<string, number>>, name: string): number {
  const v = values[name];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new RangeError(`${name} must be a finite number, got ${String(v)}`);
  }
  return v;
}

/** The vector `${prefix}0 … ${prefix}(n−1)` from the reader's values. */
export function readVector(
  values: Readonly<Record<string, number>>,
  prefix: string,
  n: number,
): number[] {
  return Array.from({ length: n }, (_, k) => read(values, `${prefix}${k}`));
}

/** A node index for a layer of `size` nodes; throws naming the valid range otherwise. */
export function readIndex(
  values: Readonly<Record<string, number>>,
  name: string,
  size: number,
  layer: string,
): number {
  const v = read(values, name);
  if (!Number.isInteger(v) || v < 0 || v >= size) {
    throw new RangeError(
      `${name} = ${v} is not a node of ${layer}: its nodes are 0 to ${size - 1}`,
    );
  }
  return v;
}

/** A positive learning rate η from the reader's values. */
export function readRate(values: Readonly<Record<string, number>>, name = 'eta'): number {
  const eta = read(values, name);
  if (!(eta > 0)) throw new RangeError(`the learning rate η must be greater than 0, got ${eta}`);
  return eta;
}

/** The default value of every input, as `evaluate` takes them. */
export function defaultValues(inputs: readonly FormulaInput[]): Record<string, number> {
  return Object.fromEntries(inputs.map((input) => [input.name, input.default]));
}

/** One evaluation row; `role` only when given (exactOptionalPropertyTypes forbids `undefined`). */
export function row(label: string, value: Quantity, role?: EvaluationRow['role']): EvaluationRow {
  return role === undefined ? { label, value } : { label, value, role };
}

/** An analytic derivative beside its central difference, with their largest absolute difference. */
export function derivativeCheck(
  analytic: Quantity,
  numeric: Quantity,
  step = DEFAULT_STEP,
): DerivativeCheck {
  return { analytic, numeric, maxAbsDiff: maxAbsDifference(analytic, numeric), step };
}

/** "4×2": the shape of a matrix as the book writes it. */
export function shapeText(m: Matrix): string {
  return shape(m).join('×');
}

/**
 * An aligned derivation with its left-hand side on a line of its own and every step below it:
 * `L &= A \\ &= B` becomes `&L \\ &\quad= A \\ &\quad= B`. A phone's column then holds the widest
 * step, not the left-hand side plus the widest step. Other TeX is returned as it is.
 */
export function stackedDerivation(tex: string): string {
  const aligned = /^\\begin\{aligned\}([\s\S]*?)&([\s\S]*)\\end\{aligned\}$/.exec(tex);
  if (aligned === null) return tex;
  const [, lhs, rest] = aligned;
  const steps = `&${rest!}`.replaceAll('\\\\&', '\\\\&\\quad');
  return String.raw`\begin{aligned}&${lhs!}\\&\quad${steps.slice(1)}\end{aligned}`;
}

/** The formula with a narrow form for phones: its derivation stacked under its left-hand side. */
export function stackedOnNarrow(formula: Formula): Formula {
  const post = formula.post;
  const narrowOriginal = post?.originalTex && stackedDerivation(post.originalTex);
  if (stackedDerivation(formula.tex) === formula.tex) {
    throw new Error(`${formula.id}: only an aligned derivation can be stacked for narrow screens`);
  }
  return {
    ...formula,
    narrowTex: stackedDerivation(formula.tex),
    ...(post && {
      post: { ...post, ...(narrowOriginal !== undefined && { narrowOriginalTex: narrowOriginal }) },
    }),
  };
}

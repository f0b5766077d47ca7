/**
 * The formula registry's vocabulary. Every display equation of the book is a `Formula`: its TeX,
 * the lib/ code that computes it, the inputs a reader may set and how to evaluate it for them.
 * The same object feeds the chapter's equation, the live evaluation and the tests.
 */

/** A number, a vector or a matrix: whatever a formula evaluates to. */
export type Quantity = number | readonly number[] | readonly (readonly number[])[];

/** One input a reader may set in the live evaluation (always a scalar; vectors are split). */
export interface FormulaInput {
  /** Key in the values record passed to `evaluate`. */
  readonly name: string;
  /** TeX of the symbol, e.g. `a` or `W^{(2)}_{01}`. */
  readonly tex: string;
  /** Plain-text label for screen readers and the input's `<label>`. */
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** True when only whole numbers make sense (an index i or j). */
  readonly integer?: boolean;
}

/** One line of a live evaluation: a named expression and its value for the current inputs. */
export interface EvaluationRow {
  /** Plain text, e.g. "σ(a)(1 − σ(a))". */
  readonly label: string;
  readonly value: Quantity;
  /** `post` marks the source post's own (wrong) form, shown beside the corrected one. */
  readonly role?: 'analytic' | 'numeric' | 'post';
}

/** An analytic derivative beside its central finite difference. */
export interface DerivativeCheck {
  readonly analytic: Quantity;
  readonly numeric: Quantity;
  /** Largest absolute difference between the two, elementwise. */
  readonly maxAbsDiff: number;
  /** Step h of the central difference (f(x+h) − f(x−h)) / 2h. */
  readonly step: number;
}

export interface Evaluation {
  readonly rows: readonly EvaluationRow[];
  readonly check?: DerivativeCheck;
}

/** Where a formula stands in the source post, and what the book changed. */
export interface PostSource {
  /** 1-based index of the post's display equation (1 to 45). */
  readonly index: number;
  /**
   * The post's TeX when the book corrects it; absent when the book keeps the post's form. Its
   * layout (one equality per line) is the book's, its symbols are the post's.
   */
  readonly originalTex?: string;
  /** The post's form laid out for a narrow column, as `Formula.narrowTex` is for the book's. */
  readonly narrowOriginalTex?: string;
  /**
   * One or two sentences, inline math in `$…$`: what is wrong in the post's form of this equation.
   * With a `slip`, only what this equation adds to it (often nothing).
   */
  readonly erratum?: string;
  /** A slip the post makes on several equations: the book explains it once and refers to it after. */
  readonly slip?: Slip;
  /**
   * The terms that changed, as TeX substrings of each form (balanced groups, every occurrence is
   * meant): the errata page highlights them so the two forms can be told apart at a glance.
   */
  readonly changed?: { readonly post: readonly string[]; readonly book: readonly string[] };
}

/** A slip the post repeats: the full explanation for its first equation, a reminder for the rest. */
export interface Slip {
  readonly id: string;
  /** Inline math in `$…$`, as for an erratum. */
  readonly explanation: string;
  /** A short clause naming the slip again, e.g. "the sums end at $n^{(l)} - 1$". */
  readonly reminder: string;
}

export type ChapterSlug =
  | 'architecture'
  | 'weights-and-biases'
  | 'nonlinearity'
  | 'nonlinearity/softmax'
  | 'loss-functions'
  | 'optimization'
  | 'backpropagation'
  | 'backpropagation/output-layer'
  | 'backpropagation/output-matrices'
  | 'backpropagation/hidden-layer'
  | 'backpropagation/recursion'
  | 'backpropagation/summary'
  | 'backpropagation/step-by-step';

export interface Formula {
  /** Stable id, kebab-case; tests name it in a `describe(id, …)` block. */
  readonly id: string;
  /** Inline math in `$…$`, as in an erratum. */
  readonly title: string;
  readonly chapter: ChapterSlug;
  /** Display TeX as the book teaches it (the corrected form where the post slips). */
  readonly tex: string;
  /**
   * The same equation laid out for a narrow column (a phone), where `tex` would need a sideways
   * scroll: a matrix written by its entries, a long line broken. Shown instead of `tex` there.
   */
  readonly narrowTex?: string;
  /** The lib/ modules and exports that compute this formula; the page shows their source. */
  readonly code: readonly { readonly module: string; readonly exports: readonly string[] }[];
  readonly inputs: readonly FormulaInput[];
  /** Evaluates the formula for the reader's inputs. Throws on inputs it cannot use. */
  readonly evaluate: (values: Readonly<Record<string, number>>) => Evaluation;
  readonly post?: PostSource;
}

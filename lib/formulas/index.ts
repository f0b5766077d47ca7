/**
 * The formula registry: every display equation of the book, in book order, each with its TeX,
 * the lib/ code that computes it, its inputs and its live evaluation.
 */
import { backpropHiddenFormulas } from './backprop-hidden.ts';
import { backpropRecursionFormulas } from './backprop-recursion.ts';
import { backpropSummaryFormulas } from './backprop-summary.ts';
import { backpropOutputFormulas } from './backprop-output.ts';
import { backpropUpdateFormulas } from './backprop-updates.ts';
import { lossFunctionFormulas } from './loss-functions.ts';
import { nonlinearityFormulas } from './nonlinearity.ts';
import { gradientDescentStep, optimizationFormulas } from './optimization.ts';
import { softmaxFormulas } from './softmax.ts';
import type { ChapterSlug, Formula } from './types.ts';
import { weightsAndBiasesFormulas } from './weights-and-biases.ts';

export type * from './types.ts';

/** Every formula of the book, in the order the chapters show them. */
export const formulas: readonly Formula[] = [
  ...weightsAndBiasesFormulas,
  ...nonlinearityFormulas,
  ...softmaxFormulas,
  ...lossFunctionFormulas,
  ...optimizationFormulas,
  gradientDescentStep,
  ...backpropOutputFormulas,
  ...backpropUpdateFormulas,
  ...backpropHiddenFormulas,
  ...backpropRecursionFormulas,
  ...backpropSummaryFormulas,
];

const byId = new Map(formulas.map((formula) => [formula.id, formula]));

/** The formula with this id; throws naming the id when the registry has none. */
export function formulaById(id: string): Formula {
  const formula = byId.get(id);
  if (!formula) throw new RangeError(`no formula with id "${id}" in the registry (lib/formulas)`);
  return formula;
}

/** The formulas a chapter shows, in order. */
export function formulasByChapter(slug: ChapterSlug): readonly Formula[] {
  return formulas.filter((formula) => formula.chapter === slug);
}

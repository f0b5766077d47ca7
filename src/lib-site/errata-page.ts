/**
 * The entries of /errata/, in book order: Errata.astro draws them and the route middleware lists
 * them in the page's table of contents, from this one list so the two cannot differ.
 */
import type { Formula } from '../../lib/formulas/types.ts';
import { isCorrected } from './errata.ts';
import { equationNumber, type EquationNumber } from './numbering.ts';
import { formulas } from './registry.ts';
import { proseToText } from './tex.ts';

export interface ErratumEntry {
  readonly formula: Formula;
  readonly number: EquationNumber | undefined;
  /** The id of the entry's heading, e.g. "erratum-softmax". */
  readonly slug: string;
  /** The heading as plain text, e.g. "(3.7) Softmax". */
  readonly text: string;
}

/** Every equation the book corrects, in the order the chapters show them. */
export function errataEntries(): ErratumEntry[] {
  return formulas.filter(isCorrected).map((formula) => {
    const number = equationNumber(formula.id);
    const title = proseToText(formula.title);
    return {
      formula,
      number,
      slug: `erratum-${formula.id}`,
      text: number ? `(${number.number}) ${title}` : title,
    };
  });
}

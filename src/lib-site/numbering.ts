/**
 * The book's own equation numbers, (chapter.position): derived from the chapter order and the order
 * of the <Formula> uses on the pages, never typed by hand. A chapter split over pages keeps one
 * count across its parts, so (6.12) is the twelfth equation of chapter 6 wherever it stands.
 */
import { formulaUses, pageSlug } from '../../scripts/lib-formula-check.ts';
import { chapters } from './chapters.ts';
import { contentPages, type Page } from './content-pages.ts';

/** One numbered equation: where it is shown and what it is called there. */
export interface EquationNumber {
  /** The registry id of the formula. */
  readonly id: string;
  /** The page that shows it, e.g. "backpropagation/output-layer". */
  readonly page: string;
  /** The number as the book prints it, without parentheses: "6.12". */
  readonly number: string;
}

/** The chapter number of each page: parts share their chapter's number. */
function chapterNumbers(): Map<string, number> {
  const top = chapters.filter((c) => c.part === undefined).map((c) => c.slug);
  return new Map(chapters.map((c) => [c.slug as string, top.indexOf(c.part?.of ?? c.slug) + 1]));
}

/** Numbers every equation the chapters show, in reading order; a repeated use keeps its first number. */
export function numberEquations(pages: readonly Page[]): EquationNumber[] {
  const textOf = new Map(pages.map((p) => [pageSlug(p.file), p.text]));
  const chapterOf = chapterNumbers();
  const counts = new Map<number, number>();
  const numbered: EquationNumber[] = [];
  const seen = new Set<string>();
  for (const { slug } of chapters) {
    const chapter = chapterOf.get(slug)!;
    for (const { id } of formulaUses(textOf.get(slug) ?? '')) {
      if (seen.has(id)) continue;
      seen.add(id);
      const position = (counts.get(chapter) ?? 0) + 1;
      counts.set(chapter, position);
      numbered.push({ id, page: slug, number: `${chapter}.${position}` });
    }
  }
  return numbered;
}

let cached: ReadonlyMap<string, EquationNumber> | undefined;

/** The book's number of a formula shown in a chapter, read from content/ once per build. */
export function equationNumber(id: string, root = process.cwd()): EquationNumber | undefined {
  cached ??= new Map(numberEquations(contentPages(root)).map((n) => [n.id, n]));
  return cached.get(id);
}

/** The stable anchor of an equation number, e.g. "eq-6.12". */
export function numberAnchor(number: string): string {
  return `eq-${number}`;
}

/** A link to an equation by its number: same-page links keep to the fragment. */
export function numberHref(n: EquationNumber, fromPage?: string): string {
  const fragment = `#${numberAnchor(n.number)}`;
  return fromPage === n.page ? fragment : `/${n.page}/${fragment}`;
}

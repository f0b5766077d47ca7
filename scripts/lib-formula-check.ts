/**
 * The pure rules behind `npm run test:formulas`: every display equation of the book comes from the
 * registry, every id used exists, every registry id is verified by a passing test that evaluates
 * it, runs its code and asserts on its values (src/lib-site/report.ts), the run had no failure at
 * all, and the post's 45 display equations each have exactly one entry that some page shows.
 */
import type { Page } from '../src/lib-site/content-pages.ts';
import type { TestReport, TestResult } from '../src/lib-site/report.ts';
import { isVerified, testsFor } from '../src/lib-site/report.ts';

/** Number of display equations in the source post. */
export const POST_EQUATIONS = 45;

/** The text with fenced code blocks and inline code blanked (line breaks kept, so line numbers hold). */
export function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Lines where display math ($$ or \[) starts outside code. */
export function displayMathLines(text: string): number[] {
  const prose = withoutCode(text);
  return [...prose.matchAll(/\$\$|(?<!\\)\\\[/g)].map((m) => lineOf(prose, m.index));
}

/** The ids of <Formula id="…" /> uses, with their lines. */
export function formulaUses(text: string): { id: string; line: number }[] {
  const prose = withoutCode(text);
  const uses = prose.matchAll(
    /<Formula\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g,
  );
  return [...uses].map((m) => ({ id: m[1] ?? m[2] ?? m[3] ?? '', line: lineOf(prose, m.index) }));
}

export interface Entry {
  readonly id: string;
  readonly postIndex?: number | undefined;
  /** The registry's chapter slug: the page it links to, e.g. in the errata. */
  readonly chapter?: string | undefined;
}

/** The page a content file becomes: content/a/b.mdx is a/b, content/a/index.mdx is a. */
export function pageSlug(file: string): string {
  return file
    .replace(/^content\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
}

export interface Coverage {
  readonly postEquations: number;
  /** Post equations whose registry entry is shown on a page. */
  readonly withCounterpart: number;
  /** Of those, the ones whose tests ran and passed. */
  readonly withPassingTests: number;
  readonly bookEquations: number;
  readonly bookShown: number;
  readonly bookPassing: number;
}

/** Why the tests naming `id` do not verify it: what the closest one lacked. */
function unverified(id: string, tests: readonly TestResult[]): string {
  const evidence = tests.map((t) => t.evidence?.[id]).filter((e) => e !== undefined);
  const missing = [...new Set(evidence.flatMap((e) => e.missing))];
  if (evidence.length === 0)
    return `${id}: no passing test evaluates it (its tests never call the entry’s evaluate)`;
  if (!evidence.some((e) => e.asserted))
    return `${id}: its tests evaluate it but assert on none of the values it returns`;
  return `${id}: no test that asserts on its values runs all its code: ${missing.join(', ')} never ran`;
}

/** Applies every rule; returns the problems (empty when the book is consistent) and the coverage. */
export function checkFormulas(
  entries: readonly Entry[],
  pages: readonly Page[],
  report: TestReport | null,
) {
  const problems: string[] = [];
  const known = new Set(entries.map((e) => e.id));
  const shown = new Set<string>();
  for (const page of pages) {
    for (const line of displayMathLines(page.text)) {
      problems.push(
        `${page.file}:${line}: display math in content; show it with <Formula id="…" /> from the registry`,
      );
    }
    for (const use of formulaUses(page.text)) {
      const chapter = entries.find((e) => e.id === use.id)?.chapter;
      if (chapter !== undefined && chapter !== pageSlug(page.file)) {
        problems.push(
          `${page.file}:${use.line}: "${use.id}" belongs to chapter "${chapter}" (lib/formulas), so links to it would point elsewhere`,
        );
      }
      if (known.has(use.id)) shown.add(use.id);
      else
        problems.push(
          `${page.file}:${use.line}: <Formula id="${use.id}" /> is not in the registry (lib/formulas)`,
        );
    }
  }
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) problems.push(`registry: id "${id}" appears more than once`);
    seen.add(id);
  }
  if (report === null)
    problems.push('no test report (.reports/vitest.json): run `npm run test:unit` first');
  else if (report.failures > 0)
    problems.push(
      `the test run had ${report.failures} failure${report.failures === 1 ? '' : 's'}: formulas are verified only by a run that passed`,
    );
  const verified = new Set<string>();
  for (const { id } of entries) {
    const tests = testsFor(report, id);
    const failed = tests.filter((t) => t.status === 'failed');
    if (report !== null && tests.length === 0)
      problems.push(`${id}: no test names it (a describe block titled exactly "${id}")`);
    for (const t of failed) problems.push(`${id}: test failed: ${t.name} (${t.file})`);
    if (isVerified(tests, id)) verified.add(id);
    else if (tests.length > 0 && failed.length === 0) problems.push(unverified(id, tests));
  }
  const byIndex = new Map<number, string[]>();
  for (const { id, postIndex } of entries) {
    if (postIndex === undefined) continue;
    if (!Number.isInteger(postIndex) || postIndex < 1 || postIndex > POST_EQUATIONS) {
      problems.push(`${id}: post index ${postIndex} is not between 1 and ${POST_EQUATIONS}`);
    }
    byIndex.set(postIndex, [...(byIndex.get(postIndex) ?? []), id]);
    if (!shown.has(id)) problems.push(`${id}: post equation ${postIndex} is not shown on any page`);
  }
  for (let index = 1; index <= POST_EQUATIONS; index++) {
    const ids = byIndex.get(index) ?? [];
    if (ids.length === 0) problems.push(`post equation ${index}: no registry entry`);
    if (ids.length > 1) problems.push(`post equation ${index}: claimed by ${ids.join(', ')}`);
  }
  const postEntries = entries.filter((e) => e.postIndex !== undefined && shown.has(e.id));
  const postIndexes = (list: readonly Entry[]) => new Set(list.map((e) => e.postIndex)).size;
  const coverage: Coverage = {
    postEquations: POST_EQUATIONS,
    withCounterpart: postIndexes(postEntries),
    withPassingTests: postIndexes(postEntries.filter((e) => verified.has(e.id))),
    bookEquations: entries.length,
    bookShown: entries.filter((e) => shown.has(e.id)).length,
    bookPassing: entries.filter((e) => verified.has(e.id)).length,
  };
  return { problems, coverage };
}

/** The coverage as the two lines the check prints. */
export function coverageLines(c: Coverage): string[] {
  return [
    `post equations: ${c.postEquations}; with counterpart: ${c.withCounterpart}; with passing tests: ${c.withPassingTests}`,
    `book equations: ${c.bookEquations}; shown on a page: ${c.bookShown}; with passing tests: ${c.bookPassing}`,
  ];
}

import { describe, expect, it } from 'vitest';
import {
  checkFormulas,
  coverageLines,
  displayMathLines,
  formulaUses,
  pageSlug,
  POST_EQUATIONS,
} from '../../scripts/lib-formula-check.ts';
import { parseReport, type TestReport } from '../../src/lib-site/report.ts';

/**
 * A report in which `passed` ids have a passing test that evaluated them and asserted on their
 * values, and `failed` ids a failing one.
 */
function report(passed: string[], failed: string[] = []): TestReport {
  const assertion = (id: string, status: string) => ({
    ancestorTitles: [id],
    title: 'holds',
    status,
    meta: { formulaEvidence: { [id]: { asserted: true, missing: [] } } },
  });
  const assertionResults = [
    ...passed.map((id) => assertion(id, 'passed')),
    ...failed.map((id) => assertion(id, 'failed')),
  ];
  return parseReport(
    { startTime: 0, testResults: [{ name: '/r/tests/a.test.ts', assertionResults }] },
    '/r',
  );
}

const allPost = Array.from({ length: POST_EQUATIONS }, (_, k) => ({
  id: `eq-${k + 1}`,
  postIndex: k + 1,
}));
const pageShowingAll = {
  file: 'content/all.mdx',
  text: allPost.map((e) => `<Formula id="${e.id}" />`).join('\n'),
};

describe('displayMathLines', () => {
  it('finds $$ and \\[ on the lines where they start', () => {
    expect(displayMathLines('text\n$$\nx\n$$\nand \\[ y \\]')).toEqual([2, 4, 5]);
  });
  it('ignores math inside fenced and inline code, and inline $ math', () => {
    expect(displayMathLines('```tex\n$$x$$\n```\nuse `$$` and $a$ here')).toEqual([]);
  });
  it('does not take a TeX line break \\\\[2pt] for display math', () => {
    expect(displayMathLines('$a \\\\[2pt] b$')).toEqual([]);
  });
});

describe('formulaUses', () => {
  it('reads ids in double, single and expression quotes, with their lines', () => {
    const text = '<Formula id="a" />\n<Formula id=\'b\'/>\n<Formula  id={"c"} />';
    expect(formulaUses(text)).toEqual([
      { id: 'a', line: 1 },
      { id: 'b', line: 2 },
      { id: 'c', line: 3 },
    ]);
  });
});

describe('pageSlug', () => {
  it('names the page a content file becomes', () => {
    expect(pageSlug('content/nonlinearity.mdx')).toBe('nonlinearity');
    expect(pageSlug('content/backpropagation/index.mdx')).toBe('backpropagation');
    expect(pageSlug('content/backpropagation/recursion.mdx')).toBe('backpropagation/recursion');
  });
});

describe('checkFormulas', () => {
  it('fails when a formula is shown on a page other than its registry chapter', () => {
    const entries = allPost.map((e) => ({ ...e, chapter: 'all' }));
    entries[4] = { ...entries[4]!, chapter: 'elsewhere' };
    const { problems } = checkFormulas(entries, [pageShowingAll], report(allPost.map((e) => e.id)));
    expect(problems).toEqual([
      'content/all.mdx:5: "eq-5" belongs to chapter "elsewhere" (lib/formulas), so links to it would point elsewhere',
    ]);
  });

  it('passes a book where all 45 post equations are shown and tested', () => {
    const { problems, coverage } = checkFormulas(
      allPost,
      [pageShowingAll],
      report(allPost.map((e) => e.id)),
    );
    expect(problems).toEqual([]);
    expect(coverageLines(coverage)[0]).toBe(
      'post equations: 45; with counterpart: 45; with passing tests: 45',
    );
  });

  it('fails when a formula’s only test is an assertion-free it("exists", () => {}), or evaluates without asserting on the values', () => {
    const full = report(allPost.map((e) => e.id));
    const fooled: TestReport = {
      ...full,
      tests: full.tests.map((t) => {
        if (t.ancestors[0] === 'eq-7') return { ...t, name: 'eq-7 › exists', evidence: null };
        if (t.ancestors[0] === 'eq-8')
          return { ...t, evidence: { 'eq-8': { asserted: false, missing: [] } } };
        if (t.ancestors[0] === 'eq-9')
          return { ...t, evidence: { 'eq-9': { asserted: true, missing: ['lib/a.ts#f'] } } };
        return t;
      }),
    };
    const { problems, coverage } = checkFormulas(allPost, [pageShowingAll], fooled);
    expect(problems).toEqual([
      'eq-7: no passing test evaluates it (its tests never call the entry’s evaluate)',
      'eq-8: its tests evaluate it but assert on none of the values it returns',
      'eq-9: no test that asserts on its values runs all its code: lib/a.ts#f never ran',
    ]);
    expect(coverage.withPassingTests).toBe(42);
  });

  it('fails when the run had any failure, even in a test that names no formula', () => {
    const full = report(allPost.map((e) => e.id));
    const { problems } = checkFormulas(allPost, [pageShowingAll], { ...full, failures: 1 });
    expect(problems).toEqual([
      'the test run had 1 failure: formulas are verified only by a run that passed',
    ]);
  });

  it('fails on display math, an unknown id, a failed test and an untested id', () => {
    const entries = [...allPost, { id: 'extra' }];
    const page = {
      file: 'content/x.mdx',
      text: `${pageShowingAll.text}\n$$\nx\n$$\n<Formula id="nope" />`,
    };
    const ids = allPost.map((e) => e.id).filter((id) => id !== 'eq-3');
    const { problems, coverage } = checkFormulas(entries, [page], report(ids, ['eq-3']));
    expect(problems).toEqual([
      'content/x.mdx:46: display math in content; show it with <Formula id="…" /> from the registry',
      'content/x.mdx:48: display math in content; show it with <Formula id="…" /> from the registry',
      'content/x.mdx:49: <Formula id="nope" /> is not in the registry (lib/formulas)',
      'the test run had 1 failure: formulas are verified only by a run that passed',
      'eq-3: test failed: eq-3 › holds (tests/a.test.ts)',
      'extra: no test names it (a describe block titled exactly "extra")',
    ]);
    expect(coverage.withPassingTests).toBe(44);
  });

  it('fails when a post index is missing, duplicated, out of range or not shown', () => {
    const entries = [
      ...allPost.slice(1),
      { id: 'dup', postIndex: 2 },
      { id: 'far', postIndex: 46 },
    ];
    const { problems } = checkFormulas(
      entries,
      [pageShowingAll],
      report([...allPost.map((e) => e.id), 'dup', 'far']),
    );
    expect(problems).toEqual([
      'content/all.mdx:1: <Formula id="eq-1" /> is not in the registry (lib/formulas)',
      'dup: post equation 2 is not shown on any page',
      'far: post index 46 is not between 1 and 45',
      'far: post equation 46 is not shown on any page',
      'post equation 1: no registry entry',
      'post equation 2: claimed by eq-2, dup',
    ]);
  });

  it('without a test report counts no formula as passing', () => {
    const { problems, coverage } = checkFormulas(allPost, [pageShowingAll], null);
    expect(problems).toEqual([
      'no test report (.reports/vitest.json): run `npm run test:unit` first',
    ]);
    expect(coverage.withPassingTests).toBe(0);
    expect(coverage.withCounterpart).toBe(45);
  });

  it('reports a registry id that appears twice', () => {
    const { problems } = checkFormulas(
      [...allPost, { id: 'eq-1' }],
      [pageShowingAll],
      report(allPost.map((e) => e.id)),
    );
    expect(problems).toContain('registry: id "eq-1" appears more than once');
  });
});

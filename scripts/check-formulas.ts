/**
 * npm run test:formulas — fails when the book's equations and their tested counterparts drift
 * apart (rules in scripts/lib-formula-check.ts), and prints how much of the post is covered.
 * Also renders each entry the way the site will (TeX, source, default evaluation), so a registry
 * slip shows up here with its id rather than as a failed build.
 */
import { checkFormulas, coverageLines } from './lib-formula-check.ts';
import { contentPages } from '../src/lib-site/content-pages.ts';
import { formulas } from '../src/lib-site/registry.ts';
import { readReport } from '../src/lib-site/report.ts';
import { isFiniteEvaluation } from '../src/lib-site/rows.ts';
import { moduleSources } from '../src/lib-site/source.ts';
import { renderTex } from '../src/lib-site/tex.ts';

const root = process.cwd();

/** What the site does with each entry at build time, reported instead of thrown. */
function renderProblems(): string[] {
  const problems: string[] = [];
  for (const f of formulas) {
    const attempt = (what: string, run: () => void) => {
      try {
        run();
      } catch (error) {
        problems.push(
          `${f.id}: ${what}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    };
    attempt('TeX does not render', () => renderTex(f.tex));
    if (f.post?.originalTex !== undefined)
      attempt('the post’s TeX does not render', () => renderTex(f.post?.originalTex ?? ''));
    for (const { module, exports } of f.code)
      attempt('source not found', () => moduleSources(root, module, exports));
    const defaults = Object.fromEntries(f.inputs.map((i) => [i.name, i.default]));
    attempt('evaluation at the default inputs', () => {
      if (!isFiniteEvaluation(f.evaluate(defaults))) throw new Error('a value is not finite');
    });
  }
  return problems;
}

const entries = formulas.map((f) => ({ id: f.id, postIndex: f.post?.index, chapter: f.chapter }));
const { problems, coverage } = checkFormulas(entries, contentPages(root), readReport(root));
const all = [...problems, ...renderProblems()];
for (const line of coverageLines(coverage)) console.log(line);
if (all.length > 0) {
  console.error(`\n${all.length} problem${all.length === 1 ? '' : 's'}:`);
  for (const problem of all) console.error(`  - ${problem}`);
  process.exitCode = 1;
} else {
  console.log('every display equation has its registry entry, its code and passing tests');
}

/**
 * npm test's widget check, run after the browser tests: fails when a widget on a built page lacks
 * its model, its unit tests or a passing browser test, or a chapter page has no live demo.
 * Prints how many widgets the book has and where.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapters } from '../src/lib-site/chapters.ts';
import { widgetModels } from '../src/widgets/registry.ts';
import { widgetsOn } from '../tests/browser/widget-pages.ts';
import { sitePages } from '../tests/browser/site-pages.ts';
import { browserSuites, checkWidgets } from './lib-widget-check.ts';

const root = process.cwd();
const report = join(root, '.reports/browser.json');
const pages = sitePages().map((path) => ({ path, widgets: widgetsOn(path) }));
const registered = Object.keys(widgetModels);
const { problems, uses } = checkWidgets({
  pages,
  registered,
  unitTested: registered.filter((id) =>
    existsSync(join(root, `tests/widgets/${id}/model.test.ts`)),
  ),
  chapterPaths: chapters.map((c) => `/${c.slug}/`),
  browserTests: existsSync(report) ? browserSuites(JSON.parse(readFileSync(report, 'utf8'))) : null,
});
const withWidgets = pages.filter((p) => p.widgets.length > 0);
console.log(
  `widgets: ${registered.length} kinds, ${uses} on ${withWidgets.length} pages ` +
    `(chapter pages with a live demo: ${chapters.filter((c) => withWidgets.some((p) => p.path === `/${c.slug}/`)).length} of ${chapters.length})`,
);
for (const p of withWidgets) console.log(`  ${p.path}: ${p.widgets.join(', ')}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
} else {
  console.log('every widget has its model, unit tests and passing browser tests');
}

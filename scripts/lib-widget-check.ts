/**
 * The pure rules behind the widget check (scripts/check-widgets.ts): every widget on a built page
 * has a registered model with unit tests and passed its browser tests in this run, every
 * registered widget is on some page, and every chapter page has at least one widget.
 */

export interface WidgetCheckInput {
  /** URL path of each built page and the `data-widget` ids on it. */
  readonly pages: readonly { readonly path: string; readonly widgets: readonly string[] }[];
  /** Ids in src/widgets/registry.ts. */
  readonly registered: readonly string[];
  /** Ids that have a unit test file (tests/widgets/<id>/model.test.ts). */
  readonly unitTested: readonly string[];
  /** URL paths of the chapter pages ('/architecture/', …). */
  readonly chapterPaths: readonly string[];
  /** Browser-test describe titles with their tests' statuses (vitest JSON), null when absent. */
  readonly browserTests: readonly { readonly suite: string; readonly status: string }[] | null;
}

/** The describe title the browser tests give a widget on a page (tests/browser/widgets.test.ts). */
export const suiteTitle = (widget: string, path: string) => `widget ${widget} on ${path}`;

export function checkWidgets(input: WidgetCheckInput): { problems: string[]; uses: number } {
  const problems: string[] = [];
  const registered = new Set(input.registered);
  const tested = new Set(input.unitTested);
  const used = new Set<string>();
  let uses = 0;
  for (const { path, widgets } of input.pages) {
    for (const id of widgets) {
      uses++;
      used.add(id);
      if (!registered.has(id))
        problems.push(`${path}: widget "${id}" has no model in the registry`);
      if (input.browserTests === null) continue;
      const runs = input.browserTests.filter((t) => t.suite === suiteTitle(id, path));
      if (runs.length === 0)
        problems.push(`${path}: widget "${id}" has no browser test in this run`);
      else if (runs.some((t) => t.status !== 'passed'))
        problems.push(`${path}: widget "${id}" failed a browser test`);
    }
  }
  for (const id of input.registered) {
    if (!used.has(id)) problems.push(`widget "${id}" is registered but on no page`);
    if (!tested.has(id))
      problems.push(`widget "${id}" has no unit tests (tests/widgets/${id}/model.test.ts)`);
  }
  const withWidget = new Set(input.pages.filter((p) => p.widgets.length > 0).map((p) => p.path));
  for (const path of input.chapterPaths) {
    if (!withWidget.has(path)) problems.push(`${path}: a chapter page without a live demo`);
  }
  if (input.browserTests === null)
    problems.push('no browser test report: run the browser tests first');
  return { problems, uses };
}

/** Each browser test's innermost describe title and status, from vitest's JSON report. */
export function browserSuites(json: unknown): { suite: string; status: string }[] {
  const files = (json as { testResults?: unknown }).testResults;
  if (!Array.isArray(files)) throw new Error('not a vitest JSON report');
  return files.flatMap((file: { assertionResults?: unknown }) =>
    (Array.isArray(file.assertionResults) ? file.assertionResults : []).map(
      (a: { ancestorTitles?: unknown; status?: unknown }) => {
        const titles = Array.isArray(a.ancestorTitles) ? a.ancestorTitles.map(String) : [];
        return { suite: titles.at(-1) ?? '', status: String(a.status) };
      },
    ),
  );
}

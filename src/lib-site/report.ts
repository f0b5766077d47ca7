/**
 * The latest test run, as vitest's JSON reporter wrote it (.reports/vitest.json). A formula's
 * tests are the assertions inside a describe block titled exactly with the formula's id.
 */
import { existsSync, readFileSync } from 'node:fs';

export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestResult {
  /** Describe titles and the test title, joined with " › ". */
  readonly name: string;
  readonly status: TestStatus;
  /** Test file, relative to the project root. */
  readonly file: string;
}

export interface TestReport {
  /** When the run started (ms since the epoch). */
  readonly startTime: number;
  readonly tests: readonly (TestResult & { readonly ancestors: readonly string[] })[];
}

/** Where `npm run test:unit` writes its report, relative to the project root. */
export const REPORT_PATH = '.reports/vitest.json';

interface RawAssertion {
  ancestorTitles?: unknown;
  title?: unknown;
  status?: unknown;
}

function statusOf(raw: unknown): TestStatus {
  if (raw === 'passed') return 'passed';
  if (raw === 'failed') return 'failed';
  return 'skipped'; // any other status (pending, skipped, not yet written) is not a pass
}

/** Parses the report's JSON into the few fields the book shows; throws on a malformed file. */
export function parseReport(json: unknown, root: string): TestReport {
  const data = json as { startTime?: unknown; testResults?: unknown };
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray(data.testResults) ||
    typeof data.startTime !== 'number'
  ) {
    throw new Error('not a vitest JSON report (expected startTime and testResults)');
  }
  const tests = data.testResults.flatMap((file: { name?: unknown; assertionResults?: unknown }) => {
    const path =
      typeof file.name === 'string' ? file.name.replace(root.replace(/\/?$/, '/'), '') : '';
    const assertions = Array.isArray(file.assertionResults)
      ? (file.assertionResults as RawAssertion[])
      : [];
    return assertions.map((a) => {
      const ancestors = Array.isArray(a.ancestorTitles) ? a.ancestorTitles.map(String) : [];
      const title = String(a.title ?? '');
      return {
        ancestors,
        name: [...ancestors, title].join(' › '),
        status: statusOf(a.status),
        file: path,
      };
    });
  });
  return { startTime: data.startTime, tests };
}

/** Reads the report under `root`, or returns null when there is none (nothing was verified). */
export function readReport(root: string): TestReport | null {
  const path = `${root.replace(/\/$/, '')}/${REPORT_PATH}`;
  if (!existsSync(path)) return null;
  return parseReport(JSON.parse(readFileSync(path, 'utf8')), root);
}

/** The tests whose describe titles include exactly `id`. */
export function testsFor(report: TestReport | null, id: string): readonly TestResult[] {
  if (report === null) return [];
  return report.tests.filter((t) => t.ancestors.includes(id));
}

/** Verified: at least one test naming the id passed and none failed (a skipped test proves nothing). */
export function isVerified(tests: readonly TestResult[]): boolean {
  return tests.some((t) => t.status === 'passed') && !tests.some((t) => t.status === 'failed');
}

/** A formula's tests in a few words: "6 passed", "1 of 6 failed", "not verified in this build". */
export function testsInBrief(tests: readonly TestResult[]): string {
  const count = (status: TestStatus) => tests.filter((t) => t.status === status).length;
  const [passed, failed, skipped] = [count('passed'), count('failed'), count('skipped')];
  if (failed > 0) return `${failed} of ${tests.length} failed`;
  if (passed === 0) return 'not verified in this build';
  return skipped === 0 ? `${passed} passed` : `${passed} passed, ${skipped} skipped`;
}

/**
 * The latest test run, as vitest's JSON reporter wrote it (.reports/vitest.json). A formula's
 * tests are the assertions inside a describe block titled exactly with the formula's id; one of
 * them verifies it only with the evidence tests/setup/formula-evidence.ts records in its meta.
 */
import { existsSync, readFileSync } from 'node:fs';

export type TestStatus = 'passed' | 'failed' | 'skipped';

/**
 * Per formula id a test evaluated: whether it asserted on a value that evaluation returned, and
 * which of the functions the entry's `code` declares ("module#export") never ran in it.
 */
export type FormulaEvidence = Record<
  string,
  { readonly asserted: boolean; readonly missing: readonly string[] }
>;

/** The key of a test's meta that carries its FormulaEvidence. */
export const EVIDENCE_KEY = 'formulaEvidence';

export interface TestResult {
  /** Describe titles and the test title, joined with " › ". */
  readonly name: string;
  readonly status: TestStatus;
  /** Test file, relative to the project root. */
  readonly file: string;
  /** What the test did with the registry; null when it evaluated no formula. */
  readonly evidence: FormulaEvidence | null;
}

export interface TestReport {
  /** When the run started (ms since the epoch). */
  readonly startTime: number;
  readonly tests: readonly (TestResult & { readonly ancestors: readonly string[] })[];
  /** Failed tests, plus test files that failed without a failed test (an import error). */
  readonly failures: number;
}

/** Where `npm run test:unit` writes its report, relative to the project root. */
export const REPORT_PATH = '.reports/vitest.json';

interface RawAssertion {
  ancestorTitles?: unknown;
  title?: unknown;
  status?: unknown;
  meta?: unknown;
}

function evidenceOf(meta: unknown): FormulaEvidence | null {
  if (typeof meta !== 'object' || meta === null) return null;
  const raw = (meta as Record<string, unknown>)[EVIDENCE_KEY];
  if (typeof raw !== 'object' || raw === null) return null;
  const evidence: Record<string, { asserted: boolean; missing: string[] }> = {};
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    const { asserted, missing } = (entry ?? {}) as { asserted?: unknown; missing?: unknown };
    evidence[id] = {
      asserted: asserted === true,
      missing: Array.isArray(missing) ? missing.map(String) : ['(unreadable evidence)'],
    };
  }
  return evidence;
}

interface RawFile {
  name?: unknown;
  status?: unknown;
  assertionResults?: unknown;
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
  let brokenFiles = 0;
  const tests = data.testResults.flatMap((file: RawFile) => {
    const path =
      typeof file.name === 'string' ? file.name.replace(root.replace(/\/?$/, '/'), '') : '';
    const assertions = Array.isArray(file.assertionResults)
      ? (file.assertionResults as RawAssertion[])
      : [];
    if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) brokenFiles++;
    return assertions.map((a) => {
      const ancestors = Array.isArray(a.ancestorTitles) ? a.ancestorTitles.map(String) : [];
      const title = String(a.title ?? '');
      return {
        ancestors,
        name: [...ancestors, title].join(' › '),
        status: statusOf(a.status),
        file: path,
        evidence: evidenceOf(a.meta),
      };
    });
  });
  const failures = tests.filter((t) => t.status === 'failed').length + brokenFiles;
  return { startTime: data.startTime, tests, failures };
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

/**
 * True when this test verifies formula `id`: it passed, it evaluated the entry, every function
 * the entry declares ran in it, and it asserted on a value the evaluation returned.
 */
export function verifies(test: TestResult, id: string): boolean {
  const evidence = test.evidence?.[id];
  return (
    test.status === 'passed' &&
    evidence !== undefined &&
    evidence.asserted &&
    evidence.missing.length === 0
  );
}

/**
 * Verified: at least one test naming the id verifies it (see `verifies`) and none failed. A
 * skipped test, or a passing one that never evaluated the formula or asserted on its values
 * (`it('exists', () => {})`), proves nothing.
 */
export function isVerified(tests: readonly TestResult[], id: string): boolean {
  return tests.some((t) => verifies(t, id)) && !tests.some((t) => t.status === 'failed');
}

/** A formula's tests in a few words: "6 passed", "1 of 6 failed", "not verified in this build". */
export function testsInBrief(tests: readonly TestResult[]): string {
  const count = (status: TestStatus) => tests.filter((t) => t.status === status).length;
  const [passed, failed, skipped] = [count('passed'), count('failed'), count('skipped')];
  if (failed > 0) return `${failed} of ${tests.length} failed`;
  if (passed === 0) return 'not verified in this build';
  return skipped === 0 ? `${passed} passed` : `${passed} passed, ${skipped} skipped`;
}

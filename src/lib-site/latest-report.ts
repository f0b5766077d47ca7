/** The test report for this build, read once per file change (astro dev keeps running across test runs). */
import { statSync } from 'node:fs';
import { readReport, REPORT_PATH, type TestReport } from './report.ts';

let cached: { mtimeMs: number; report: TestReport | null } | undefined;

/** The report under the working directory, or null when `npm run test:unit` has not written one. */
export function latestReport(root = process.cwd()): TestReport | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(`${root}/${REPORT_PATH}`).mtimeMs;
  } catch {
    return null;
  }
  if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, report: readReport(root) };
  return cached.report;
}

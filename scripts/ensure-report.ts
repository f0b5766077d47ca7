/**
 * Runs the unit tests (writing .reports/vitest.json) when the book has no report for the current
 * sources; `npm run build` and `npm run preview` call it first. With --build it then builds the
 * site when dist/ is missing or older than the report, so a preview shows the latest results.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPORT_PATH } from '../src/lib-site/report.ts';
import { isReportStale, reportMtime, sourceMtimes } from '../src/lib-site/report-freshness.ts';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const report = join(root, REPORT_PATH);
const env = { ...process.env, FF_REPORT: '1', ASTRO_TELEMETRY_DISABLED: '1' };

if (isReportStale(reportMtime(report), sourceMtimes(root))) {
  console.log('No test report for these sources: running the unit tests for the book’s panels…');
  const tests = spawnSync(bin('vitest'), ['run'], { stdio: 'inherit', env, cwd: root });
  if (tests.status !== 0) console.log('Some tests failed; the book shows which ones.');
}

if (process.argv.includes('--build')) {
  const built = reportMtime(join(root, 'dist', 'index.html'));
  if (built === null || built < (reportMtime(report) ?? 0)) {
    const build = spawnSync(bin('astro'), ['build'], { stdio: 'inherit', env, cwd: root });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

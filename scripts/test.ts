/**
 * `npm test`: every check the book has, in the order they depend on each other.
 *   0. a browser for step 4 (Debian's Chromium, installed with apt when missing and run as root)
 *   1. unit and property tests of the engine and the registry (vitest; JSON report for the book)
 *   2. the formula check: every display equation has a counterpart with passing tests
 *   3. the site build (it reads the report of step 1, so the pages show this run's results)
 *   4. real-browser tests of the built site (Chromium)
 *   5. the widget check: every widget has its model, unit tests and passing browser tests, and
 *      every chapter page has a live demo (it reads the report of step 4)
 * A failing stage does not hide the later ones' results where they can still run; the exit code
 * is non-zero when anything failed. The last line counts every test: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = {
  ...process.env,
  // Astro would otherwise try to send anonymous usage data to its servers.
  ASTRO_TELEMETRY_DISABLED: '1',
  // The unit run writes the JSON report the book's "Tests" panels read.
  FF_REPORT: '1',
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
};

interface Stage {
  readonly name: string;
  readonly command: string[];
  /** The vitest JSON report the stage writes, if it runs tests. */
  readonly report?: string;
  /** Stages that must have passed for this one to mean anything. */
  readonly needs?: string[];
}

const stages: Stage[] = [
  { name: 'browser setup', command: ['node', 'scripts/ensure-chromium.ts'] },
  { name: 'unit', command: ['vitest', 'run'], report: '.reports/vitest.json' },
  { name: 'formulas', command: ['node', 'scripts/check-formulas.ts'] },
  { name: 'build', command: ['astro', 'build'] },
  {
    name: 'browser',
    command: ['vitest', 'run', '--config', 'vitest.browser.config.ts'],
    report: '.reports/browser.json',
    needs: ['build', 'browser setup'],
  },
  { name: 'widgets', command: ['node', 'scripts/check-widgets.ts'], needs: ['build'] },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function countReport(path: string): Counts | null {
  const file = join(root, path);
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

const results = new Map<string, boolean>();
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const stage of stages) {
  const blocked = (stage.needs ?? []).filter((need) => results.get(need) !== true);
  if (blocked.length > 0) {
    console.log(`\n✗ ${stage.name}: not run, because ${blocked.join(' and ')} failed`);
    results.set(stage.name, false);
    total.failed += 1;
    continue;
  }
  console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}`);
  // A report left by an earlier run must not be counted as this run's.
  if (stage.report) rmSync(join(root, stage.report), { force: true });
  const started = Date.now();
  const run = spawnSync(stage.command[0]!, stage.command.slice(1), {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const ok = run.status === 0;
  results.set(stage.name, ok);
  const counts = stage.report ? countReport(stage.report) : null;
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    // A runner that crashed before reporting its failures still counts as one failure.
    if (!ok && counts.failed === 0) total.failed += 1;
  } else if (ok) {
    // A stage that is a check rather than a test runner (the formula check, the build) counts as one.
    total.passed += 1;
  } else {
    total.failed += 1;
  }
  console.log(`${ok ? '✓' : '✗'} ${stage.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

console.log(
  '\nSummary: ' +
    stages.map((s) => `${s.name} ${results.get(s.name) ? 'passed' : 'FAILED'}`).join(', '),
);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit([...results.values()].every(Boolean) ? 0 : 1);

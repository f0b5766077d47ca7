import { defineConfig } from 'vitest/config';
import { FullRunReport } from './scripts/full-run-report.ts';

// Unit and property tests of the engine and the formula registry. With FF_REPORT set (npm test,
// npm start, npm run test:unit) a JSON report feeds the book: each formula panel shows the tests
// that verify it and their result in that run. A filtered run (`npm run test:unit -- tests/lib/x`
// or `-t name`) leaves the last full report alone instead of replacing it (FullRunReport).
export default defineConfig({
  test: {
    include: [
      'tests/lib/**/*.test.ts',
      'tests/scripts/**/*.test.ts',
      'tests/bench/**/*.test.ts',
      'tests/widgets/**/*.test.ts',
      'tests/charts/**/*.test.ts',
    ],
    // Property tests on a shared 2-core machine, or under mutation testing's instrumentation, can
    // take longer than vitest's 5 s default; a time limit here is a hang guard, not a check of speed.
    testTimeout: 60_000,
    // A test with no assertion fails: it could not fail otherwise.
    expect: { requireAssertions: true },
    // Records which formulas each test evaluated and asserted on, into the report the formula
    // check reads; a run that writes no report (a mutation run, a quick look) is spared its cost.
    setupFiles: process.env['FF_REPORT'] ? ['tests/setup/formula-evidence.ts'] : [],
    reporters: process.env['FF_REPORT']
      ? ['default', new FullRunReport({ outputFile: '.reports/vitest.json' })]
      : ['default'],
  },
});

// @ts-check
/**
 * Mutation testing (`npm run mutation`): StrykerJS changes the engine's code one small way at a
 * time and runs the tests that cover it; a mutant the tests do not notice "survives". Mutants
 * judged equivalent (no test could tell them apart) are listed with reasons in
 * stryker.equivalent.md. Incremental: results are kept in stryker.incremental.json (committed), so
 * a re-run tests only mutants in changed code or covered by changed tests.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  // The engine and the site's pure modules. lib/formulas is the registry: TeX and labels, held to
  // the page by the formula check; its evaluations are exercised by tests/lib/formulas.
  // The kit's TeX-to-MathML writer is pure too, and what the reader sees of a live equation.
  // The widgets' state modules and their pure helpers too; not the custom elements and the
  // playground's DOM and canvas code, which only the browser tests (not run here) reach.
  mutate: [
    'lib/**/*.ts',
    '!lib/formulas/**',
    'src/lib-site/**/*.ts',
    'src/widgets/**/*.ts',
    '!src/widgets/**/element.ts',
    '!src/widgets/kit/{widget-element,chart-element,after-load}.ts',
    '!src/widgets/playground/{view,tools,maps}.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant of a module-level constant needs the whole suite per mutant; too slow for this machine.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'stryker.incremental.json',
  concurrency: 2,
  timeoutMS: 4000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.reports/mutation/mutation.json' },
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    reportScoreTable: true,
    reportMutants: true,
  },
  // vitest does not type-check, so the sandbox needs no @ts-nocheck headers (they would change
  // the fixture files whose text tests/scripts/lib-site/source.test.ts reads).
  disableTypeChecks: false,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

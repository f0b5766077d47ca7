import { defineConfig } from 'vitest/config';

// Unit and property tests of the engine and the formula registry. The JSON report feeds the book:
// each formula panel shows the tests that verify it and their result in this run.
export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});

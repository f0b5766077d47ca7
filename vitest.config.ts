import { defineConfig } from 'vitest/config';

// Unit and property tests of the engine and the formula registry. With FF_REPORT set (npm test,
// npm start, npm run test:unit) a JSON report feeds the book: each formula panel shows the tests
// that verify it and their result in that run. A filtered run (`npx vitest run tests/lib/x`)
// leaves the last full report alone instead of replacing it with a partial one.
export default defineConfig({
  test: {
    include: [
      'tests/lib/**/*.test.ts',
      'tests/scripts/**/*.test.ts',
      'tests/bench/**/*.test.ts',
      'tests/widgets/**/*.test.ts',
      'tests/charts/**/*.test.ts',
    ],
    reporters: process.env['FF_REPORT']
      ? ['default', ['json', { outputFile: '.reports/vitest.json' }]]
      : ['default'],
  },
});

import { describe, expect, it } from 'vitest';
import { partialRunReason } from '../../scripts/full-run-report.ts';

describe('partialRunReason', () => {
  it('is null for a run of every test file with no name filter or shard: that run writes the report', () => {
    expect(partialRunReason({ filesRun: 56, filesInSuite: 56 })).toBeNull();
  });

  it('names a run of some files only (npm run test:unit -- tests/lib/x)', () => {
    expect(partialRunReason({ filesRun: 1, filesInSuite: 56 })).toBe(
      "1 of the suite's 56 test files",
    );
  });

  it('names a run filtered by test name (-t) or sharded, even when every file ran', () => {
    expect(partialRunReason({ filesRun: 56, filesInSuite: 56, testNamePattern: /state/ })).toBe(
      'only tests named /state/',
    );
    expect(
      partialRunReason({ filesRun: 56, filesInSuite: 56, shard: { index: 1, count: 2 } }),
    ).toBe('one shard of the suite');
  });
});

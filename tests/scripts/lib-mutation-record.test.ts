import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkMutationRecord,
  listedLines,
  mergeRecords,
  percent,
  scoresByFolder,
  survivorsOf,
  type MutationRecord,
} from '../../scripts/lib-mutation-record.ts';

const mutant = (status: string, line: number, more: Record<string, unknown> = {}) => ({
  id: String(line),
  mutatorName: 'EqualityOperator',
  replacement: 'i <= n',
  status,
  location: { start: { line, column: 1 }, end: { line, column: 9 } },
  ...more,
});

const record = (): MutationRecord => ({
  files: {
    'lib/a.ts': { mutants: [mutant('Killed', 3), mutant('Survived', 7), mutant('Timeout', 8)] },
    'lib/network/b.ts': { mutants: [mutant('NoCoverage', 12), mutant('Ignored', 13)] },
    'src/widgets/step/c.ts': { mutants: [mutant('Killed', 1), mutant('CompileError', 2)] },
  },
});

const list = (...cells: string[]) =>
  [
    '| file:line | mutant | why |',
    '| --- | --- | --- |',
    ...cells.map((c) => `| ${c} | m | r |`),
  ].join('\n');

describe('the mutation record check', () => {
  it('reads the survivors and the mutants no test reached, with where and what they are', () => {
    expect(survivorsOf(record())).toEqual([
      { file: 'lib/a.ts', line: 7, status: 'Survived', mutant: 'EqualityOperator → i <= n' },
      {
        file: 'lib/network/b.ts',
        line: 12,
        status: 'NoCoverage',
        mutant: 'EqualityOperator → i <= n',
      },
    ]);
  });

  it('scores each folder by killed and timed-out mutants over the scored ones; a file in lib/ alone', () => {
    const scores = scoresByFolder(record());
    expect([...scores.keys()]).toEqual(['lib/a.ts', 'lib/network', 'src/widgets/step']);
    expect(scores.get('lib/a.ts')).toEqual({ caught: 2, missed: 1 });
    expect(scores.get('lib/network')).toEqual({ caught: 0, missed: 1 });
    expect(scores.get('src/widgets/step')).toEqual({ caught: 1, missed: 0 });
    expect(percent({ caught: 2, missed: 1 })).toBeCloseTo(66.667, 3);
    expect(percent({ caught: 0, missed: 0 })).toBe(100);
  });

  it('reads each row’s path and lines, and reports a row of any other form', () => {
    const { listed, malformed } = listedLines(
      list('lib/a.ts:7', 'lib/network/b.ts:12, 40', 'b.ts:3', '23', 'lib/a.ts'),
    );
    expect([...listed]).toEqual(['lib/a.ts:7', 'lib/network/b.ts:12', 'lib/network/b.ts:40']);
    expect(malformed).toEqual(['b.ts:3', '23', 'lib/a.ts']);
  });

  it('agrees when every survivor is listed and every listed line has one', () => {
    expect(checkMutationRecord(record(), list('lib/a.ts:7', 'lib/network/b.ts:12'))).toEqual([]);
  });

  it('names a survivor the list gives no reason for, and a listed line where none survives', () => {
    expect(checkMutationRecord(record(), list('lib/a.ts:7, 8', 'b.ts:12'))).toEqual([
      'a row of the list names "b.ts:12", not a path:line from the project root',
      'lib/network/b.ts:12: EqualityOperator → i <= n no test reaches, and the list gives no reason',
      'lib/a.ts:8 is listed, but no mutant survives there in the record',
    ]);
  });
});

describe('merging the record of a run over some files', () => {
  const whole: MutationRecord = {
    schemaVersion: '1.0',
    files: {
      'lib/a.ts': { source: 'a1', mutants: [mutant('Survived', 7, { id: '0', coveredBy: ['5'] })] },
      'lib/b.ts': { source: 'b', mutants: [mutant('Killed', 2, { id: '9', killedBy: ['6'] })] },
    },
    testFiles: {
      'tests/a.test.ts': { source: 't1', tests: [{ id: '5', name: 'a works' }] },
      'tests/b.test.ts': { source: 'u', tests: [{ id: '6', name: 'b works' }] },
    },
  };
  const part: MutationRecord = {
    files: {
      'lib/a.ts': {
        source: 'a2',
        mutants: [mutant('Killed', 7, { id: '0', killedBy: ['1'], coveredBy: ['0', '1'] })],
      },
    },
    testFiles: {
      'tests/a.test.ts': {
        source: 't2',
        tests: [
          { id: '0', name: 'a works' },
          { id: '1', name: 'a kills the mutant' },
        ],
      },
    },
  };

  it('replaces the run’s files and test files and keeps the others as they were', () => {
    const merged = mergeRecords(whole, part);
    expect(merged['schemaVersion']).toBe('1.0');
    expect(merged.files['lib/b.ts']).toBe(whole.files['lib/b.ts']);
    expect(merged.files['lib/a.ts']!['source']).toBe('a2');
    expect(merged.testFiles!['tests/b.test.ts']).toBe(whole.testFiles!['tests/b.test.ts']);
    expect(merged.testFiles!['tests/a.test.ts']!.source).toBe('t2');
  });

  it('keeps a known test’s id, numbers new tests and mutants past the record’s, and follows the ids', () => {
    const merged = mergeRecords(whole, part);
    expect(merged.testFiles!['tests/a.test.ts']!.tests.map((t) => [t.id, t.name])).toEqual([
      ['5', 'a works'],
      ['7', 'a kills the mutant'],
    ]);
    const [m] = merged.files['lib/a.ts']!.mutants;
    expect(m).toMatchObject({ id: '10', status: 'Killed', killedBy: ['7'], coveredBy: ['5', '7'] });
    expect(whole.files['lib/a.ts']!.mutants[0]!.id).toBe('0');
  });
});

describe('the committed mutation record', () => {
  it('lists every surviving mutant in stryker.equivalent.md with a reason, and no line where none survives', () => {
    const committed = JSON.parse(
      readFileSync('stryker.incremental.json', 'utf8'),
    ) as MutationRecord;
    const problems = checkMutationRecord(committed, readFileSync('stryker.equivalent.md', 'utf8'));
    expect(problems).toEqual([]);
    // The record covers the whole configured scope, not a few files.
    expect(Object.keys(committed.files).length).toBeGreaterThan(100);
  });
});

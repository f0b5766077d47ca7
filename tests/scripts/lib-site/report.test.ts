import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isVerified,
  parseReport,
  readReport,
  REPORT_PATH,
  testsFor,
  testsInBrief,
  verifies,
} from '../../../src/lib-site/report.ts';

const raw = {
  startTime: 1764300000000,
  testResults: [
    {
      name: '/repo/tests/lib/activations/sigmoid.test.ts',
      assertionResults: [
        {
          ancestorTitles: ['sigmoid-derivative'],
          title: 'equals σ(1 − σ)',
          status: 'passed',
          meta: { formulaEvidence: { 'sigmoid-derivative': { asserted: true, missing: [] } } },
        },
        { ancestorTitles: ['sigmoid-derivative', 'at ±1e4'], title: 'is finite', status: 'failed' },
        {
          ancestorTitles: ['sigmoid-derivative-extra'],
          title: 'is another formula',
          status: 'passed',
          meta: {
            formulaEvidence: { 'sigmoid-derivative-extra': { asserted: true, missing: [] } },
          },
        },
        { ancestorTitles: ['softmax'], title: 'is pending', status: 'pending' },
        // The tests a coverage check must not be fooled by: each passes and proves nothing.
        { ancestorTitles: ['tanh'], title: 'exists', status: 'passed' },
        {
          ancestorTitles: ['relu'],
          title: 'evaluates it and asserts something else',
          status: 'passed',
          meta: { formulaEvidence: { relu: { asserted: false, missing: [] } } },
        },
        {
          ancestorTitles: ['linear'],
          title: 'asserts on a value without running its code',
          status: 'passed',
          meta: { formulaEvidence: { linear: { asserted: true, missing: ['lib/x.ts#f'] } } },
        },
        {
          ancestorTitles: ['mse'],
          title: 'asserts on another formula’s values',
          status: 'passed',
          meta: { formulaEvidence: { tanh: { asserted: true, missing: [] } } },
        },
      ],
    },
    { name: '/repo/tests/broken.test.ts', status: 'failed', assertionResults: [] },
  ],
};
// Parsed inside each test, so that a mutation run sees which tests exercise the parser.
const report = () => parseReport(raw, '/repo');

describe('parseReport', () => {
  it('keeps names, statuses and project-relative files', () => {
    expect(report().tests[1]).toEqual({
      ancestors: ['sigmoid-derivative', 'at ±1e4'],
      name: 'sigmoid-derivative › at ±1e4 › is finite',
      status: 'failed',
      file: 'tests/lib/activations/sigmoid.test.ts',
      evidence: null,
    });
    expect(report().tests[0]?.evidence).toEqual({
      'sigmoid-derivative': { asserted: true, missing: [] },
    });
  });
  it('counts failed tests and test files that failed without one (an import error) as failures', () => {
    expect(report().failures).toBe(2);
  });
  it('counts pending and todo tests as skipped, never as passed', () => {
    expect(report().tests[3]?.status).toBe('skipped');
  });
  it('rejects a file that is not a vitest JSON report', () => {
    expect(() => parseReport({ tests: [] }, '/repo')).toThrow('not a vitest JSON report');
  });
  it('rejects null, undefined, a report without results and one without a numeric start time', () => {
    for (const json of [null, undefined, { startTime: 1 }, { testResults: [], startTime: '1' }]) {
      expect(() => parseReport(json, '/repo')).toThrow('not a vitest JSON report');
    }
  });
  it('counts a failed file once per failed test, and as one failure when none of its tests failed', () => {
    const file = (statuses: string[]) => ({
      name: '/repo/tests/a.test.ts',
      status: 'failed',
      assertionResults: statuses.map((status) => ({ ancestorTitles: ['a'], title: 't', status })),
    });
    const failures = (...files: ReturnType<typeof file>[]) =>
      parseReport({ startTime: 1, testResults: files }, '/repo').failures;
    expect(failures(file(['passed', 'failed']))).toBe(1);
    expect(failures(file(['failed', 'passed']))).toBe(1);
    expect(failures(file(['passed', 'skipped']))).toBe(1);
    expect(failures(file(['passed', 'failed']), file(['passed']))).toBe(2);
  });
  it('does not count a passing file as a failure', () => {
    const passing = {
      startTime: 1,
      testResults: [
        {
          name: '/repo/tests/a.test.ts',
          status: 'passed',
          assertionResults: [{ ancestorTitles: ['a'], title: 'works', status: 'passed' }],
        },
      ],
    };
    expect(parseReport(passing, '/repo').failures).toBe(0);
  });
  it('reads a file without a name, results, titles or a test title as empty ones', () => {
    const bare = parseReport(
      { startTime: 1, testResults: [{}, { assertionResults: [{ status: 'passed' }] }] },
      '/repo',
    );
    expect(bare.tests).toEqual([
      { ancestors: [], name: '', status: 'passed', file: '', evidence: null },
    ]);
  });
  it('reads evidence that is missing, null or malformed as no evidence or as unverified', () => {
    const evidence = (meta: unknown) =>
      parseReport(
        { startTime: 1, testResults: [{ assertionResults: [{ status: 'passed', meta }] }] },
        '/repo',
      ).tests[0]?.evidence;
    expect(evidence(undefined)).toBeNull();
    expect(evidence(null)).toBeNull();
    expect(evidence({})).toBeNull();
    expect(evidence({ formulaEvidence: null })).toBeNull();
    expect(
      evidence({ formulaEvidence: { a: { asserted: 'yes', missing: 'f' }, b: null } }),
    ).toEqual({
      a: { asserted: false, missing: ['(unreadable evidence)'] },
      b: { asserted: false, missing: ['(unreadable evidence)'] },
    });
  });
});

describe('readReport', () => {
  it('parses the report under the root, with or without a trailing slash', () => {
    const root = mkdtempSync(join(tmpdir(), 'ff-report-'));
    try {
      mkdirSync(join(root, '.reports'));
      writeFileSync(
        join(root, REPORT_PATH),
        JSON.stringify({ startTime: 5, testResults: [{ name: `${root}/tests/a.test.ts` }] }),
      );
      expect(readReport(root)).toEqual({ startTime: 5, tests: [], failures: 0 });
      expect(readReport(`${root}/`)).toEqual({ startTime: 5, tests: [], failures: 0 });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('returns null when there is no report', () => {
    const root = mkdtempSync(join(tmpdir(), 'ff-report-'));
    try {
      expect(readReport(root)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('verifies', () => {
  const evidence = { f: { asserted: true, missing: [] } };
  it('needs the test to have passed, whatever its evidence', () => {
    expect(verifies({ name: 'n', status: 'passed', file: 'x', evidence }, 'f')).toBe(true);
    expect(verifies({ name: 'n', status: 'failed', file: 'x', evidence }, 'f')).toBe(false);
    expect(verifies({ name: 'n', status: 'skipped', file: 'x', evidence }, 'f')).toBe(false);
  });
});

describe('testsFor', () => {
  it('selects the tests whose describe titles include exactly the id', () => {
    expect(testsFor(report(), 'sigmoid-derivative').map((t) => t.name)).toEqual([
      'sigmoid-derivative › equals σ(1 − σ)',
      'sigmoid-derivative › at ±1e4 › is finite',
    ]);
  });
  it('finds nothing without a report', () => {
    expect(testsFor(null, 'sigmoid-derivative')).toEqual([]);
  });
});

describe('isVerified', () => {
  const verified = (id: string) => isVerified(testsFor(report(), id), id);

  it('needs a passing test with evidence and no failing one', () => {
    expect(verified('sigmoid-derivative')).toBe(false);
    expect(verified('sigmoid-derivative-extra')).toBe(true);
    expect(verified('softmax')).toBe(false);
    expect(isVerified([], 'softmax')).toBe(false);
  });

  it('does not count an assertion-free it("exists", () => {}) under the formula’s describe', () => {
    expect(testsFor(report(), 'tanh').map((t) => t.status)).toEqual(['passed']);
    expect(verified('tanh')).toBe(false);
  });

  it('does not count a test that evaluates the formula but asserts on none of its values', () => {
    expect(verified('relu')).toBe(false);
  });

  it('does not count a test in which a function the formula declares never ran', () => {
    expect(verified('linear')).toBe(false);
  });

  it('does not count a test under one formula’s describe that asserts on another’s values', () => {
    expect(verified('mse')).toBe(false);
  });
});

describe('testsInBrief', () => {
  const test = (status: 'passed' | 'failed' | 'skipped') => ({
    name: 'n',
    status,
    file: 'f',
    evidence: null,
  });
  it('counts the passes when nothing failed, and names skipped tests beside them', () => {
    expect(testsInBrief([test('passed'), test('passed')])).toBe('2 passed');
    expect(testsInBrief([test('passed'), test('skipped')])).toBe('1 passed, 1 skipped');
  });
  it('puts failures first, out of all the tests', () => {
    expect(testsInBrief([test('passed'), test('failed'), test('skipped')])).toBe('1 of 3 failed');
  });
  it('never calls a formula verified without a pass', () => {
    expect(testsInBrief([])).toBe('not verified in this build');
    expect(testsInBrief([test('skipped')])).toBe('not verified in this build');
  });
});

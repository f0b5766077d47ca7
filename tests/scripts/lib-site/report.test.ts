import { describe, expect, it } from 'vitest';
import { isVerified, parseReport, testsFor, testsInBrief } from '../../../src/lib-site/report.ts';

const raw = {
  startTime: 1764300000000,
  testResults: [
    {
      name: '/repo/tests/lib/activations/sigmoid.test.ts',
      assertionResults: [
        { ancestorTitles: ['sigmoid-derivative'], title: 'equals σ(1 − σ)', status: 'passed' },
        { ancestorTitles: ['sigmoid-derivative', 'at ±1e4'], title: 'is finite', status: 'failed' },
        {
          ancestorTitles: ['sigmoid-derivative-extra'],
          title: 'is another formula',
          status: 'passed',
        },
        { ancestorTitles: ['softmax'], title: 'is pending', status: 'pending' },
      ],
    },
  ],
};
const report = parseReport(raw, '/repo');

describe('parseReport', () => {
  it('keeps names, statuses and project-relative files', () => {
    expect(report.tests[1]).toEqual({
      ancestors: ['sigmoid-derivative', 'at ±1e4'],
      name: 'sigmoid-derivative › at ±1e4 › is finite',
      status: 'failed',
      file: 'tests/lib/activations/sigmoid.test.ts',
    });
  });
  it('counts pending and todo tests as skipped, never as passed', () => {
    expect(report.tests[3]?.status).toBe('skipped');
  });
  it('rejects a file that is not a vitest JSON report', () => {
    expect(() => parseReport({ tests: [] }, '/repo')).toThrow('not a vitest JSON report');
  });
});

describe('testsFor', () => {
  it('selects the tests whose describe titles include exactly the id', () => {
    expect(testsFor(report, 'sigmoid-derivative').map((t) => t.name)).toEqual([
      'sigmoid-derivative › equals σ(1 − σ)',
      'sigmoid-derivative › at ±1e4 › is finite',
    ]);
  });
  it('finds nothing without a report', () => {
    expect(testsFor(null, 'sigmoid-derivative')).toEqual([]);
  });
});

describe('isVerified', () => {
  it('needs a passing test and no failing one', () => {
    expect(isVerified(testsFor(report, 'sigmoid-derivative'))).toBe(false);
    expect(isVerified(testsFor(report, 'sigmoid-derivative-extra'))).toBe(true);
    expect(isVerified(testsFor(report, 'softmax'))).toBe(false);
    expect(isVerified([])).toBe(false);
  });
});

describe('testsInBrief', () => {
  const test = (status: 'passed' | 'failed' | 'skipped') => ({ name: 'n', status, file: 'f' });
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

import { describe, expect, it } from 'vitest';
import { isVerified, parseReport, testsFor, testsInBrief } from '../../../src/lib-site/report.ts';

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
const report = parseReport(raw, '/repo');

describe('parseReport', () => {
  it('keeps names, statuses and project-relative files', () => {
    expect(report.tests[1]).toEqual({
      ancestors: ['sigmoid-derivative', 'at ±1e4'],
      name: 'sigmoid-derivative › at ±1e4 › is finite',
      status: 'failed',
      file: 'tests/lib/activations/sigmoid.test.ts',
      evidence: null,
    });
    expect(report.tests[0]?.evidence).toEqual({
      'sigmoid-derivative': { asserted: true, missing: [] },
    });
  });
  it('counts failed tests and test files that failed without one (an import error) as failures', () => {
    expect(report.failures).toBe(2);
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
  const verified = (id: string) => isVerified(testsFor(report, id), id);

  it('needs a passing test with evidence and no failing one', () => {
    expect(verified('sigmoid-derivative')).toBe(false);
    expect(verified('sigmoid-derivative-extra')).toBe(true);
    expect(verified('softmax')).toBe(false);
    expect(isVerified([], 'softmax')).toBe(false);
  });

  it('does not count an assertion-free it("exists", () => {}) under the formula’s describe', () => {
    expect(testsFor(report, 'tanh').map((t) => t.status)).toEqual(['passed']);
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

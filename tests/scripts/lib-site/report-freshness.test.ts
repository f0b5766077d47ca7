import { describe, expect, it } from 'vitest';
import { isReportStale } from '../../../src/lib-site/report-freshness.ts';

describe('isReportStale', () => {
  it('is stale when there is no report', () => {
    expect(isReportStale(null, [1])).toBe(true);
  });

  it('is stale when a source changed after the report was written', () => {
    expect(isReportStale(100, [50, 150])).toBe(true);
  });

  it('is fresh when every source is older than the report', () => {
    expect(isReportStale(100, [50, 99])).toBe(false);
  });
});

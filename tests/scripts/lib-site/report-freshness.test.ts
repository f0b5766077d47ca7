import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isReportStale,
  reportMtime,
  sourceMtimes,
} from '../../../src/lib-site/report-freshness.ts';

describe('isReportStale', () => {
  it('is stale when there is no report', () => {
    expect(isReportStale(null, [1])).toBe(true);
  });

  it('is stale when there is no report, even with no sources', () => {
    expect(isReportStale(null, [])).toBe(true);
  });

  it('is stale when a source changed after the report was written', () => {
    expect(isReportStale(100, [50, 150])).toBe(true);
  });

  it('is fresh when every source is older than the report', () => {
    expect(isReportStale(100, [50, 99])).toBe(false);
  });

  it('is fresh when a source was written in the same millisecond as the report', () => {
    expect(isReportStale(100, [100])).toBe(false);
  });
});

describe('sourceMtimes and reportMtime', () => {
  let root = '';
  // Each file gets its own modification time (in whole seconds, so mtimeMs is exact).
  const files: Record<string, number> = {
    'lib/a.ts': 1001,
    'lib/sub/b.ts': 1002,
    'lib/c.js': 1003,
    'lib/d.tsx': 1004,
    'lib/browser/e.ts': 1005,
    'tests/f.ts': 1006,
    'other/g.ts': 1007,
    'report.json': 1008,
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ff-freshness-'));
    mkdirSync(join(root, 'lib', 'folder.ts'), { recursive: true });
    for (const [file, seconds] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), seconds, seconds);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the .ts files under lib/ and tests/, nested ones included, but no browser tests', () => {
    expect(sourceMtimes(root).sort()).toEqual([1001000, 1002000, 1006000]);
  });

  it('reads the folders it is given', () => {
    expect(sourceMtimes(root, ['other'])).toEqual([1007000]);
  });

  it('gives the report’s modification time, or null when there is none', () => {
    expect(reportMtime(join(root, 'report.json'))).toBe(1008000);
    expect(reportMtime(join(root, 'missing.json'))).toBeNull();
  });
});

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_PATH } from '../../../src/lib-site/report.ts';

// The module keeps its cache between calls: each test imports a fresh copy.
async function freshLatestReport() {
  vi.resetModules();
  return (await import('../../../src/lib-site/latest-report.ts')).latestReport;
}

describe('latestReport', () => {
  let root = '';
  const write = (startTime: number, mtimeSeconds: number) => {
    writeFileSync(join(root, REPORT_PATH), JSON.stringify({ startTime, testResults: [] }));
    utimesSync(join(root, REPORT_PATH), mtimeSeconds, mtimeSeconds);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ff-latest-'));
    mkdirSync(join(root, '.reports'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is null when no report was written', async () => {
    const latestReport = await freshLatestReport();
    expect(latestReport(root)).toBeNull();
  });

  it('reads the report under the root, with the evidence of its tests', async () => {
    const latestReport = await freshLatestReport();
    const evidence = { f: { asserted: true, missing: [] } };
    const meta = { formulaEvidence: evidence };
    const assertion = { ancestorTitles: ['f'], title: 't', status: 'passed', meta };
    writeFileSync(
      join(root, REPORT_PATH),
      JSON.stringify({
        startTime: 7,
        testResults: [{ name: `${root}/tests/f.test.ts`, assertionResults: [assertion] }],
      }),
    );
    expect(latestReport(root)).toEqual({
      startTime: 7,
      tests: [
        { ancestors: ['f'], name: 'f › t', status: 'passed', file: 'tests/f.test.ts', evidence },
      ],
      failures: 0,
    });
  });

  it('reads the file again only once its modification time changed', async () => {
    const latestReport = await freshLatestReport();
    write(7, 1000);
    expect(latestReport(root)?.startTime).toBe(7);
    write(8, 1000);
    expect(latestReport(root)?.startTime).toBe(7);
    write(9, 2000);
    expect(latestReport(root)?.startTime).toBe(9);
  });
});

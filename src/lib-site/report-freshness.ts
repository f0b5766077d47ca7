/**
 * Whether the unit-test report the book shows belongs to the current sources: `npm run build` and
 * `npm run preview` run the tests first when it does not, so a built book never shows "0 passed"
 * because the test step was skipped.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** True when there is no report, or a source file changed after it was written. */
export function isReportStale(
  reportMtimeMs: number | null,
  sourceMtimesMs: readonly number[],
): boolean {
  return reportMtimeMs === null || sourceMtimesMs.some((t) => t > reportMtimeMs);
}

/** Modification times of the files the unit tests read: the engine and its tests. */
export function sourceMtimes(root: string, folders = ['lib', 'tests']): number[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.parentPath.includes('browser'))
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/** The report's modification time, or null when it is missing. */
export function reportMtime(path: string): number | null {
  return existsSync(path) ? statSync(path).mtimeMs : null;
}

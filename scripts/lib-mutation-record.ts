/**
 * The pure rules behind the mutation record check: the committed result of `npm run mutation`
 * (stryker.incremental.json) and the list of survivors judged equivalent (stryker.equivalent.md)
 * must agree. Every mutant that survived or that no test reached is listed there with a reason,
 * and every listed line still holds such a mutant, so the list can neither hide a missing test
 * nor keep a reason for code that has changed.
 */

/** Stryker's incremental report (mutation-testing-report-schema): the parts read here, and the rest kept. */
export interface MutationRecord {
  readonly files: Readonly<Record<string, RecordFile>>;
  readonly testFiles?: Readonly<Record<string, RecordTestFile>>;
  readonly [k: string]: unknown;
}
interface RecordTestFile {
  readonly tests: readonly RecordTest[];
  readonly source?: string;
}
interface RecordFile {
  readonly source?: string;
  readonly mutants: readonly RecordMutant[];
  readonly [k: string]: unknown;
}
interface RecordMutant {
  readonly id: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number } };
  readonly killedBy?: readonly string[];
  readonly coveredBy?: readonly string[];
  readonly [k: string]: unknown;
}
interface RecordTest {
  readonly id: string;
  readonly name: string;
  readonly [k: string]: unknown;
}

export interface Survivor {
  readonly file: string;
  readonly line: number;
  readonly status: 'Survived' | 'NoCoverage';
  readonly mutant: string;
}

/** Killed or timed out count as caught; survived or not covered as missed; the rest (ignored, errors) are not scored. */
const CAUGHT = new Set(['Killed', 'Timeout']);
const MISSED = new Set(['Survived', 'NoCoverage']);

export function survivorsOf(record: MutationRecord): Survivor[] {
  const out: Survivor[] = [];
  for (const [file, { mutants }] of Object.entries(record.files)) {
    for (const m of mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      out.push({
        file,
        line: m.location.start.line,
        status: m.status,
        mutant: `${m.mutatorName}${m.replacement === undefined ? '' : ` → ${m.replacement}`}`,
      });
    }
  }
  return out;
}

/** The score of a group of files: the share of scored mutants the tests caught. */
export interface Score {
  readonly caught: number;
  readonly missed: number;
}

/** Scores by folder (`lib/network`, `src/widgets/step`); a file directly in `lib/` is its own group. */
export function scoresByFolder(record: MutationRecord): Map<string, Score> {
  const scores = new Map<string, { caught: number; missed: number }>();
  for (const [file, { mutants }] of Object.entries(record.files)) {
    const folder = file.slice(0, file.lastIndexOf('/'));
    const key = folder === 'lib' ? file : folder;
    const s = scores.get(key) ?? { caught: 0, missed: 0 };
    for (const m of mutants) {
      if (CAUGHT.has(m.status)) s.caught++;
      else if (MISSED.has(m.status)) s.missed++;
    }
    scores.set(key, s);
  }
  return scores;
}

export const percent = (s: Score) =>
  s.caught + s.missed === 0 ? 100 : (100 * s.caught) / (s.caught + s.missed);

/**
 * The `file:line` entries of the list: the first cell of each table row, a path from the project
 * root and one or more lines (`lib/network/fast.ts:173, 234`). A first cell of another form is
 * reported, so a row cannot silently escape the check.
 */
export function listedLines(markdown: string): { listed: Set<string>; malformed: string[] } {
  const listed = new Set<string>();
  const malformed: string[] = [];
  for (const row of markdown.split('\n')) {
    const cell = /^\| ([^|]*?) \|/.exec(row)?.[1];
    if (cell === undefined || cell === 'file:line' || /^-+$/.test(cell)) continue;
    const entry = /^((?:lib|src|scripts)\/[\w./-]+\.ts):(\d+(?:, \d+)*)$/.exec(cell);
    if (entry === null) {
      malformed.push(cell);
      continue;
    }
    for (const line of entry[2]!.split(', ')) listed.add(`${entry[1]}:${line}`);
  }
  return { listed, malformed };
}

/** What the record and the list disagree on; empty when they agree. */
export function checkMutationRecord(record: MutationRecord, markdown: string): string[] {
  const problems: string[] = [];
  const { listed, malformed } = listedLines(markdown);
  for (const cell of malformed)
    problems.push(`a row of the list names "${cell}", not a path:line from the project root`);
  const survivors = survivorsOf(record);
  const surviving = new Set(survivors.map((s) => `${s.file}:${s.line}`));
  for (const s of survivors) {
    if (listed.has(`${s.file}:${s.line}`)) continue;
    const how = s.status === 'NoCoverage' ? 'no test reaches' : 'survives';
    problems.push(`${s.file}:${s.line}: ${s.mutant} ${how}, and the list gives no reason`);
  }
  for (const key of listed) {
    if (!surviving.has(key))
      problems.push(`${key} is listed, but no mutant survives there in the record`);
  }
  return problems;
}

/**
 * The record of a run over some files (`npx stryker run --mutate … --incrementalFile part.json`)
 * put into the whole record: those files' mutants are replaced by the run's, the test files it
 * ran are replaced by its versions. Ids are per run, so the part's are renumbered past the
 * record's: a test keeps the id it has in the record when the record knows it by file and name.
 */
export function mergeRecords(whole: MutationRecord, part: MutationRecord): MutationRecord {
  const maxId = (ids: Iterable<string>) => Math.max(-1, ...[...ids].map(Number));
  const wholeTests = Object.entries(whole.testFiles ?? {});
  let nextTest = maxId(wholeTests.flatMap(([, f]) => f.tests.map((t) => t.id))) + 1;
  const known = new Map(
    wholeTests.flatMap(([file, f]) => f.tests.map((t) => [`${file}\n${t.name}`, t.id] as const)),
  );
  const testId = new Map<string, string>();
  const testFiles: Record<string, RecordTestFile> = { ...whole.testFiles };
  for (const [file, f] of Object.entries(part.testFiles ?? {})) {
    const tests = f.tests.map((t) => {
      const id = known.get(`${file}\n${t.name}`) ?? String(nextTest++);
      testId.set(t.id, id);
      return { ...t, id };
    });
    testFiles[file] = { ...f, tests };
  }
  let nextMutant = maxId(Object.values(whole.files).flatMap((f) => f.mutants.map((m) => m.id))) + 1;
  const ids = (list: readonly string[]) => list.map((id) => testId.get(id) ?? id);
  const files: Record<string, RecordFile> = { ...whole.files };
  for (const [file, f] of Object.entries(part.files)) {
    files[file] = {
      ...f,
      mutants: f.mutants.map((m) => ({
        ...m,
        id: String(nextMutant++),
        ...(m.killedBy && { killedBy: ids(m.killedBy) }),
        ...(m.coveredBy && { coveredBy: ids(m.coveredBy) }),
      })),
    };
  }
  return { ...whole, files, testFiles };
}

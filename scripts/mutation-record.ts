/**
 * `npm run mutation:record`: the committed mutation record's score per folder, and whether every
 * surviving mutant in it is listed with a reason in stryker.equivalent.md (the rule is also a
 * unit test, tests/scripts/mutation-record.test.ts).
 *
 * `npm run mutation:record -- --merge part.json` first puts the record of a run over some files
 * (`npx stryker run --mutate 'a.ts,b.ts' --incrementalFile part.json`) into the whole record, so
 * a session can re-measure the files it changed without the full run (hours on two cores).
 * It also names the files whose source has changed since their mutants were recorded.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  checkMutationRecord,
  mergeRecords,
  percent,
  scoresByFolder,
  type MutationRecord,
  type Score,
} from './lib-mutation-record.ts';

const RECORD = 'stryker.incremental.json';
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as MutationRecord;

let record = read(RECORD);
const merge = process.argv.indexOf('--merge');
if (merge !== -1) {
  const part = process.argv[merge + 1];
  if (part === undefined || !existsSync(part)) {
    console.error('--merge needs the incremental file of a stryker run');
    process.exit(2);
  }
  const partRecord = read(part);
  record = mergeRecords(record, partRecord);
  writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`merged ${Object.keys(partRecord.files).length} files from ${part} into ${RECORD}`);
}

const scores = [...scoresByFolder(record)].sort(([a], [b]) => a.localeCompare(b));
const row = (name: string, s: Score) =>
  `${name.padEnd(34)} ${percent(s).toFixed(1).padStart(5)} %  ${`${s.caught}/${s.caught + s.missed}`.padStart(9)}`;
const sum = (prefix: string) =>
  scores
    .filter(([folder]) => folder.startsWith(prefix))
    .reduce((t, [, s]) => ({ caught: t.caught + s.caught, missed: t.missed + s.missed }), {
      caught: 0,
      missed: 0,
    });
for (const [folder, s] of scores) console.log(row(folder, s));
console.log('');
for (const prefix of ['lib/', 'src/lib-site', 'src/widgets'])
  console.log(row(`all of ${prefix}`, sum(prefix)));
const { missed } = sum('');
console.log(row('all', sum('')));

const changed = Object.entries(record.files).filter(
  ([file, f]) => !existsSync(file) || readFileSync(file, 'utf8') !== f['source'],
);
if (changed.length > 0) {
  console.log(
    `\n${changed.length} file${changed.length === 1 ? '' : 's'} changed since ${changed.length === 1 ? 'its' : 'their'} mutants were recorded (re-run them):`,
  );
  for (const [file] of changed) console.log(`  ${file}`);
}

const problems = checkMutationRecord(record, readFileSync('stryker.equivalent.md', 'utf8'));
if (problems.length > 0) {
  console.error(`\n${problems.length} disagreements between the record and stryker.equivalent.md:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = 1;
} else {
  console.log(`\nevery surviving mutant in the record (${missed}) is listed with a reason`);
}

/**
 * The reader's own data as CSV: one point per line, `x1,x2,label`. Reading never throws: a bad
 * file gives a message naming the line and what is wrong with it, so the page can show it as is.
 */
import type { ParseResult } from './parse-result.ts';
import {
  DOMAIN,
  MAX_CLASSES,
  MIN_CLASSES,
  type Point,
  type PointSet,
  type ProblemKind,
} from './points.ts';

export type { ParseResult } from './parse-result.ts';

/** The most points, and the most characters, a CSV file may hold. */
export const MAX_CSV_POINTS = 2000;
export const MAX_CSV_CHARACTERS = 200_000;

/** The header line `formatPointsCsv` writes and `parsePointsCsv` skips (in any case). */
export const CSV_HEADER = 'x1,x2,label';

// A plain decimal with an optional exponent: "2", "-0.5", ".5", "1e-7"; no hex, Infinity or NaN.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const fail = (line: number, message: string): ParseResult<never> => ({
  ok: false,
  message: `Line ${line}: ${message}`,
  line,
});

/** A field as a number, or the reason it is not one. */
function readNumber(field: string, what: string): number | string {
  if (field === '') return `the ${what} is missing.`;
  if (!DECIMAL.test(field)) {
    return `the ${what} '${field}' is not a number (write a plain decimal such as -2.5).`;
  }
  const value = Number(field);
  return Number.isFinite(value) ? value : `the ${what} '${field}' is too large to be a number.`;
}

interface Row {
  readonly line: number;
  readonly x1: number;
  readonly x2: number;
  readonly label: number;
  readonly labelText: string;
}

/** Reads the rows: numbers, coordinates on the plane; labels are checked afterwards. */
function readRows(text: string, kind: ProblemKind): ParseResult<Row[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: Row[] = [];
  let seenContent = false;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const content = lines[index]!.trim();
    if (content === '' || content.startsWith('#')) continue;
    const fields = content.split(',').map((field) => field.trim());
    const isFirst = !seenContent;
    seenContent = true;
    if (isFirst && fields.join(',').toLowerCase() === CSV_HEADER) continue;
    if (fields.length !== 3) {
      return fail(line, `expected 3 values (x1,x2,label) but found ${fields.length}.`);
    }
    if (rows.length === MAX_CSV_POINTS) {
      return fail(
        line,
        `the file has more than ${MAX_CSV_POINTS} points; keep at most ${MAX_CSV_POINTS}.`,
      );
    }
    const [x1, x2, label] = [
      readNumber(fields[0]!, 'x1 value'),
      readNumber(fields[1]!, 'x2 value'),
      readNumber(fields[2]!, 'label'),
    ];
    for (const [value, name] of [
      [x1, 'x1'],
      [x2, 'x2'],
    ] as const) {
      if (typeof value === 'string') return fail(line, value);
      if (Math.abs(value) > DOMAIN) {
        return fail(
          line,
          `${name} = ${value} is off the plane; coordinates must be from -${DOMAIN} to ${DOMAIN}.`,
        );
      }
    }
    if (typeof label === 'string') {
      return fail(
        line,
        kind === 'classification' && fields[2] !== '' ? notAClass(fields[2]!) : label,
      );
    }
    rows.push({ line, x1: x1 as number, x2: x2 as number, label, labelText: fields[2]! });
  }
  return { ok: true, value: rows };
}

/** The message for a classification label that is not a class index. */
const notAClass = (text: string, hint = ''): string =>
  `the label '${text}' is not a whole number from 0 to ${MAX_CLASSES - 1}${hint}.`;

/** Class indices from the labels: 0 … 4, or Playground's −1/+1 when every label is one of those. */
function classify(rows: readonly Row[]): ParseResult<PointSet> {
  const playgroundLabels = rows.every((row) => row.label === -1 || row.label === 1);
  const points: Point[] = [];
  for (const row of rows) {
    let label = row.label;
    if (playgroundLabels) label = label === 1 ? 1 : 0;
    else if (!(Number.isInteger(label) && label >= 0 && label < MAX_CLASSES)) {
      const hint = label === -1 ? ' (-1 is accepted only when every label is -1 or 1)' : '';
      return fail(row.line, notAClass(row.labelText, hint));
    }
    // '-0' is class 0, not a distinct −0 that a later Object.is comparison would tell apart.
    points.push({ x1: row.x1, x2: row.x2, label: label === 0 ? 0 : label });
  }
  const present = new Set(points.map((p) => p.label));
  if (present.size < MIN_CLASSES) {
    return {
      ok: false,
      message: `Every point has the same label; a classification needs at least ${MIN_CLASSES} classes.`,
    };
  }
  return { ok: true, value: { kind: 'classification', classes: Math.max(...present) + 1, points } };
}

/**
 * The point set in a CSV text: lines `x1,x2,label` with an optional header, blank lines and `#`
 * comments ignored. Coordinates lie in [−6, 6]; classification labels are 0 … 4 (C = largest + 1)
 * or all −1/+1 (−1 → 0, +1 → 1); regression labels are any finite numbers.
 */
export function parsePointsCsv(text: string, kind: ProblemKind): ParseResult<PointSet> {
  if (text.length > MAX_CSV_CHARACTERS) {
    return {
      ok: false,
      message: `The file has ${text.length} characters; keep it to at most ${MAX_CSV_CHARACTERS}.`,
    };
  }
  const read = readRows(text, kind);
  if (!read.ok) return read;
  const rows = read.value;
  if (rows.length === 0) {
    return {
      ok: false,
      message: 'The file has no points: write one point per line as x1,x2,label.',
    };
  }
  if (kind === 'classification') return classify(rows);
  const points = rows.map(({ x1, x2, label }) => ({ x1, x2, label }));
  return { ok: true, value: { kind: 'regression', classes: 0, points } };
}

// String(n) is the shortest text that reads back as exactly n; it only loses the sign of −0.
const exact = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));

/** The CSV text of a point set: the header, then one `x1,x2,label` line per point, numbers exact. */
export function formatPointsCsv(set: PointSet): string {
  const rows = set.points.map((p) => `${exact(p.x1)},${exact(p.x2)},${exact(p.label)}`);
  return [CSV_HEADER, ...rows].join('\n') + '\n';
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPointsCsv,
  MAX_CSV_CHARACTERS,
  MAX_CSV_POINTS,
  parsePointsCsv,
} from '../../../lib/playground/csv.ts';
import type { PointSet } from '../../../lib/playground/points.ts';

/** The message of a failed parse (the test fails if it succeeded). */
function messageOf(text: string, kind: 'classification' | 'regression' = 'classification'): string {
  const result = parsePointsCsv(text, kind);
  expect(result.ok, `"${text.slice(0, 40)}" should not parse`).toBe(false);
  return result.ok ? '' : result.message;
}

describe('reading points from CSV', () => {
  it('reads x1,x2,label lines into points, C = largest label + 1', () => {
    expect(parsePointsCsv('1,2,0\n-3.5,0.25,2\n', 'classification')).toEqual({
      ok: true,
      value: {
        kind: 'classification',
        classes: 3,
        points: [
          { x1: 1, x2: 2, label: 0 },
          { x1: -3.5, x2: 0.25, label: 2 },
        ],
      },
    });
  });

  it('skips a header in any case, blank lines and # comments, and accepts \\r\\n and spaces', () => {
    const text = '# my points\r\n X1 , x2,LABEL\r\n\r\n 1 , 2 , 1 \r\n# middle\r\n.5,-2.,0';
    const result = parsePointsCsv(text, 'classification');
    expect(result.ok && result.value.points).toEqual([
      { x1: 1, x2: 2, label: 1 },
      { x1: 0.5, x2: -2, label: 0 },
    ]);
  });

  it('maps Playground’s labels −1 → 0 and +1 → 1 when every label is one of them', () => {
    const result = parsePointsCsv('0,0,-1\n1,1,1\n2,2,1', 'classification');
    expect(result.ok && result.value.points.map((p) => p.label)).toEqual([0, 1, 1]);
    expect(result.ok && result.value.classes).toBe(2);
  });

  it('reads the class label -0 as class 0, not as −0', () => {
    const result = parsePointsCsv('0,0,-0\n1,1,1', 'classification');
    expect(result.ok && Object.is(result.value.points[0]!.label, 0)).toBe(true);
  });

  it('reads any finite regression target, C = 0', () => {
    const result = parsePointsCsv('0,0,-1.5\n1,1,1e-3', 'regression');
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'regression',
        classes: 0,
        points: [
          { x1: 0, x2: 0, label: -1.5 },
          { x1: 1, x2: 1, label: 0.001 },
        ],
      },
    });
  });

  it('names the line and the label that is not a class', () => {
    expect(messageOf('x1,x2,label\n0,0,1\n1,1,0\n2,2,cat')).toBe(
      "Line 4: the label 'cat' is not a whole number from 0 to 4.",
    );
    expect(messageOf('0,0,1.5\n1,1,0')).toMatch(/^Line 1: the label '1.5' is not a whole number/);
    expect(messageOf('0,0,5\n1,1,0')).toMatch(/^Line 1: .*from 0 to 4/);
    expect(messageOf('0,0,-1\n1,1,0')).toMatch(
      /^Line 1: .*-1 is accepted only when every label is -1 or 1/,
    );
  });

  it('refuses a classification with a single class', () => {
    expect(messageOf('0,0,1\n1,1,1\n2,2,1')).toMatch(/at least 2 classes/);
  });

  it('refuses coordinates off the plane and numbers that are not plain decimals', () => {
    expect(messageOf('0,0,0\n6.5,0,1')).toBe(
      'Line 2: x1 = 6.5 is off the plane; coordinates must be from -6 to 6.',
    );
    expect(messageOf('0,-7,0', 'regression')).toMatch(/^Line 1: x2 = -7 is off the plane/);
    for (const bad of ['0x1F', 'Infinity', 'NaN', '1,5', '']) {
      expect(messageOf(`${bad},0,0\n1,1,1`)).toMatch(/^Line 1: /);
    }
    expect(messageOf('abc,0,0')).toBe(
      "Line 1: the x1 value 'abc' is not a number (write a plain decimal such as -2.5).",
    );
    expect(messageOf(',0,0')).toBe('Line 1: the x1 value is missing.');
    expect(messageOf('0,0,1e999', 'regression')).toMatch(/too large/);
  });

  it('refuses lines without exactly three values', () => {
    expect(messageOf('0,0,0\n1,1')).toBe('Line 2: expected 3 values (x1,x2,label) but found 2.');
    expect(messageOf('0,0,0,0')).toMatch(/found 4/);
  });

  it('refuses an empty file, too many points and too many characters', () => {
    expect(messageOf('x1,x2,label\n# nothing\n')).toMatch(/no points/);
    const rows = Array.from({ length: MAX_CSV_POINTS + 1 }, (_, k) => `0,0,${k % 2}`);
    expect(messageOf(rows.join('\n'))).toBe(
      `Line ${MAX_CSV_POINTS + 1}: the file has more than ${MAX_CSV_POINTS} points; keep at most ${MAX_CSV_POINTS}.`,
    );
    expect(parsePointsCsv(rows.slice(0, MAX_CSV_POINTS).join('\n'), 'classification').ok).toBe(
      true,
    );
    expect(messageOf(' '.repeat(MAX_CSV_CHARACTERS + 1))).toMatch(/at most 200000/);
  });

  it('writes a header and one exact line per point', () => {
    const set: PointSet = {
      kind: 'regression',
      classes: 0,
      points: [
        { x1: 0.1, x2: -6, label: 1e-7 },
        { x1: 1 / 3, x2: 2, label: -0.5 },
      ],
    };
    expect(formatPointsCsv(set)).toBe('x1,x2,label\n0.1,-6,1e-7\n0.3333333333333333,2,-0.5\n');
  });

  it('reads back exactly what it wrote', () => {
    const coordinate = fc.double({ min: -6, max: 6, noNaN: true });
    const classSet = fc.integer({ min: 2, max: 5 }).chain((classes) =>
      fc
        .array(
          fc.record({
            x1: coordinate,
            x2: coordinate,
            label: fc.integer({ min: 0, max: classes - 1 }),
          }),
          {
            minLength: 1,
            maxLength: 40,
          },
        )
        // C is read from the labels, so the largest class and a second one must be present.
        .map((points) => [
          ...points,
          { x1: 0, x2: 0, label: classes - 1 },
          { x1: 1, x2: 1, label: 0 },
        ])
        .map((points): PointSet => ({ kind: 'classification', classes, points })),
    );
    const regressionSet = fc
      .array(
        fc.record({
          x1: coordinate,
          x2: coordinate,
          label: fc.double({ noNaN: true, noDefaultInfinity: true }),
        }),
        {
          minLength: 1,
          maxLength: 40,
        },
      )
      .map((points): PointSet => ({ kind: 'regression', classes: 0, points }));
    fc.assert(
      fc.property(fc.oneof(classSet, regressionSet), (set) => {
        expect(parsePointsCsv(formatPointsCsv(set), set.kind)).toEqual({ ok: true, value: set });
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});

describe('reading CSV: the details of each rule', () => {
  it('skips a byte-order mark at the start only, not one inside a number', () => {
    const read = parsePointsCsv('\uFEFFx1,x2,label\n1,2,0\n-1,3,1\n', 'classification');
    expect(read.ok && read.value.points).toEqual([
      { x1: 1, x2: 2, label: 0 },
      { x1: -1, x2: 3, label: 1 },
    ]);
    expect(messageOf('1,2\uFEFF5,0\n-1,3,1')).toBe(
      "Line 1: the x2 value '2\uFEFF5' is not a number (write a plain decimal such as -2.5).",
    );
  });

  it('skips lines of spaces and indented comments as blank', () => {
    const read = parsePointsCsv('   \n  # a comment\n1,2,0\n\t\n-1,3,1', 'classification');
    expect(read.ok && read.value.points.length).toBe(2);
  });

  it('takes the header only as the first line with content', () => {
    expect(messageOf('1,2,0\nx1,x2,label\n-1,3,1')).toBe(
      "Line 2: the x1 value 'x1' is not a number (write a plain decimal such as -2.5).",
    );
  });

  it('names the missing field: x2 value, or label, in either kind of problem', () => {
    expect(messageOf('1,,0\n2,2,1')).toBe('Line 1: the x2 value is missing.');
    expect(messageOf('1,2,\n2,2,1')).toBe('Line 1: the label is missing.');
    expect(messageOf('1,2,\n2,2,1', 'regression')).toBe('Line 1: the label is missing.');
  });

  it('hints at −1/+1 labels only for a −1 among other labels', () => {
    expect(messageOf('1,2,0\n2,2,-1')).toBe(
      "Line 2: the label '-1' is not a whole number from 0 to 4 (-1 is accepted only when every label is -1 or 1).",
    );
    expect(messageOf('1,2,0\n2,2,7')).toBe(
      "Line 2: the label '7' is not a whole number from 0 to 4.",
    );
  });

  it(`accepts a file of exactly ${MAX_CSV_CHARACTERS} characters`, () => {
    const points = '1,2,0\n-1,3,1\n#';
    const text = points + 'x'.repeat(MAX_CSV_CHARACTERS - points.length);
    expect(text.length).toBe(MAX_CSV_CHARACTERS);
    expect(parsePointsCsv(text, 'classification').ok).toBe(true);
  });
});

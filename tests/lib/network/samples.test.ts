import { describe, expect, it } from 'vitest';
import { checkVector, toFlatRows } from '../../../lib/network/samples.ts';

describe('toFlatRows', () => {
  it('flattens nested rows into one row-major Float64Array', () => {
    expect(
      Array.from(
        toFlatRows(
          [
            [1, 2],
            [3, 4],
          ],
          2,
          'inputs',
        ),
      ),
    ).toEqual([1, 2, 3, 4]);
  });

  it('uses a Float64Array as it is, without a copy, once it passes', () => {
    const flat = new Float64Array([1, 2, 3, 4, 5, 6]);
    expect(toFlatRows(flat, 3, 'inputs')).toBe(flat);
  });

  it('rejects a Float64Array that is not a whole number of rows', () => {
    expect(() => toFlatRows(new Float64Array(5), 2, 'inputs')).toThrow(
      /^inputs: a flat array of 5 numbers is not a whole number of rows of 2$/,
    );
  });

  it('rejects a Float64Array holding a number that is not finite, naming its row and column', () => {
    // Entry 5 of rows of 2 is row 2, column 1.
    const flat = new Float64Array([0, 1, 2, 3, 4, NaN]);
    expect(() => toFlatRows(flat, 2, 'inputs')).toThrow(
      /^inputs\[2\]\[1\] is NaN, not a finite number$/,
    );
    expect(() => toFlatRows(new Float64Array([-Infinity, 0]), 2, 'inputs')).toThrow(
      /^inputs\[0\]\[0\] is -Infinity, not a finite number$/,
    );
  });

  it('rejects anything that is neither an array of rows nor a Float64Array', () => {
    // A Float32Array has a length and forEach, but it is not one of the two accepted forms.
    const rows = new Float32Array(4) as unknown as Float64Array;
    expect(() => toFlatRows(rows, 2, 'inputs')).toThrow(
      /^inputs must be an array of rows or a Float64Array$/,
    );
  });

  it('rejects a row of the wrong width and an entry that is not a finite number', () => {
    expect(() => toFlatRows([[1, 2], [3]], 2, 'inputs')).toThrow(
      /^inputs\[1\] must have 2 values, got 1$/,
    );
    for (const [bad, shown] of [
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      ['3', '3'],
    ] as const) {
      const rows = [
        [1, 2],
        [3, bad],
      ] as unknown as number[][];
      expect(() => toFlatRows(rows, 2, 'inputs')).toThrow(
        new RegExp(`^inputs\\[1\\]\\[1\\] is ${shown}, not a finite number$`),
      );
    }
  });
});

describe('checkVector', () => {
  it('accepts width finite numbers and rejects a wrong length, naming both', () => {
    expect(() => checkVector([1, 2], 2, 'x')).not.toThrow();
    expect(() => checkVector([1, 2, 3], 2, 'x')).toThrow(/^x must have 2 values, got 3$/);
  });

  it('rejects an entry that is not a finite number, naming its index', () => {
    expect(() => checkVector([0, NaN], 2, 'x')).toThrow(/^x\[1\] is NaN, not a finite number$/);
    expect(() => checkVector([Infinity, 0], 2, 'x')).toThrow(
      /^x\[0\] is Infinity, not a finite number$/,
    );
    expect(() => checkVector(['1', 0] as unknown as number[], 2, 'x')).toThrow(
      /^x\[0\] is 1, not a finite number$/,
    );
  });
});

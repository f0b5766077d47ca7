import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  addScaledMatrix,
  diag,
  dot,
  hadamard,
  identity,
  matMul,
  matVec,
  outer,
  scale,
  shape,
  subtract,
  transpose,
  transposeMatVec,
} from '../../lib/linalg.ts';
import { expectClose } from '../helpers/close.ts';

// A 2×3 example used throughout: rows [1, 2, 3] and [4, 5, 6].
const M = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('linalg', () => {
  it('shape gives [rows, columns] and rejects a ragged matrix, naming both row lengths', () => {
    expect(shape(M)).toEqual([2, 3]);
    expect(shape([])).toEqual([0, 0]);
    expect(() => shape([[1, 2], [3]])).toThrow(/row 0 has 2 entries but row 1 has 1/);
  });

  it('transpose swaps rows and columns', () => {
    expect(transpose(M)).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('matVec multiplies a 2×3 matrix by a length-3 vector', () => {
    expect(matVec(M, [1, 0, -1])).toEqual([-2, -2]);
  });

  it('matVec names the matrix shape and the vector length on a mismatch', () => {
    expect(() => matVec(M, [1, 2])).toThrow(/2×3 matrix .* vector of length 2/);
  });

  it('transposeMatVec computes Wᵀv: the post’s a = Wᵀz for a 2→3 layer', () => {
    expect(transposeMatVec(M, [1, -1])).toEqual([-3, -3, -3]);
    expect(() => transposeMatVec(M, [1, 2, 3])).toThrow(/2×3 matrix .* vector of length 3/);
  });

  it('transposeMatVec(W, v) equals matVec(transpose(W), v) for any W and v', () => {
    const matrixAndVector = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) =>
        fc.tuple(
          fc.array(
            fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: c, maxLength: c }),
            {
              minLength: r,
              maxLength: r,
            },
          ),
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: r, maxLength: r }),
        ),
      );
    fc.assert(
      fc.property(matrixAndVector, ([w, v]) => {
        // Same products summed in the same order: equal to the last bit, 1e-12 is generous.
        expectClose(transposeMatVec(w, v), matVec(transpose(w), v), 1e-12);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });

  it('matMul multiplies 2×3 by 3×2 and names both shapes on a mismatch', () => {
    expect(matMul(M, transpose(M))).toEqual([
      [14, 32],
      [32, 77],
    ]);
    expect(() => matMul(M, M)).toThrow(/cannot multiply 2×3 by 2×3/);
  });

  it('outer gives u vᵀ, of shape |u| × |v|', () => {
    expect(outer([1, 2], [3, 4, 5])).toEqual([
      [3, 4, 5],
      [6, 8, 10],
    ]);
  });

  it('hadamard, add, subtract and dot act entry by entry', () => {
    expect(hadamard([1, 2, 3], [4, 5, 6])).toEqual([4, 10, 18]);
    expect(add([1, 2], [3, 5])).toEqual([4, 7]);
    expect(subtract([1, 2], [3, 5])).toEqual([-2, -3]);
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(scale(2, [1, -3])).toEqual([2, -6]);
  });

  it('the vector operations name both lengths on a mismatch', () => {
    for (const op of [hadamard, add, subtract, dot]) {
      expect(() => op([1, 2], [1, 2, 3])).toThrow(/lengths 2 and 3/);
    }
  });

  it('the vector operations name themselves in a mismatch error', () => {
    // Named here, not by op.name: the formula check's evidence recorder wraps these exports.
    const ops = { hadamard, add, subtract, dot } as const;
    for (const [name, op] of Object.entries(ops)) {
      expect(() => op([1], [1, 2])).toThrow(
        new RegExp(`^${name}: vectors of lengths 1 and 2 do not match$`),
      );
    }
  });

  it('addScaledMatrix computes A + sB and names both shapes on a mismatch', () => {
    expect(addScaledMatrix(M, -1, M)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(addScaledMatrix([[1]], 0.5, [[4]])).toEqual([[3]]);
    expect(() => addScaledMatrix(M, 1, transpose(M))).toThrow(/shapes 2×3 and 3×2/);
  });

  it('identity and diag build square matrices', () => {
    expect(identity(2)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(diag([2, 3])).toEqual([
      [2, 0],
      [0, 3],
    ]);
    expect(matVec(identity(3), [7, 8, 9])).toEqual([7, 8, 9]);
  });
});

/**
 * The linear algebra a dense network needs, on plain arrays so each step reads like the math.
 * (The training fast path in network/fast.ts does the same sums on flat Float64Arrays.)
 * Every function checks shapes and names both in its error.
 */

export type Vector = readonly number[];
export type Matrix = readonly (readonly number[])[];

/** [rows, columns] of a matrix; throws when its rows differ in length. */
export function shape(m: Matrix): [number, number] {
  const cols = m[0]?.length ?? 0;
  m.forEach((row, i) => {
    if (row.length !== cols) {
      throw new RangeError(
        `ragged matrix: row 0 has ${cols} entries but row ${i} has ${row.length}`,
      );
    }
  });
  return [m.length, cols];
}

const describe = (m: Matrix): string => shape(m).join('×');

/** Mᵀ */
export function transpose(m: Matrix): number[][] {
  const [rows, cols] = shape(m);
  return Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => m[i]![j]!));
}

/** M v, for M of shape r×c and v of length c. */
export function matVec(m: Matrix, v: Vector): number[] {
  const [rows, cols] = shape(m);
  if (cols !== v.length) {
    throw new RangeError(
      `matVec: a ${rows}×${cols} matrix cannot multiply a vector of length ${v.length}`,
    );
  }
  return m.map((row) => row.reduce((sum, mij, j) => sum + mij * v[j]!, 0));
}

/** Mᵀ v, for M of shape r×c and v of length r: the post's a = Wᵀz without building Wᵀ. */
export function transposeMatVec(m: Matrix, v: Vector): number[] {
  const [rows, cols] = shape(m);
  if (rows !== v.length) {
    throw new RangeError(
      `transposeMatVec: the transpose of a ${rows}×${cols} matrix cannot multiply a vector of length ${v.length}`,
    );
  }
  const out = new Array<number>(cols).fill(0);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j]! += m[i]![j]! * v[i]!;
  return out;
}

/** A B, for A of shape r×k and B of shape k×c. */
export function matMul(a: Matrix, b: Matrix): number[][] {
  const [ar, ac] = shape(a);
  const [br, bc] = shape(b);
  if (ac !== br) throw new RangeError(`matMul: cannot multiply ${ar}×${ac} by ${br}×${bc}`);
  return a.map((row) =>
    Array.from({ length: bc }, (_, j) => row.reduce((s, aik, k) => s + aik * b[k]![j]!, 0)),
  );
}

/** u vᵀ: the matrix with entry [i][j] = u_i v_j. */
export function outer(u: Vector, v: Vector): number[][] {
  return u.map((ui) => v.map((vj) => ui * vj));
}

function assertSameLength(u: Vector, v: Vector, op: string): void {
  if (u.length !== v.length) {
    throw new RangeError(`${op}: vectors of lengths ${u.length} and ${v.length} do not match`);
  }
}

/** u ⊙ v, the elementwise (Hadamard) product the post writes as ∗. */
export function hadamard(u: Vector, v: Vector): number[] {
  assertSameLength(u, v, 'hadamard');
  return u.map((ui, i) => ui * v[i]!);
}

/** u + v */
export function add(u: Vector, v: Vector): number[] {
  assertSameLength(u, v, 'add');
  return u.map((ui, i) => ui + v[i]!);
}

/** u − v */
export function subtract(u: Vector, v: Vector): number[] {
  assertSameLength(u, v, 'subtract');
  return u.map((ui, i) => ui - v[i]!);
}

/** s·u */
export function scale(s: number, u: Vector): number[] {
  return u.map((ui) => s * ui);
}

/** u · v = Σ u_i v_i */
export function dot(u: Vector, v: Vector): number {
  assertSameLength(u, v, 'dot');
  return u.reduce((s, ui, i) => s + ui * v[i]!, 0);
}

/** A + s·B, for matrices of one shape (a parameter step W + ηG). */
export function addScaledMatrix(a: Matrix, s: number, b: Matrix): number[][] {
  if (describe(a) !== describe(b)) {
    throw new RangeError(`addScaledMatrix: shapes ${describe(a)} and ${describe(b)} do not match`);
  }
  return a.map((row, i) => row.map((aij, j) => aij + s * b[i]![j]!));
}

/** The n×n identity. */
export function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
}

/** diag(v): the square matrix with v on its diagonal. */
export function diag(v: Vector): number[][] {
  return v.map((vi, i) => v.map((_, j) => (i === j ? vi : 0)));
}

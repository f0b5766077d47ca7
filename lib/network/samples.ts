/** Rows of samples, as nested arrays or one row-major Float64Array. */
export type Rows = readonly (readonly number[])[] | Float64Array;

/**
 * The rows as one row-major Float64Array of `width` columns, checked: every row has `width`
 * finite numbers. A Float64Array is used as it is (no copy) once its length and values pass.
 */
export function toFlatRows(rows: Rows, width: number, what: string): Float64Array {
  if (rows instanceof Float64Array) {
    if (rows.length % width !== 0) {
      throw new RangeError(
        `${what}: a flat array of ${rows.length} numbers is not a whole number of rows of ${width}`,
      );
    }
    for (let k = 0; k < rows.length; k++) {
      if (!Number.isFinite(rows[k]))
        throw new RangeError(
          `${what}[${Math.floor(k / width)}][${k % width}] is ${rows[k]}, not a finite number`,
        );
    }
    return rows;
  }
  if (!Array.isArray(rows))
    throw new TypeError(`${what} must be an array of rows or a Float64Array`);
  const flat = new Float64Array(rows.length * width);
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width) {
      throw new RangeError(
        `${what}[${i}] must have ${width} values, got ${Array.isArray(row) ? row.length : typeof row}`,
      );
    }
    row.forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new RangeError(`${what}[${i}][${j}] is ${String(v)}, not a finite number`);
      flat[i * width + j] = v;
    });
  });
  return flat;
}

/** Checks one sample vector: `width` finite numbers. */
export function checkVector(v: readonly number[], width: number, what: string): void {
  if (!Array.isArray(v) || v.length !== width) {
    throw new RangeError(
      `${what} must have ${width} values, got ${Array.isArray(v) ? v.length : typeof v}`,
    );
  }
  v.forEach((x, j) => {
    if (typeof x !== 'number' || !Number.isFinite(x))
      throw new RangeError(`${what}[${j}] is ${String(x)}, not a finite number`);
  });
}

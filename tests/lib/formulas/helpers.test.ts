import { describe, expect, it } from 'vitest';
import {
  defaultValues,
  derivativeCheck,
  indexInput,
  read,
  readIndex,
  readRate,
  readVector,
  row,
  shapeText,
  stackedDerivation,
  vectorInputs,
} from '../../../lib/formulas/helpers.ts';

describe('formula helpers', () => {
  it('splits a vector into named scalar inputs x0, x1, … with TeX x_{k}', () => {
    const inputs = vectorInputs('x', 'x', 'input x', [1, 2], [-5, 5]);
    expect(inputs.map((input) => [input.name, input.tex, input.default])).toEqual([
      ['x0', 'x_{0}', 1],
      ['x1', 'x_{1}', 2],
    ]);
  });

  it('makes index inputs whole numbers from 0 to size − 1', () => {
    expect(indexInput('j', 'j', 'node j', 1, 4)).toMatchObject({
      min: 0,
      max: 3,
      step: 1,
      integer: true,
    });
  });

  it('reads back the defaults of a list of inputs', () => {
    expect(defaultValues(vectorInputs('y', 'y', 'target', [1, 0], [0, 1]))).toEqual({
      y0: 1,
      y1: 0,
    });
  });

  it('refuses a missing, NaN or infinite value with a message naming the input', () => {
    expect(() => read({}, 'a')).toThrow('a must be a finite number, got undefined');
    expect(() => read({ a: Number.NaN }, 'a')).toThrow('a must be a finite number');
    expect(() => readVector({ x0: 1, x1: Infinity }, 'x', 2)).toThrow('x1 must be a finite number');
  });

  it('refuses an index that is not a whole number inside the layer', () => {
    expect(readIndex({ i: 2 }, 'i', 3, 'layer 0')).toBe(2);
    expect(() => readIndex({ i: 3 }, 'i', 3, 'layer 0')).toThrow(
      'i = 3 is not a node of layer 0: its nodes are 0 to 2',
    );
    expect(() => readIndex({ i: 0.5 }, 'i', 3, 'layer 0')).toThrow('not a node');
  });

  it('refuses a learning rate that is not positive', () => {
    expect(readRate({ eta: 0.1 })).toBe(0.1);
    expect(() => readRate({ eta: -1 })).toThrow('greater than 0');
  });

  it('leaves the role out of a row unless one is given', () => {
    expect(row('a', 1)).toEqual({ label: 'a', value: 1 });
    expect('role' in row('a', 1)).toBe(false);
    expect(row('a', 1, 'post')).toEqual({ label: 'a', value: 1, role: 'post' });
  });

  it('reports the largest absolute difference of a derivative check', () => {
    expect(derivativeCheck([1, 2], [1.5, 1.75], 1e-5)).toEqual({
      analytic: [1, 2],
      numeric: [1.5, 1.75],
      maxAbsDiff: 0.5,
      step: 1e-5,
    });
  });

  it('writes a matrix shape as rows×columns', () => {
    expect(
      shapeText([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toBe('2×3');
  });
});

describe('stackedDerivation', () => {
  it('puts the left-hand side on a line of its own, every step indented below it', () => {
    expect(stackedDerivation(String.raw`\begin{aligned}L&=A\\&=B\end{aligned}`)).toBe(
      String.raw`\begin{aligned}&L\\&\quad=A\\&\quad=B\end{aligned}`,
    );
  });

  it('keeps a step’s own continuation line indented further than the steps', () => {
    expect(stackedDerivation(String.raw`\begin{aligned}L&=A\\&\qquad\cdot C\end{aligned}`)).toBe(
      String.raw`\begin{aligned}&L\\&\quad=A\\&\quad\qquad\cdot C\end{aligned}`,
    );
  });

  it('leaves TeX that is not an aligned derivation as it is', () => {
    expect(stackedDerivation('a=b')).toBe('a=b');
  });
});

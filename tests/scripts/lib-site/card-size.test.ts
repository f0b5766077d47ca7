import { describe, expect, it } from 'vitest';
import {
  reservedSize,
  splitTopLevel,
  texHeightEm,
  texLineEm,
} from '../../../src/lib-site/card-size.ts';

describe('texLineEm', () => {
  it('counts a fraction taller than a plain line, and a sum with limits taller still', () => {
    const plain = texLineEm('a=b+c');
    const fraction = texLineEm(String.raw`\frac{a}{b}`);
    const sum = texLineEm(String.raw`\sum_{k=0}^{n}x_k`);
    expect(plain).toBeLessThan(fraction);
    expect(fraction).toBeLessThan(sum);
  });

  it('counts a matrix by its rows', () => {
    const two = texLineEm(String.raw`\left[\begin{array}{c}a\\b\end{array}\right]`);
    const four = texLineEm(String.raw`\left[\begin{array}{c}a\\b\\c\\d\end{array}\right]`);
    expect(four).toBeGreaterThan(two);
  });

  it('gives a matrix of two rows or more its rows and their padding, in ems', () => {
    expect(texLineEm(String.raw`\begin{array}{c}a\\b\end{array}`)).toBeCloseTo(2 * 1.35 + 0.9, 12);
    expect(texLineEm(String.raw`\begin{array}{c}a\\b\\c\end{array}`)).toBeCloseTo(
      3 * 1.35 + 0.9,
      12,
    );
  });

  it('counts the rows of a matrix written with spaces and line breaks', () => {
    expect(texLineEm('\\begin{array}{c}\n  a \\\\\n  b\n\\end{array}')).toBeCloseTo(
      2 * 1.35 + 0.9,
      12,
    );
  });

  it('counts a matrix of one row as a plain line', () => {
    expect(texLineEm(String.raw`\left[\begin{array}{c}a\end{array}\right]`)).toBe(1.6);
  });

  it('makes the rows of a cases with a fraction taller, and only those', () => {
    expect(texLineEm(String.raw`\begin{cases}\frac{1}{2}&x\\0&y\end{cases}`)).toBeCloseTo(
      2 * 1.35 + 0.9 + 0.8,
      12,
    );
    expect(texLineEm(String.raw`\begin{cases}1&x\\0&y\end{cases}`)).toBeCloseTo(2 * 1.35 + 0.9, 12);
    expect(texLineEm(String.raw`\frac{1}{2}\begin{array}{c}a\\b\end{array}`)).toBeCloseTo(
      2 * 1.35 + 0.9,
      12,
    );
  });
});

describe('texHeightEm', () => {
  it('adds the lines of an aligned derivation', () => {
    const one = texHeightEm(String.raw`\frac{a}{b}`);
    expect(texHeightEm(String.raw`\begin{aligned}x&=\frac{a}{b}\\&=\frac{a}{b}\end{aligned}`)).toBe(
      2 * one,
    );
  });

  it('adds the lines of an aligned derivation written with spaces or around blank lines', () => {
    expect(texHeightEm(String.raw`\begin{aligned} a \\ b \end{aligned}`)).toBeCloseTo(3.2, 12);
    expect(texHeightEm('\n  \\begin{aligned}a\\\\b\\end{aligned}\n')).toBeCloseTo(3.2, 12);
  });

  it('takes as a derivation only a display that is an aligned block from end to end', () => {
    expect(texHeightEm(String.raw`y=\begin{aligned}a\\b\end{aligned}`)).toBe(1.6);
    expect(texHeightEm(String.raw`\begin{aligned}a\\b\end{aligned}+c`)).toBe(1.6);
  });
});

describe('splitTopLevel', () => {
  it('splits an aligned body at its line breaks, not at a matrix’s rows', () => {
    expect(splitTopLevel(String.raw`a&=\begin{array}{c}1\\2\end{array}\\&=b`)).toEqual([
      String.raw`a&=\begin{array}{c}1\\2\end{array}`,
      '&=b',
    ]);
  });
});

describe('reservedSize', () => {
  it('reserves the card’s chrome plus the equation’s ems at the math size of the screen', () => {
    expect(reservedSize(['a=b'])).toBe(
      'auto calc(var(--ff-card-chrome) + 1.6 * var(--ff-math-size))',
    );
  });

  it('adds every equation of a block around the chrome it is given', () => {
    expect(reservedSize(['a=b', 'c=d'], '17rem')).toBe(
      'auto calc(17rem + 3.2 * var(--ff-math-size))',
    );
  });
});

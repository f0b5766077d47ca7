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
});

describe('texHeightEm', () => {
  it('adds the lines of an aligned derivation', () => {
    const one = texHeightEm(String.raw`\frac{a}{b}`);
    expect(texHeightEm(String.raw`\begin{aligned}x&=\frac{a}{b}\\&=\frac{a}{b}\end{aligned}`)).toBe(
      2 * one,
    );
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

import { describe, expect, it } from 'vitest';
import { formatNumber, isFiniteQuantity, normalizeMinus } from '../../../src/lib-site/format.ts';

describe('formatNumber', () => {
  it('shows six significant digits without trailing zeros', () => {
    expect(formatNumber(0.2350037122)).toBe('0.235004');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(0.5)).toBe('0.5');
  });
  it('writes negatives with the typographic minus', () => {
    expect(formatNumber(-0.244458)).toBe('−0.244458');
  });
  it('switches to exponent notation for tiny and huge magnitudes', () => {
    expect(formatNumber(5.15494e-12)).toBe('5.15494e−12');
    expect(formatNumber(1e-5)).toBe('1e−5');
    expect(formatNumber(-2.5e8)).toBe('−2.5e8');
  });
  it('keeps 10⁻⁴ in plain notation and writes 10⁶ with an exponent', () => {
    expect(formatNumber(1e-4)).toBe('0.0001');
    expect(formatNumber(1e6)).toBe('1e6');
  });
  it('gives an exponent form six significant digits too', () => {
    expect(formatNumber(1.234567e-12)).toBe('1.23457e−12');
  });
  it('refuses NaN and infinities instead of printing them', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Infinity)).toThrow(
      new RangeError('formatNumber: Infinity is not a finite number'),
    );
  });
});

describe('isFiniteQuantity', () => {
  it('checks every entry of numbers, vectors and matrices', () => {
    expect(isFiniteQuantity(1)).toBe(true);
    expect(isFiniteQuantity([1, 2])).toBe(true);
    expect(isFiniteQuantity([[1], [Number.NaN]])).toBe(false);
    expect(isFiniteQuantity([1, -Infinity])).toBe(false);
  });
});

describe('normalizeMinus', () => {
  it('turns typographic minus signs into ASCII ones', () => {
    expect(normalizeMinus('−1e−3')).toBe('-1e-3');
  });
});

import { describe, expect, it } from 'vitest';
import {
  decodePoints,
  encodePoints,
  formatCoordinate,
  MAX_POINTS,
} from '../../../src/widgets/playground/address-points.ts';

describe('formatCoordinate', () => {
  it('writes a small negative number that rounds to zero as 0', () => {
    expect(formatCoordinate(-0.001)).toBe('0');
    expect(formatCoordinate(-0.006)).toBe('-0.01');
  });
});

describe('encodePoints', () => {
  it('says how many points were too many', () => {
    const many = Array.from({ length: MAX_POINTS + 2 }, () => ({ x1: 0, x2: 0, label: 0 }));
    expect(encodePoints(many)).toEqual({
      ok: false,
      message: '502 points are too many for the address: at most 500 are kept.',
    });
  });
});

describe('decodePoints', () => {
  it(`reads exactly ${MAX_POINTS} points`, () => {
    const text = Array.from({ length: MAX_POINTS }, () => '1_2_0').join('~');
    const read = decodePoints(text);
    expect(read.ok && read.value.length).toBe(MAX_POINTS);
  });

  it('refuses a point of two or four numbers, naming it', () => {
    const message = 'point 2 should be x1_x2_label, three numbers joined by _.';
    expect(decodePoints('0_0_0~1_2')).toEqual({ ok: false, message });
    expect(decodePoints('0_0_0~1_2_0_1')).toEqual({ ok: false, message });
  });

  it('refuses a point outside the plane in either coordinate', () => {
    const message = 'point 1 lies outside the plane: x1 and x2 go from −6 to 6.';
    expect(decodePoints('7_0_1')).toEqual({ ok: false, message });
    expect(decodePoints('0_-6.01_1')).toEqual({ ok: false, message });
    expect(decodePoints('-6_6_1')).toEqual({ ok: true, value: [{ x1: -6, x2: 6, label: 1 }] });
  });

  it('takes labels from −1 to 4 and refuses others', () => {
    expect(decodePoints('0_0_-1~0_0_4')).toEqual({
      ok: true,
      value: [
        { x1: 0, x2: 0, label: -1 },
        { x1: 0, x2: 0, label: 4 },
      ],
    });
    expect(decodePoints('0_0_-1.5')).toEqual({
      ok: false,
      message: 'point 1 has label -1.5: a label goes from −1 to 4.',
    });
    expect(decodePoints('0_0_4.01')).toEqual({
      ok: false,
      message: 'point 1 has label 4.01: a label goes from −1 to 4.',
    });
  });
});

/**
 * The reader's own points in the address: `x1_x2_label~x1_x2_label~…`, each number written with at
 * most 2 decimals and no trailing zeros (`1.5_-0.25_1~…`). Digits, '.', '-', '_' and '~' are all
 * unreserved URL characters, so the text needs no escaping and survives being pasted anywhere.
 * 500 points take at most about 9 KB, well inside what browsers keep of an address.
 */
import type { Parsed } from '../kit/params.ts';
import { DOMAIN, MAX_CLASSES, type Point } from '../../../lib/playground/points.ts';

/** The most points the address carries. */
export const MAX_POINTS = 500;

/**
 * Labels the address accepts: a class index 0 … C−1 (C ≤ 5) or a regression target in [−1, 1],
 * so [−1, 4]; which of the two it is the problem type says, and the page checks that.
 */
const LABEL_RANGE = { min: -1, max: MAX_CLASSES - 1 };

// At most two decimals, an optional minus, no exponent: exactly what formatCoordinate writes.
const NUMBER = /^-?\d{1,3}(\.\d{1,2})?$/;

/** A number rounded to 2 decimals, written without trailing zeros ("-0" is written "0"). */
export function formatCoordinate(v: number): string {
  const text = String(Number(v.toFixed(2)));
  return text === '-0' ? '0' : text;
}

/** The address text of a list of points, or a refusal when there are more than MAX_POINTS. */
export function encodePoints(points: readonly Point[]): Parsed<string> {
  if (points.length > MAX_POINTS) {
    return {
      ok: false,
      message: `${points.length} points are too many for the address: at most ${MAX_POINTS} are kept.`,
    };
  }
  const text = points
    .map((p) => `${formatCoordinate(p.x1)}_${formatCoordinate(p.x2)}_${formatCoordinate(p.label)}`)
    .join('~');
  return { ok: true, value: text };
}

/** The points an address text describes; '' is no points. Refuses the whole list on any bad point. */
export function decodePoints(text: string): Parsed<Point[]> {
  if (text === '') return { ok: true, value: [] };
  const items = text.split('~');
  if (items.length > MAX_POINTS) {
    return {
      ok: false,
      message: `${items.length} points is too many: at most ${MAX_POINTS} are read.`,
    };
  }
  const points: Point[] = [];
  for (let k = 0; k < items.length; k++) {
    const parts = items[k]!.split('_');
    const where = `point ${k + 1}`;
    if (parts.length !== 3) {
      return { ok: false, message: `${where} should be x1_x2_label, three numbers joined by _.` };
    }
    // + 0 turns a written "-0" into 0, so reading and writing again gives the same text.
    const [x1, x2, label] = parts.map((part) => (NUMBER.test(part) ? Number(part) + 0 : NaN)) as [
      number,
      number,
      number,
    ];
    if (![x1, x2, label].every(Number.isFinite)) {
      return {
        ok: false,
        message: `${where} has something other than a number with at most 2 decimals.`,
      };
    }
    if (Math.abs(x1) > DOMAIN || Math.abs(x2) > DOMAIN) {
      return {
        ok: false,
        message: `${where} lies outside the plane: x1 and x2 go from −${DOMAIN} to ${DOMAIN}.`,
      };
    }
    if (label < LABEL_RANGE.min || label > LABEL_RANGE.max) {
      return {
        ok: false,
        message: `${where} has label ${label}: a label goes from −1 to ${LABEL_RANGE.max}.`,
      };
    }
    points.push({ x1, x2, label });
  }
  return { ok: true, value: points };
}

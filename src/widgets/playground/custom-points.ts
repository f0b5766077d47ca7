/**
 * The reader's own points: what the page accepts as a custom set, so that everything it accepts
 * also fits the address (at most MAX_POINTS points, on the square, two decimals) and a shared link
 * reproduces the set exactly.
 */
import {
  DOMAIN,
  MAX_CLASSES,
  MIN_CLASSES,
  type Point,
  type ProblemKind,
} from '../../../lib/playground/points.ts';
import { MAX_POINTS } from './address-points.ts';

/** Regression targets the page accepts (the address reads labels from −1 up). */
export const TARGET_RANGE = { min: -1, max: 1 } as const;

/**
 * The first reason no edit should leave these points as they are, in plain words, or null: too
 * many for a link, a point off the plane, a class or target out of range.
 */
export function invalidPointsProblem(points: readonly Point[], kind: ProblemKind): string | null {
  if (points.length > MAX_POINTS) {
    return `${points.length} points are too many: at most ${MAX_POINTS} (so that a link can hold them).`;
  }
  for (const [k, p] of points.entries()) {
    const where = `Point ${k + 1}`;
    if (!(Math.abs(p.x1) <= DOMAIN && Math.abs(p.x2) <= DOMAIN)) {
      return `${where} lies outside the plane: x1 and x2 go from −${DOMAIN} to ${DOMAIN}.`;
    }
    if (kind === 'classification') {
      if (!(Number.isInteger(p.label) && p.label >= 0 && p.label < MAX_CLASSES)) {
        return `${where} has class ${String(p.label)}: a class is 0 to ${MAX_CLASSES - 1}.`;
      }
    } else if (!(p.label >= TARGET_RANGE.min && p.label <= TARGET_RANGE.max)) {
      return `${where} has target ${String(p.label)}: a target goes from −1 to 1.`;
    }
  }
  return null;
}

/**
 * Why valid points are not yet a set a network can learn from (fewer than two, or one class
 * only), or null. A reader on the way to a set passes through such states: removing every point
 * to start afresh, or adding the first points one class at a time.
 */
export function unfinishedSetProblem(points: readonly Point[], kind: ProblemKind): string | null {
  if (points.length < 2) return 'Your own set needs at least two points: add some on the map.';
  if (kind === 'classification' && new Set(points.map((p) => p.label)).size < MIN_CLASSES) {
    return `Every point has the same class; add points of at least ${MIN_CLASSES} classes.`;
  }
  return null;
}

/** The first reason these points cannot be a custom set of this kind, in plain words, or null. */
export function customPointsProblem(points: readonly Point[], kind: ProblemKind): string | null {
  return invalidPointsProblem(points, kind) ?? unfinishedSetProblem(points, kind);
}

/**
 * What an edit of the reader's points does: `apply` makes them the set the network trains on;
 * `draft` keeps them on the map to go on editing while the network stays on the last full set;
 * `refuse` changes nothing. Each but `apply` says why.
 */
export type PointsEdit =
  | { readonly kind: 'apply' }
  | { readonly kind: 'draft'; readonly message: string }
  | { readonly kind: 'refuse'; readonly message: string };

export function pointsEdit(points: readonly Point[], kind: ProblemKind): PointsEdit {
  const invalid = invalidPointsProblem(points, kind);
  if (invalid) return { kind: 'refuse', message: `${invalid} Nothing was changed.` };
  const unfinished = unfinishedSetProblem(points, kind);
  if (unfinished) return { kind: 'draft', message: `${unfinished} ${DRAFT_NOTE}` };
  return { kind: 'apply' };
}

/** What a draft means for the run, said beside the points and in the page's notice. */
export const DRAFT_NOTE =
  'Until then the network and its map stay as trained on the last full set, and Play trains on that set.';

const round2 = (v: number): number => Math.round(v * 100) / 100 + 0;
const clamp = (v: number, low: number, high: number): number => Math.min(high, Math.max(low, v));

/**
 * A point as the address will hold it: coordinates on the square and rounded to two decimals, a
 * regression target clamped to [−1, 1] and rounded likewise.
 */
export function addressablePoint(p: Point, kind: ProblemKind): Point {
  return {
    x1: round2(clamp(p.x1, -DOMAIN, DOMAIN)),
    x2: round2(clamp(p.x2, -DOMAIN, DOMAIN)),
    label:
      kind === 'classification'
        ? p.label
        : round2(clamp(p.label, TARGET_RANGE.min, TARGET_RANGE.max)),
  };
}

/**
 * The points a reader starts from on choosing "your own points": the current set as the address
 * can hold it (the first MAX_POINTS of them; a generated set is in random order already).
 */
export function startingPoints(points: readonly Point[], kind: ProblemKind): Point[] {
  return points.slice(0, MAX_POINTS).map((p) => addressablePoint(p, kind));
}

/** The index of the point nearest (x1, x2) within `radius`, or −1: what a click on the map erases. */
export function pointNear(
  points: readonly Point[],
  x1: number,
  x2: number,
  radius: number,
): number {
  let best = -1;
  let bestDistance = radius * radius;
  points.forEach((p, k) => {
    const d = (p.x1 - x1) ** 2 + (p.x2 - x2) ** 2;
    if (d <= bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return best;
}

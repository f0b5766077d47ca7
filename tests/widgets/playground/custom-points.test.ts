import { describe, expect, it } from 'vitest';
import type { Point } from '../../../lib/playground/points.ts';
import {
  decodePoints,
  encodePoints,
  MAX_POINTS,
} from '../../../src/widgets/playground/address-points.ts';
import {
  addressablePoint,
  customPointsProblem,
  DRAFT_NOTE,
  pointNear,
  pointsEdit,
  startingPoints,
  TARGET_RANGE,
} from '../../../src/widgets/playground/custom-points.ts';

const twoClasses: Point[] = [
  { x1: -1, x2: 2, label: 0 },
  { x1: 3, x2: -4, label: 1 },
  { x1: 0.5, x2: 0.25, label: 0 },
];

/** n points on a line across the square, labels by `label(k)`. */
const many = (n: number, label: (k: number) => number): Point[] =>
  Array.from({ length: n }, (_, k) => ({ x1: -6 + (12 * k) / n, x2: 0, label: label(k) }));

describe('customPointsProblem', () => {
  it('accepts two classes of points on the square', () => {
    expect(customPointsProblem(twoClasses, 'classification')).toBeNull();
  });

  it('accepts regression targets from −1 to 1, all alike or not', () => {
    const targets = [-1, 0, 1, 0.37].map((label, k) => ({ x1: k, x2: -k, label }));
    expect(customPointsProblem(targets, 'regression')).toBeNull();
    expect(
      customPointsProblem(
        targets.map((p) => ({ ...p, label: 0.5 })),
        'regression',
      ),
    ).toBeNull();
  });

  it('accepts points on the edge of the square and exactly MAX_POINTS of them', () => {
    const edge = [
      { x1: -6, x2: 6, label: 0 },
      { x1: 6, x2: -6, label: 1 },
    ];
    expect(customPointsProblem(edge, 'classification')).toBeNull();
    expect(
      customPointsProblem(
        many(MAX_POINTS, (k) => k % 2),
        'classification',
      ),
    ).toBeNull();
  });

  it('refuses fewer than two points', () => {
    expect(customPointsProblem([], 'classification')).toMatch(/at least two points/);
    expect(customPointsProblem([twoClasses[0]!], 'regression')).toMatch(/at least two points/);
  });

  it('refuses more than MAX_POINTS points, saying how many', () => {
    expect(
      customPointsProblem(
        many(MAX_POINTS + 1, (k) => k % 2),
        'classification',
      ),
    ).toBe(
      `${MAX_POINTS + 1} points are too many: at most ${MAX_POINTS} (so that a link can hold them).`,
    );
  });

  it('refuses a point off the square or not a number, naming it from 1', () => {
    const off = [...twoClasses, { x1: 6.01, x2: 0, label: 1 }];
    expect(customPointsProblem(off, 'classification')).toMatch(/^Point 4 lies outside the plane/);
    const nan = [{ x1: 0, x2: NaN, label: 1 }, ...twoClasses];
    expect(customPointsProblem(nan, 'classification')).toMatch(/^Point 1 lies outside the plane/);
  });

  it('refuses a class that is not a whole number from 0 to 4', () => {
    for (const label of [-1, 5, 1.5, NaN]) {
      const points = [...twoClasses, { x1: 0, x2: 0, label }];
      expect(customPointsProblem(points, 'classification')).toBe(
        `Point 4 has class ${String(label)}: a class is 0 to 4.`,
      );
    }
  });

  it('refuses a regression target outside [−1, 1] or not a number', () => {
    for (const label of [TARGET_RANGE.max + 0.01, TARGET_RANGE.min - 1, NaN]) {
      const points = [
        { x1: 1, x2: 1, label: 0 },
        { x1: 0, x2: 0, label },
      ];
      expect(customPointsProblem(points, 'regression')).toBe(
        `Point 2 has target ${String(label)}: a target goes from −1 to 1.`,
      );
    }
  });

  it('refuses a classification set of one class only', () => {
    const one = twoClasses.map((p) => ({ ...p, label: 1 }));
    expect(customPointsProblem(one, 'classification')).toMatch(/same class/);
  });
});

describe('pointsEdit', () => {
  it('applies a set the network can learn from', () => {
    expect(pointsEdit(twoClasses, 'classification')).toEqual({ kind: 'apply' });
    expect(pointsEdit(twoClasses.slice(0, 2), 'regression')).toEqual({ kind: 'apply' });
  });

  it('keeps no point, one point or one class as a draft, saying what it lacks', () => {
    expect(pointsEdit([], 'classification')).toEqual({
      kind: 'draft',
      message: `Your own set needs at least two points: add some on the map. ${DRAFT_NOTE}`,
    });
    expect(pointsEdit([twoClasses[0]!], 'regression')).toMatchObject({ kind: 'draft' });
    const one = twoClasses.map((p) => ({ ...p, label: 1 }));
    expect(pointsEdit(one, 'classification')).toEqual({
      kind: 'draft',
      message: `Every point has the same class; add points of at least 2 classes. ${DRAFT_NOTE}`,
    });
  });

  it('refuses, changing nothing, points no edit should leave: off the plane, a bad class, too many', () => {
    const off = [{ x1: 7, x2: 0, label: 0 }];
    expect(pointsEdit(off, 'classification')).toEqual({
      kind: 'refuse',
      message: 'Point 1 lies outside the plane: x1 and x2 go from −6 to 6. Nothing was changed.',
    });
    expect(pointsEdit([{ x1: 0, x2: 0, label: 9 }], 'classification')).toMatchObject({
      kind: 'refuse',
    });
    expect(
      pointsEdit(
        many(MAX_POINTS + 1, (k) => k % 2),
        'classification',
      ),
    ).toMatchObject({
      kind: 'refuse',
    });
  });

  it('refuses a bad point before it drafts a lone one (one class, and off the plane)', () => {
    expect(pointsEdit([{ x1: 0, x2: -9, label: 1 }], 'classification').kind).toBe('refuse');
  });
});

describe('addressablePoint', () => {
  it('rounds coordinates to two decimals', () => {
    expect(addressablePoint({ x1: 1.234, x2: -2.345678, label: 1 }, 'classification')).toEqual({
      x1: 1.23,
      x2: -2.35,
      label: 1,
    });
  });

  it('clamps coordinates to the square and targets to [−1, 1]', () => {
    expect(addressablePoint({ x1: 7, x2: -9.5, label: 1.7 }, 'regression')).toEqual({
      x1: 6,
      x2: -6,
      label: 1,
    });
    expect(addressablePoint({ x1: 0, x2: 0, label: -3 }, 'regression').label).toBe(-1);
    expect(addressablePoint({ x1: 0, x2: 0, label: 0.456 }, 'regression').label).toBe(0.46);
  });

  it('keeps a class as it is', () => {
    expect(addressablePoint({ x1: 0, x2: 0, label: 4 }, 'classification').label).toBe(4);
  });

  it('writes a coordinate that rounds to zero as 0, not −0', () => {
    const p = addressablePoint({ x1: -0.001, x2: -0.004, label: -0.002 }, 'regression');
    expect(Object.is(p.x1, 0) && Object.is(p.x2, 0) && Object.is(p.label, 0)).toBe(true);
  });

  it('gives points the address reads back exactly', () => {
    const points = [
      { x1: 1.2345, x2: -5.999, label: 0.123 },
      { x1: -8, x2: 0.005, label: -0.999 },
      { x1: -0.001, x2: 3.14159, label: 2 },
    ].map((p) => addressablePoint(p, 'regression'));
    const text = encodePoints(points);
    if (!text.ok) throw new Error(text.message);
    expect(decodePoints(text.value)).toEqual({ ok: true, value: points });
  });
});

describe('startingPoints', () => {
  it('keeps the first MAX_POINTS points, each as the address holds it', () => {
    const points = many(MAX_POINTS + 100, (k) => k % 3).map((p) => ({ ...p, x2: 0.1234 }));
    const start = startingPoints(points, 'classification');
    expect(start).toHaveLength(MAX_POINTS);
    expect(start[0]).toEqual({ x1: -6, x2: 0.12, label: 0 });
    expect(start.at(-1)).toEqual(addressablePoint(points[MAX_POINTS - 1]!, 'classification'));
    expect(customPointsProblem(start, 'classification')).toBeNull();
  });

  it('leaves a short list whole and the input unchanged', () => {
    const points = [{ x1: 1.005, x2: 2, label: 1 }];
    expect(startingPoints(points, 'regression')).toHaveLength(1);
    expect(points[0]!.x1).toBe(1.005);
  });
});

describe('pointNear', () => {
  const points: Point[] = [
    { x1: 0, x2: 0, label: 0 },
    { x1: 1, x2: 0, label: 1 },
    { x1: 3, x2: 3, label: 0 },
  ];

  it('finds the nearest point within the radius', () => {
    expect(pointNear(points, 0.1, 0, 0.3)).toBe(0);
    expect(pointNear(points, 0.9, 0.1, 0.3)).toBe(1);
    expect(pointNear(points, 0.6, 0, 1)).toBe(1);
    expect(pointNear(points, 2.8, 3.1, 0.3)).toBe(2);
  });

  it('counts a point exactly at the radius as near', () => {
    expect(pointNear(points, 0, 0.5, 0.5)).toBe(0);
  });

  it('gives −1 when no point is within the radius, or there are none', () => {
    expect(pointNear(points, 2, 0, 0.3)).toBe(-1);
    expect(pointNear([], 0, 0, 1)).toBe(-1);
  });
});

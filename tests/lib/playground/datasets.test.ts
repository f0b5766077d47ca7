import { describe, expect, it } from 'vitest';
import { createRng } from '../../../lib/random.ts';
import {
  BLOB_RADIUS,
  blobCentre,
  isPlaygroundSetName,
  playgroundSetNames,
  playgroundSets,
  SAMPLE_COUNT,
  type SetOptions,
} from '../../../lib/playground/datasets.ts';
import { parseExpression } from '../../../lib/playground/expression.ts';
import { expectClose } from '../../helpers/close.ts';

const options = (name: string): SetOptions =>
  name === 'function' ? { count: 300, noise: 0, boundary: (x) => x / 2 } : { count: 300, noise: 0 };

describe('the playground’s data sets', () => {
  it('are Playground’s six plus blobs and a function boundary, each named by its key', () => {
    expect(playgroundSetNames).toEqual([
      'circle',
      'xor',
      'gauss',
      'spiral',
      'blobs',
      'function',
      'reg-plane',
      'reg-gauss',
    ]);
    for (const name of playgroundSetNames) expect(playgroundSets[name].name).toBe(name);
  });

  it('are recognised by name, and toString is not one of them', () => {
    expect(isPlaygroundSetName('reg-gauss')).toBe(true);
    expect(isPlaygroundSetName('toString')).toBe(false);
    expect(isPlaygroundSetName(3)).toBe(false);
  });

  it('use Playground’s sample counts, 500 to classify and 1200 to regress', () => {
    expect(SAMPLE_COUNT).toEqual({ classification: 500, regression: 1200 });
  });

  it('make exactly the points asked for, of their kind, with labels in range', () => {
    for (const name of playgroundSetNames) {
      const set = playgroundSets[name].generate(createRng(1), { ...options(name), count: 301 });
      expect(set.points, name).toHaveLength(301);
      expect(set.kind, name).toBe(playgroundSets[name].kind);
      for (const p of set.points) {
        if (set.kind === 'classification') {
          expect(Number.isInteger(p.label) && p.label >= 0 && p.label < set.classes, name).toBe(
            true,
          );
        } else expect(Math.abs(p.label), name).toBeLessThanOrEqual(1.2);
      }
    }
  });

  it('give the same points for the same seed and different points for another', () => {
    for (const name of playgroundSetNames) {
      const generate = playgroundSets[name].generate;
      const noisy = { ...options(name), noise: 25 };
      expect(generate(createRng(9), noisy)).toEqual(generate(createRng(9), noisy));
      expect(generate(createRng(9), noisy)).not.toEqual(generate(createRng(10), noisy));
    }
  });

  it('balance the classes of every set but the function boundary', () => {
    for (const name of ['circle', 'xor', 'gauss', 'spiral', 'blobs'] as const) {
      const set = playgroundSets[name].generate(createRng(2), { count: 600, noise: 0, classes: 4 });
      const counts = Array.from(
        { length: set.classes },
        (_, k) => set.points.filter((p) => p.label === k).length,
      );
      // XOR draws its quadrants at random; the others make equal groups.
      const slack = name === 'xor' ? 60 : 0;
      for (const c of counts)
        expect(Math.abs(c - 600 / set.classes), name).toBeLessThanOrEqual(slack);
    }
  });

  it('place blob centres evenly on a circle of radius 4, blob 0 at the top', () => {
    expectClose([blobCentre(0, 4).x1, blobCentre(0, 4).x2], [0, BLOB_RADIUS]);
    expectClose([blobCentre(1, 4).x1, blobCentre(1, 4).x2], [-BLOB_RADIUS, 0]);
    expectClose([blobCentre(1, 3).x1, blobCentre(1, 3).x2], [-4 * Math.sin(Math.PI / 3), -2]);
  });

  it('make well-separated blobs at noise 0: each point nearest its own centre', () => {
    for (const classes of [3, 4, 5]) {
      const set = playgroundSets.blobs.generate(createRng(3), { count: 500, noise: 0, classes });
      expect(set.classes).toBe(classes);
      const centres = Array.from({ length: classes }, (_, k) => blobCentre(k, classes));
      const nearest = (x1: number, x2: number): number => {
        const d = centres.map((c) => Math.hypot(x1 - c.x1, x2 - c.x2));
        return d.indexOf(Math.min(...d));
      };
      const wrong = set.points.filter((p) => nearest(p.x1, p.x2) !== p.label).length;
      expect(wrong, `${classes} blobs`).toBeLessThanOrEqual(2);
    }
  });

  it('let blobs overlap at noise 50', () => {
    const set = playgroundSets.blobs.generate(createRng(3), { count: 500, noise: 50, classes: 5 });
    const centres = Array.from({ length: 5 }, (_, k) => blobCentre(k, 5));
    const wrong = set.points.filter((p) => {
      const d = centres.map((c) => Math.hypot(p.x1 - c.x1, p.x2 - c.x2));
      return d.indexOf(Math.min(...d)) !== p.label;
    }).length;
    expect(wrong).toBeGreaterThan(50);
  });

  it('keep every blob point inside the square, even at noise 50', () => {
    // Centres 4 from the origin with standard deviation 2: about 16 % of draws would land off it.
    const set = playgroundSets.blobs.generate(createRng(6), { count: 1000, noise: 50, classes: 4 });
    for (const p of set.points) {
      expect(Math.max(Math.abs(p.x1), Math.abs(p.x2))).toBeLessThanOrEqual(6);
    }
    const top = set.points.filter((p) => p.label === 0);
    expect(Math.max(...top.map((p) => p.x2))).toBeGreaterThan(5.5);
  });

  it('label the function boundary by the side of x₂ = f(x₁) at noise 0', () => {
    const parsed = parseExpression('sin(x)*3');
    if (!parsed.ok) throw new Error(parsed.message);
    const f = parsed.value.evaluate;
    const set = playgroundSets.function.generate(createRng(4), {
      count: 500,
      noise: 0,
      boundary: f,
    });
    for (const p of set.points) {
      expect(p.label).toBe(p.x2 > f(p.x1) ? 1 : 0);
      expect(Math.max(Math.abs(p.x1), Math.abs(p.x2))).toBeLessThanOrEqual(6);
    }
    expect(set.classes).toBe(2);
  });

  it('flip some function-boundary labels with noise, and make undefined f class 0', () => {
    const flat = (): number => 0;
    const noisy = playgroundSets.function.generate(createRng(5), {
      count: 500,
      noise: 50,
      boundary: flat,
    });
    expect(noisy.points.filter((p) => p.label !== (p.x2 > 0 ? 1 : 0)).length).toBeGreaterThan(20);
    const undefinedF = playgroundSets.function.generate(createRng(5), {
      count: 100,
      noise: 0,
      boundary: (x) => Math.sqrt(-1 - x * x),
    });
    expect(undefinedF.points.every((p) => p.label === 0)).toBe(true);
  });

  it('refuse bad options with a RangeError naming the option', () => {
    const circle = playgroundSets.circle.generate;
    expect(() => circle(createRng(1), { count: 2.5, noise: 0 })).toThrow(/circle: count/);
    expect(() => circle(createRng(1), { count: 0, noise: 0 })).toThrow(RangeError);
    expect(() => circle(createRng(1), { count: 10, noise: 51 })).toThrow(/noise/);
    expect(() => circle(createRng(1), { count: 10, noise: Number.NaN })).toThrow(/noise/);
    const blobs = playgroundSets.blobs.generate;
    expect(() => blobs(createRng(1), { count: 10, noise: 0, classes: 6 })).toThrow(
      /blobs: classes/,
    );
    expect(() => blobs(createRng(1), { count: 10, noise: 0, classes: 2 })).toThrow(RangeError);
    expect(() => playgroundSets.function.generate(createRng(1), { count: 10, noise: 0 })).toThrow(
      /boundary/,
    );
  });
});

describe('the options every set checks, at their limits', () => {
  it('accept 1 and 10 000 points, refuse 10 001, and refuse a noise below 0 by name', () => {
    const circle = playgroundSets.circle.generate;
    expect(circle(createRng(1), { count: 1, noise: 0 }).points).toHaveLength(1);
    expect(circle(createRng(1), { count: 10_000, noise: 50 }).points).toHaveLength(10_000);
    expect(() => circle(createRng(1), { count: 10_001, noise: 0 })).toThrow(
      'circle: count must be a whole number from 1 to 10000, got 10001',
    );
    expect(() => circle(createRng(1), { count: 10, noise: -1 })).toThrow(
      'circle: noise must be a percent from 0 to 50, got -1',
    );
  });

  it('name blobs and function in their messages', () => {
    expect(() => playgroundSets.blobs.generate(createRng(1), { count: 0, noise: 0 })).toThrow(
      /^blobs: count/,
    );
    const boundary = (x: number) => x;
    expect(() =>
      playgroundSets.function.generate(createRng(1), { count: 5, noise: 60, boundary }),
    ).toThrow(/^function: noise/);
  });

  it('are named by strings only, not by an object whose text is a name', () => {
    expect(isPlaygroundSetName({ toString: () => 'circle' })).toBe(false);
  });
});

describe('the draws behind blobs and the function boundary', () => {
  it('function: x₁, x₂ in [−6, 6], the side read at offsets in [−6, 6]·noise/100', () => {
    const f = (x: number) => Math.sin(x) * 2;
    const twin = createRng(21);
    const expected = Array.from({ length: 40 }, () => {
      const x1 = twin.uniform(-6, 6);
      const x2 = twin.uniform(-6, 6);
      const n1 = twin.uniform(-6, 6) * 0.3;
      const n2 = twin.uniform(-6, 6) * 0.3;
      return { x1, x2, label: x2 + n2 > f(x1 + n1) ? 1 : 0 };
    });
    const set = playgroundSets.function.generate(createRng(21), {
      count: 40,
      noise: 30,
      boundary: f,
    });
    expect(set.points).toEqual(expected);
  });

  it('blobs: each coordinate the centre plus sd·N(0, 1), drawn again off the square', () => {
    const twin = createRng(22);
    const sd = Math.sqrt(0.5 + (0.5 / 0.5) * 3.5);
    const draw = (c: number) => {
      for (;;) {
        const x = c + sd * twin.normal();
        if (Math.abs(x) <= 6) return x;
      }
    };
    const expected = [0, 1, 2].flatMap((k) =>
      Array.from({ length: 4 }, () => {
        const c = blobCentre(k, 3);
        const x1 = draw(c.x1);
        return { x1, x2: draw(c.x2), label: k };
      }),
    );
    const set = playgroundSets.blobs.generate(createRng(22), { count: 12, noise: 50 });
    expect(set.points).toEqual(expected);
  });
});

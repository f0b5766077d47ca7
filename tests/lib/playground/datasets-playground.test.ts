import { describe, expect, it } from 'vitest';
import { createRng } from '../../../lib/random.ts';
import {
  classifyCircle,
  classifySpiral,
  classifyTwoGauss,
  classifyXor,
  gaussTarget,
  gaussVariance,
  groupSizes,
  planeTarget,
  regressGaussian,
  regressPlane,
  spiralPoint,
} from '../../../lib/playground/datasets-playground.ts';
import type { Point } from '../../../lib/playground/points.ts';
import { expectClose } from '../../helpers/close.ts';

const radius = (p: Point): number => Math.hypot(p.x1, p.x2);
const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

describe('TensorFlow Playground’s data sets', () => {
  it('split 7 points into groups of 4 and 3, and 10 into 4, 3, 3', () => {
    expect(groupSizes(7, 2)).toEqual([4, 3]);
    expect(groupSizes(10, 3)).toEqual([4, 3, 3]);
  });

  it('circle at noise 0 puts class 1 inside r < 2.5 and class 0 on the ring 3.5 ≤ r < 5', () => {
    const points = classifyCircle(createRng(1), 500, 0);
    const inner = points.filter((p) => p.label === 1);
    const outer = points.filter((p) => p.label === 0);
    expect(inner).toHaveLength(250);
    expect(outer).toHaveLength(250);
    expect(Math.max(...inner.map(radius))).toBeLessThan(2.5);
    expect(Math.min(...outer.map(radius))).toBeGreaterThanOrEqual(3.5);
    expect(Math.max(...outer.map(radius))).toBeLessThan(5);
  });

  it('circle noise flips labels but never moves a point', () => {
    const points = classifyCircle(createRng(2), 1000, 0.5);
    const flipped = points.filter((p) => (radius(p) < 2.5 ? 1 : 0) !== p.label);
    expect(flipped.length).toBeGreaterThan(50);
    expect(Math.max(...points.map(radius))).toBeLessThan(5);
  });

  it('XOR at noise 0 labels each point by the sign of x₁x₂, 0.3 or more from both axes', () => {
    const points = classifyXor(createRng(3), 500, 0);
    for (const p of points) {
      expect(p.label).toBe(p.x1 * p.x2 >= 0 ? 1 : 0);
      expect(Math.min(Math.abs(p.x1), Math.abs(p.x2))).toBeGreaterThanOrEqual(0.3);
      expect(Math.max(Math.abs(p.x1), Math.abs(p.x2))).toBeLessThanOrEqual(5.3);
    }
  });

  it('two Gaussians have variance 0.5 at noise 0 and 4 at noise 0.5', () => {
    expectClose(gaussVariance(0), 0.5);
    expectClose(gaussVariance(0.25), 2.25);
    expectClose(gaussVariance(0.5), 4);
  });

  it('two Gaussians centre class 1 on (2, 2) and class 0 on (−2, −2)', () => {
    const points = classifyTwoGauss(createRng(4), 4000, 0);
    const ones = points.filter((p) => p.label === 1);
    const zeros = points.filter((p) => p.label === 0);
    expect(ones).toHaveLength(2000);
    // The mean of 2000 draws with variance 0.5 is within 0.1 of the centre (6.3 standard errors).
    expectClose([mean(ones.map((p) => p.x1)), mean(ones.map((p) => p.x2))], [2, 2], 0.1);
    expectClose([mean(zeros.map((p) => p.x1)), mean(zeros.map((p) => p.x2))], [-2, -2], 0.1);
    const spread = mean(ones.map((p) => (p.x1 - 2) ** 2));
    expectClose(spread, 0.5, 0.05);
  });

  it('the spiral arm’s point 50 of 100 lies at radius 2.5 and angle 1.75π', () => {
    const p = spiralPoint(50, 100, 0);
    expectClose([p.x1, p.x2], [2.5 * Math.sin(1.75 * Math.PI), 2.5 * Math.cos(1.75 * Math.PI)]);
  });

  it('spirals at noise 0 lie exactly on their arms, class 0 turned by π from class 1', () => {
    const points = classifySpiral(createRng(5), 200, 0);
    const ones = points.filter((p) => p.label === 1);
    const zeros = points.filter((p) => p.label === 0);
    ones.forEach((p, i) =>
      expectClose([p.x1, p.x2], [spiralPoint(i, 100, 0).x1, spiralPoint(i, 100, 0).x2]),
    );
    // Turning by π is the point reflected through the origin.
    zeros.forEach((p, i) => expectClose([p.x1, p.x2], [-ones[i]!.x1, -ones[i]!.x2]));
  });

  it('spiral noise moves each coordinate by at most the noise fraction', () => {
    const points = classifySpiral(createRng(6), 200, 0.5);
    points.slice(0, 100).forEach((p, i) => {
      const q = spiralPoint(i, 100, 0);
      expect(Math.abs(p.x1 - q.x1)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(p.x2 - q.x2)).toBeLessThanOrEqual(0.5);
    });
    expect(points.some((p, i) => i < 100 && p.x1 !== spiralPoint(i, 100, 0).x1)).toBe(true);
  });

  it('the plane target is (x₁ + x₂)/10: 0.3 at (1, 2), −1.2 at (−6, −6)', () => {
    expectClose(planeTarget(1, 2), 0.3);
    expectClose(planeTarget(-6, -6), -1.2);
  });

  it('the bumps target is 1 at (−4, 2.5), −0.5 one unit from (0, 2.5), 0 far from all', () => {
    expectClose(gaussTarget(-4, 2.5), 1);
    expectClose(gaussTarget(0, 3.5), -0.5);
    expectClose(gaussTarget(2, 0), 0);
    // Halfway between (0, 2.5) and (0, −2.5) both are 2.5 away, beyond their reach of 2.
    expectClose(gaussTarget(0, 0), 0);
  });

  it('regression at noise 0 labels each point of the square by its target', () => {
    for (const [make, target] of [
      [regressPlane, planeTarget],
      [regressGaussian, gaussTarget],
    ] as const) {
      const points = make(createRng(7), 300, 0);
      for (const p of points) {
        expect(Math.max(Math.abs(p.x1), Math.abs(p.x2))).toBeLessThanOrEqual(6);
        expectClose(p.label, target(p.x1, p.x2));
      }
    }
  });

  it('regression noise reads the target elsewhere, with bumps staying in [−1, 1]', () => {
    const plane = regressPlane(createRng(8), 500, 0.5);
    expect(plane.some((p) => Math.abs(p.label - planeTarget(p.x1, p.x2)) > 0.1)).toBe(true);
    expect(Math.max(...plane.map((p) => Math.abs(p.label)))).toBeLessThanOrEqual(1.8);
    const bumps = regressGaussian(createRng(8), 500, 0.5);
    expect(Math.max(...bumps.map((p) => Math.abs(p.label)))).toBeLessThanOrEqual(1);
  });
});

describe('the draws behind each of Playground’s sets, in Playground’s order', () => {
  // Each expectation replays the generator's documented draws on a twin generator of the same
  // seed, so a changed range, sign or order of draws changes the points.
  it('circle: r, the angle in [0, 2π), then two offsets in [−5, 5]·noise where the label is read', () => {
    const noise = 0.4;
    const twin = createRng(11);
    const expected = [0, 1].flatMap((ring) =>
      Array.from({ length: ring === 0 ? 4 : 3 }, () => {
        const r = ring === 0 ? twin.uniform(0, 2.5) : twin.uniform(3.5, 5);
        const angle = twin.uniform(0, 2 * Math.PI);
        const [x1, x2] = [r * Math.sin(angle), r * Math.cos(angle)];
        const n1 = twin.uniform(-5, 5) * noise;
        const n2 = twin.uniform(-5, 5) * noise;
        return { x1, x2, label: Math.hypot(x1 + n1, x2 + n2) < 2.5 ? 1 : 0 };
      }),
    );
    const points = classifyCircle(createRng(11), 7, noise);
    expect(points).toEqual(expected);
    // The offsets move where labels are read: some flip at this noise.
    expect(points.slice(0, 4).some((p) => p.label === 0)).toBe(true);
  });

  it('xor: x₁ and x₂ in [−5, 5] pushed 0.3 off the axes, then two offsets in [−5, 5]·noise', () => {
    const noise = 0.5;
    const twin = createRng(12);
    const expected = Array.from({ length: 40 }, () => {
      let x1 = twin.uniform(-5, 5);
      x1 += x1 > 0 ? 0.3 : -0.3;
      let x2 = twin.uniform(-5, 5);
      x2 += x2 > 0 ? 0.3 : -0.3;
      const n1 = twin.uniform(-5, 5) * noise;
      const n2 = twin.uniform(-5, 5) * noise;
      return { x1, x2, label: (x1 + n1) * (x2 + n2) >= 0 ? 1 : 0 };
    });
    expect(classifyXor(createRng(12), 40, noise)).toEqual(expected);
  });

  it('gauss: each coordinate the centre plus sd·N(0, 1), class 1 round (2, 2) first', () => {
    const twin = createRng(13);
    const sd = Math.sqrt(gaussVariance(0.2));
    const expected = [
      [2, 1],
      [-2, 0],
    ].flatMap(([c, label]) =>
      Array.from({ length: 3 }, () => {
        const x1 = c! + sd * twin.normal();
        return { x1, x2: c! + sd * twin.normal(), label };
      }),
    );
    expect(classifyTwoGauss(createRng(13), 6, 0.2)).toEqual(expected);
  });

  it('spiral: the arm’s point plus two offsets in [−1, 1]·noise, the second arm turned by +π', () => {
    const noise = 0.3;
    const twin = createRng(14);
    const expected = [
      [0, 1],
      [Math.PI, 0],
    ].flatMap(([deltaT, label]) =>
      Array.from({ length: 5 }, (_, i) => {
        const r = (i / 5) * 5;
        const t = ((1.75 * i) / 5) * 2 * Math.PI + deltaT!;
        const x1 = r * Math.sin(t) + twin.uniform(-1, 1) * noise;
        return { x1, x2: r * Math.cos(t) + twin.uniform(-1, 1) * noise, label };
      }),
    );
    expect(classifySpiral(createRng(14), 10, noise)).toEqual(expected);
  });

  it('regression: x₁, x₂ in [−6, 6], then the target read at offsets in [−6, 6]·noise', () => {
    const noise = 0.25;
    for (const [generate, target] of [
      [regressPlane, planeTarget],
      [regressGaussian, gaussTarget],
    ] as const) {
      const twin = createRng(15);
      const expected = Array.from({ length: 30 }, () => {
        const x1 = twin.uniform(-6, 6);
        const x2 = twin.uniform(-6, 6);
        const n1 = twin.uniform(-6, 6) * noise;
        const n2 = twin.uniform(-6, 6) * noise;
        return { x1, x2, label: target(x1 + n1, x2 + n2) };
      });
      expect(generate(createRng(15), 30, noise)).toEqual(expected);
    }
  });

  it('gauss target: 0, not −0, farther than 2 from every bump (a −0 would be written as -0)', () => {
    expect(Object.is(gaussTarget(6, 0), 0)).toBe(true);
    expect(Object.is(gaussTarget(-6, 6), 0)).toBe(true);
  });
});

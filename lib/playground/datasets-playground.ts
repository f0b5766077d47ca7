/**
 * TensorFlow Playground's six data sets (its `src/dataset.ts`), reproduced in behaviour on our
 * seeded `Rng`: the same radii, variances, spiral turns, XOR padding and label rules, and the
 * random numbers drawn in the same order per point.
 *
 * Here `noise` is Playground's fraction 0 … 0.5 (its address says the percent, 0 … 50).
 * Playground labels its two classes +1 and −1; we use class indices, −1 → class 0 and
 * +1 → class 1 (so circle's inner disc, XOR's first and third quadrants, gauss's blob at (2, 2)
 * and spiral's arm starting at angle 0 are class 1). Regression targets are Playground's numbers.
 * Two deliberate differences: an odd count gives exactly that many points (Playground's circle,
 * gauss and spiral make two halves of ⌈N/2⌉), and normals come from Box–Muller (`rng.normal`),
 * not its polar method.
 * Like Playground, nothing is clamped: at high noise some two-Gaussian points fall off [−6, 6]².
 */
import type { Rng } from '../random.ts';
import type { Point } from './points.ts';

/** Playground's class from its ±1 label: +1 → 1, −1 → 0. */
const classOf = (positive: boolean): number => (positive ? 1 : 0);

/** Sizes of `parts` groups that add up to `count`, the first ones one larger when it does not divide. */
export function groupSizes(count: number, parts: number): number[] {
  const base = Math.floor(count / parts);
  return Array.from({ length: parts }, (_, k) => base + (k < count % parts ? 1 : 0));
}

/** Circle: class 1 in the disc r < 2.5 (drawn from r ∈ [0, 2.5)), class 0 on the ring r ∈ [3.5, 5). */
export function classifyCircle(rng: Rng, count: number, noise: number): Point[] {
  const radius = 5;
  const points: Point[] = [];
  const [inner, outer] = groupSizes(count, 2);
  const ring = (n: number, low: number, high: number): void => {
    for (let i = 0; i < n; i++) {
      const r = rng.uniform(low, high);
      const angle = rng.uniform(0, 2 * Math.PI);
      const x1 = r * Math.sin(angle);
      const x2 = r * Math.cos(angle);
      // Noise does not move the point: it moves where the label is read, so labels flip near r = 2.5.
      const n1 = rng.uniform(-radius, radius) * noise;
      const n2 = rng.uniform(-radius, radius) * noise;
      const label = classOf(Math.hypot(x1 + n1, x2 + n2) < radius * 0.5);
      points.push({ x1, x2, label });
    }
  };
  ring(inner!, 0, radius * 0.5);
  ring(outer!, radius * 0.7, radius);
  return points;
}

/** XOR: uniform in [−5, 5]², pushed 0.3 away from both axes; class 1 when x₁x₂ ≥ 0. */
export function classifyXor(rng: Rng, count: number, noise: number): Point[] {
  const padding = 0.3;
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    let x1 = rng.uniform(-5, 5);
    x1 += x1 > 0 ? padding : -padding;
    let x2 = rng.uniform(-5, 5);
    x2 += x2 > 0 ? padding : -padding;
    const n1 = rng.uniform(-5, 5) * noise;
    const n2 = rng.uniform(-5, 5) * noise;
    points.push({ x1, x2, label: classOf((x1 + n1) * (x2 + n2) >= 0) });
  }
  return points;
}

/**
 * Playground's Gaussian variance for a noise fraction: 0.5 at noise 0 rising linearly to 4 at 0.5
 * (so the standard deviation goes from √0.5 ≈ 0.71 to 2).
 */
export function gaussVariance(noise: number): number {
  return 0.5 + (noise / 0.5) * (4 - 0.5);
}

/** Two Gaussians: class 1 around (2, 2), class 0 around (−2, −2), variance `gaussVariance(noise)`. */
export function classifyTwoGauss(rng: Rng, count: number, noise: number): Point[] {
  const sd = Math.sqrt(gaussVariance(noise));
  const points: Point[] = [];
  const [first, second] = groupSizes(count, 2);
  const blob = (n: number, c: number, label: number): void => {
    for (let i = 0; i < n; i++) {
      const x1 = c + sd * rng.normal();
      const x2 = c + sd * rng.normal();
      points.push({ x1, x2, label });
    }
  };
  blob(first!, 2, 1);
  blob(second!, -2, 0);
  return points;
}

/**
 * The point of spiral arm `i` of `n` at angle offset `deltaT`, before noise: radius r = 5i/n and
 * angle t = 1.75 · 2π · i/n + deltaT, placed at (r sin t, r cos t); 1.75 turns out to radius 5.
 */
export function spiralPoint(i: number, n: number, deltaT: number): { x1: number; x2: number } {
  const r = (i / n) * 5;
  const t = ((1.75 * i) / n) * 2 * Math.PI + deltaT;
  return { x1: r * Math.sin(t), x2: r * Math.cos(t) };
}

/** Two spirals: class 1 on the arm starting at angle 0, class 0 on the arm turned by π; noise moves points by up to ±noise. */
export function classifySpiral(rng: Rng, count: number, noise: number): Point[] {
  const points: Point[] = [];
  const [first, second] = groupSizes(count, 2);
  const arm = (n: number, deltaT: number, label: number): void => {
    for (let i = 0; i < n; i++) {
      const p = spiralPoint(i, n, deltaT);
      const x1 = p.x1 + rng.uniform(-1, 1) * noise;
      const x2 = p.x2 + rng.uniform(-1, 1) * noise;
      points.push({ x1, x2, label });
    }
  };
  arm(first!, 0, 1);
  arm(second!, Math.PI, 0);
  return points;
}

/**
 * Playground's plane target (x₁ + x₂)/10, its linear map of [−10, 10] onto [−1, 1], unclamped as
 * Playground leaves it: on the square it reaches ±1.2, and with noise up to ±1.8.
 */
export function planeTarget(x1: number, x2: number): number {
  return (x1 + x2) / 10;
}

/** The six Gaussian bumps of Playground's regression set: centre and sign. */
const bumps: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/**
 * Playground's Gaussian-bumps target: for each bump, sign · max(0, 1 − d/2) at distance d from its
 * centre (its clamped linear map of [0, 2] onto [1, 0]); the value largest in magnitude wins, so
 * the target lies in [−1, 1] and is 0 farther than 2 from every centre.
 */
export function gaussTarget(x1: number, x2: number): number {
  let label = 0;
  for (const [c1, c2, sign] of bumps) {
    const value = sign * Math.max(0, 1 - Math.hypot(x1 - c1, x2 - c2) / 2);
    if (Math.abs(value) > Math.abs(label)) label = value;
  }
  return label;
}

/** Points uniform in [−6, 6]², each labelled `target` read at the point moved by up to ±6·noise. */
function regress(
  rng: Rng,
  count: number,
  noise: number,
  target: (x1: number, x2: number) => number,
): Point[] {
  const radius = 6;
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const x1 = rng.uniform(-radius, radius);
    const x2 = rng.uniform(-radius, radius);
    const n1 = rng.uniform(-radius, radius) * noise;
    const n2 = rng.uniform(-radius, radius) * noise;
    points.push({ x1, x2, label: target(x1 + n1, x2 + n2) });
  }
  return points;
}

/** Regression on the plane: target `planeTarget` read at the noisy point. */
export function regressPlane(rng: Rng, count: number, noise: number): Point[] {
  return regress(rng, count, noise, planeTarget);
}

/** Regression on six Gaussian bumps: target `gaussTarget` read at the noisy point. */
export function regressGaussian(rng: Rng, count: number, noise: number): Point[] {
  return regress(rng, count, noise, gaussTarget);
}

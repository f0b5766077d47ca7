/**
 * The playground's data sets by name: TensorFlow Playground's six (see `datasets-playground.ts`)
 * plus two of ours, C Gaussian blobs and a boundary x₂ = f(x₁) the reader types. One registry, so
 * the page, the address and the tests read names and labels from the same place.
 */
import type { Rng } from '../random.ts';
import {
  classifyCircle,
  classifySpiral,
  classifyTwoGauss,
  classifyXor,
  gaussVariance,
  groupSizes,
  regressGaussian,
  regressPlane,
} from './datasets-playground.ts';
import { DOMAIN, type Point, type PointSet, type ProblemKind } from './points.ts';

/** The data sets' names, as the page's address spells them. */
export type PlaygroundSetName =
  'circle' | 'xor' | 'gauss' | 'spiral' | 'blobs' | 'function' | 'reg-plane' | 'reg-gauss';

/** What to generate: how many points, how much noise, and the options of two sets. */
export interface SetOptions {
  /** How many points: a whole number from 1 to MAX_COUNT. */
  readonly count: number;
  /** Noise in percent, 0 … 50, as in Playground's address (its generators take noise/100). */
  readonly noise: number;
  /** Blobs only: the number of classes C, 3 … 5 (3 when left out). */
  readonly classes?: number;
  /** Function only: the boundary f; class 1 above it (x₂ > f(x₁)). */
  readonly boundary?: (x1: number) => number;
}

/** One data set: its name, the page's label, its problem kind and its generator. */
export interface PlaygroundSet {
  readonly name: PlaygroundSetName;
  readonly label: string;
  readonly kind: ProblemKind;
  /** The points for these options; throws RangeError naming a bad option. */
  readonly generate: (rng: Rng, options: SetOptions) => PointSet;
}

/** Points Playground generates for each kind of problem (its NUM_SAMPLES_CLASSIFY / _REGRESS). */
export const SAMPLE_COUNT = { classification: 500, regression: 1200 } as const;

/** The most points a generator makes (the page never asks for more than a few thousand). */
export const MAX_COUNT = 10_000;

/** Fewest and most blobs. */
export const MIN_BLOBS = 3;
export const MAX_BLOBS = 5;

/** Radius of the circle on which the blobs' centres sit: inside the square with room for spread. */
export const BLOB_RADIUS = 4;

/** Centre of blob k of C: evenly spaced on the circle of radius BLOB_RADIUS, blob 0 at the top. */
export function blobCentre(k: number, classes: number): { x1: number; x2: number } {
  const angle = Math.PI / 2 + (2 * Math.PI * k) / classes;
  return { x1: BLOB_RADIUS * Math.cos(angle), x2: BLOB_RADIUS * Math.sin(angle) };
}

/** One coordinate c + sd·N(0, 1), drawn again until it lies in [−6, 6]. */
function insideSquare(rng: Rng, c: number, sd: number): number {
  // Redrawing (a Gaussian truncated to the square) keeps every blob point on the plane the page
  // draws and the CSV reader accepts; each draw lands inside with probability above 0.8.
  for (;;) {
    const x = c + sd * rng.normal();
    if (Math.abs(x) <= DOMAIN) return x;
  }
}

/**
 * C blobs of equal size, class k around `blobCentre(k, C)`, with Playground's two-Gaussian
 * variance (0.5 at noise 0, well apart; 4 at noise 50, overlapping), truncated to the square.
 */
function blobs(rng: Rng, count: number, noise: number, classes: number): Point[] {
  const sd = Math.sqrt(gaussVariance(noise));
  const points: Point[] = [];
  groupSizes(count, classes).forEach((n, k) => {
    const c = blobCentre(k, classes);
    for (let i = 0; i < n; i++) {
      const x1 = insideSquare(rng, c.x1, sd);
      points.push({ x1, x2: insideSquare(rng, c.x2, sd), label: k });
    }
  });
  return points;
}

/**
 * Points uniform in [−6, 6]², class 1 when x₂ > f(x₁), else class 0. Noise works as in
 * Playground's circle and XOR: the side is read at the point moved by up to ±6·noise in each
 * coordinate, so labels flip near the boundary. Where f is not finite (sqrt of a negative, a
 * pole) the point is class 0.
 */
function functionBoundary(
  rng: Rng,
  count: number,
  noise: number,
  f: (x1: number) => number,
): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const x1 = rng.uniform(-DOMAIN, DOMAIN);
    const x2 = rng.uniform(-DOMAIN, DOMAIN);
    const n1 = rng.uniform(-DOMAIN, DOMAIN) * noise;
    const n2 = rng.uniform(-DOMAIN, DOMAIN) * noise;
    const fx = f(x1 + n1);
    points.push({ x1, x2, label: Number.isFinite(fx) && x2 + n2 > fx ? 1 : 0 });
  }
  return points;
}

/** Checks count and noise, returning Playground's noise fraction; throws RangeError naming the option. */
function checkCommon(name: PlaygroundSetName, options: SetOptions): number {
  const { count, noise } = options;
  if (!(Number.isInteger(count) && count >= 1 && count <= MAX_COUNT)) {
    throw new RangeError(
      `${name}: count must be a whole number from 1 to ${MAX_COUNT}, got ${count}`,
    );
  }
  if (!(Number.isFinite(noise) && noise >= 0 && noise <= 50)) {
    throw new RangeError(`${name}: noise must be a percent from 0 to 50, got ${noise}`);
  }
  return noise / 100;
}

type Generator = (rng: Rng, count: number, noise: number) => Point[];

/** A registry entry for one of Playground's own sets. */
function playground(
  name: PlaygroundSetName,
  label: string,
  kind: ProblemKind,
  make: Generator,
): PlaygroundSet {
  const classes = kind === 'classification' ? 2 : 0;
  return {
    name,
    label,
    kind,
    generate: (rng, options) => {
      const noise = checkCommon(name, options);
      return { kind, classes, points: make(rng, options.count, noise) };
    },
  };
}

/** Every data set, in the order the page lists them. */
export const playgroundSets: Readonly<Record<PlaygroundSetName, PlaygroundSet>> = {
  circle: playground('circle', 'Circle', 'classification', classifyCircle),
  xor: playground('xor', 'Exclusive or', 'classification', classifyXor),
  gauss: playground('gauss', 'Two Gaussians', 'classification', classifyTwoGauss),
  spiral: playground('spiral', 'Spiral', 'classification', classifySpiral),
  blobs: {
    name: 'blobs',
    label: 'Blobs',
    kind: 'classification',
    generate: (rng, options) => {
      const noise = checkCommon('blobs', options);
      const classes = options.classes ?? MIN_BLOBS;
      if (!(Number.isInteger(classes) && classes >= MIN_BLOBS && classes <= MAX_BLOBS)) {
        throw new RangeError(
          `blobs: classes must be a whole number from ${MIN_BLOBS} to ${MAX_BLOBS}, got ${classes}`,
        );
      }
      return { kind: 'classification', classes, points: blobs(rng, options.count, noise, classes) };
    },
  },
  function: {
    name: 'function',
    label: 'Function boundary',
    kind: 'classification',
    generate: (rng, options) => {
      const noise = checkCommon('function', options);
      if (typeof options.boundary !== 'function') {
        throw new RangeError('function: the boundary option (a function of x₁) is missing');
      }
      const points = functionBoundary(rng, options.count, noise, options.boundary);
      return { kind: 'classification', classes: 2, points };
    },
  },
  'reg-plane': playground('reg-plane', 'Plane (regression)', 'regression', regressPlane),
  'reg-gauss': playground(
    'reg-gauss',
    'Gaussian bumps (regression)',
    'regression',
    regressGaussian,
  ),
};

/** Every data set's name, in the order of `playgroundSets`. */
export const playgroundSetNames = Object.keys(playgroundSets) as PlaygroundSetName[];

/** True when `name` is a data set's name (not an inherited property such as 'toString'). */
export function isPlaygroundSetName(name: unknown): name is PlaygroundSetName {
  return typeof name === 'string' && Object.hasOwn(playgroundSets, name);
}

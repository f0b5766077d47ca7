/** Every toy dataset by the name used in URLs and widgets, with its label and kind beside it. */
import type { Rng } from '../random.ts';
import { blobs, type BlobOptions } from './blobs.ts';
import { circles } from './circles.ts';
import { gaussians } from './gaussians.ts';
import { regression1d, regression2d } from './regression.ts';
import { spirals } from './spirals.ts';
import type { Dataset, DatasetKind } from './types.ts';
import { xor } from './xor.ts';

export type { BlobOptions } from './blobs.ts';
export type { Dataset, DatasetKind, DatasetOptions } from './types.ts';
export { oneHot, singleOutputTargets } from './types.ts';
export { blobs, blobCentre, MAX_BLOB_CLASSES, MIN_BLOB_CLASSES } from './blobs.ts';
export { circles, INNER_RADIUS, OUTER_RADIUS } from './circles.ts';
export { gaussians, GAUSSIAN_CENTRES } from './gaussians.ts';
export { bumpSurface, regression1d, regression2d, sineCurve } from './regression.ts';
export { spiralPoint, spirals, SPIRAL_TURNS } from './spirals.ts';
export { xor, XOR_CORNERS } from './xor.ts';

/** The registry's names, as used in URLs and widgets. */
export type DatasetName =
  'xor' | 'circles' | 'gaussians' | 'spirals' | 'blobs' | 'regression1d' | 'regression2d';

/** A registry entry: the generator beside the names and facts a widget shows. */
export interface DatasetEntry {
  readonly name: DatasetName;
  /** Human name, e.g. "Two spirals". */
  readonly label: string;
  readonly kind: DatasetKind;
  /** Input dimension: 2, or 1 for the 1-D regression. */
  readonly inputSize: number;
  /** Builds the set; `classes` is read by blobs only (3 to 5). */
  readonly generate: (rng: Rng, options: BlobOptions) => Dataset;
}

/** Every dataset the engine can generate, by name. */
export const datasets: Readonly<Record<DatasetName, DatasetEntry>> = {
  xor: { name: 'xor', label: 'XOR', kind: 'classification', inputSize: 2, generate: xor },
  circles: {
    name: 'circles',
    label: 'Two circles',
    kind: 'classification',
    inputSize: 2,
    generate: circles,
  },
  gaussians: {
    name: 'gaussians',
    label: 'Two Gaussians',
    kind: 'classification',
    inputSize: 2,
    generate: gaussians,
  },
  spirals: {
    name: 'spirals',
    label: 'Two spirals',
    kind: 'classification',
    inputSize: 2,
    generate: spirals,
  },
  blobs: {
    name: 'blobs',
    label: 'Gaussian blobs',
    kind: 'classification',
    inputSize: 2,
    generate: blobs,
  },
  regression1d: {
    name: 'regression1d',
    label: 'Noisy sine (1-D regression)',
    kind: 'regression',
    inputSize: 1,
    generate: regression1d,
  },
  regression2d: {
    name: 'regression2d',
    label: 'Bump surface (2-D regression)',
    kind: 'regression',
    inputSize: 2,
    generate: regression2d,
  },
};

/** Every dataset name, in registry order. */
export const datasetNames = Object.keys(datasets) as DatasetName[];

/** True when `name` is a key of the registry (not an inherited property such as 'toString'). */
export function isDatasetName(name: unknown): name is DatasetName {
  return typeof name === 'string' && Object.hasOwn(datasets, name);
}

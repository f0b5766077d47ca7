import type { Rng } from '../random.ts';
import {
  classification,
  jitter,
  validateOptions,
  type Dataset,
  type DatasetOptions,
} from './types.ts';

/** The shared options plus the number of classes C. */
export interface BlobOptions extends DatasetOptions {
  /** Number of classes, 3 to 5. Default 3. */
  readonly classes?: number;
}

/** Blobs come with 3 to 5 classes: fewer is the two-Gaussians set, more crowds the unit circle. */
export const MIN_BLOB_CLASSES = 3;
/** See MIN_BLOB_CLASSES. */
export const MAX_BLOB_CLASSES = 5;

/** Centre of class c of C: evenly spaced on the unit circle, (cos 2πc/C, sin 2πc/C). */
export function blobCentre(c: number, classes: number): [number, number] {
  const angle = (2 * Math.PI * c) / classes;
  return [Math.cos(angle), Math.sin(angle)];
}

/** Gaussian blobs: C clouds N(centre_c, noise²·I), one per class, for softmax classification. */
export function blobs(rng: Rng, options: BlobOptions): Dataset {
  validateOptions('blobs', options);
  const classes = options.classes ?? MIN_BLOB_CLASSES;
  if (!(Number.isInteger(classes) && classes >= MIN_BLOB_CLASSES && classes <= MAX_BLOB_CLASSES)) {
    throw new RangeError(
      `blobs: classes must be a whole number from ${MIN_BLOB_CLASSES} to ${MAX_BLOB_CLASSES}, got ${classes}`,
    );
  }
  const inputs: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const label = i % classes;
    const [cx, cy] = blobCentre(label, classes);
    inputs.push(jitter(rng, cx, cy, options.noise));
    labels.push(label);
  }
  return classification('blobs', inputs, labels, classes);
}

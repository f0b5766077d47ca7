import type { Rng } from '../random.ts';
import {
  classification,
  jitter,
  validateOptions,
  type Dataset,
  type DatasetOptions,
} from './types.ts';

/** Centres of the two clouds: class 0 around (−1, −1), class 1 around (1, 1). */
export const GAUSSIAN_CENTRES: readonly (readonly [number, number])[] = [
  [-1, -1],
  [1, 1],
];

/** Two Gaussians: N(centre, noise²·I) around (−1, −1) and (1, 1), separable by a line when noise is small. */
export function gaussians(rng: Rng, options: DatasetOptions): Dataset {
  validateOptions('gaussians', options);
  const inputs: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const label = i % 2;
    const [cx, cy] = GAUSSIAN_CENTRES[label]!;
    inputs.push(jitter(rng, cx, cy, options.noise));
    labels.push(label);
  }
  return classification('gaussians', inputs, labels, 2);
}

import type { Rng } from '../random.ts';
import {
  classification,
  jitter,
  validateOptions,
  type Dataset,
  type DatasetOptions,
} from './types.ts';

/** Radius of the inner circle (class 0). */
export const INNER_RADIUS = 0.5;
/** Radius of the outer ring (class 1). */
export const OUTER_RADIUS = 1;

/** Two circles: class 0 on the circle of radius ½, class 1 on the ring of radius 1, at random angles. */
export function circles(rng: Rng, options: DatasetOptions): Dataset {
  validateOptions('circles', options);
  const inputs: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const label = i % 2;
    const r = label === 0 ? INNER_RADIUS : OUTER_RADIUS;
    const angle = rng.uniform(0, 2 * Math.PI);
    inputs.push(jitter(rng, r * Math.cos(angle), r * Math.sin(angle), options.noise));
    labels.push(label);
  }
  return classification('circles', inputs, labels, 2);
}

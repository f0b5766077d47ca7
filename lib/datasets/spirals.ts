import type { Rng } from '../random.ts';
import {
  classification,
  jitter,
  validateOptions,
  type Dataset,
  type DatasetOptions,
} from './types.ts';

/** How many turns each arm makes from the centre to radius 1. */
export const SPIRAL_TURNS = 1.75;

/**
 * Point t ∈ (0, 1] of arm c: radius t, angle 2π·TURNS·t + cπ. Arm 1 is arm 0 turned by half a
 * revolution, i.e. the point (x, y) of arm 0 becomes (−x, −y).
 */
export function spiralPoint(t: number, arm: number): [number, number] {
  const angle = 2 * Math.PI * SPIRAL_TURNS * t + arm * Math.PI;
  return [t * Math.cos(angle), t * Math.sin(angle)];
}

/** Two interleaved spirals, one per class, with points evenly spaced along each arm. */
export function spirals(rng: Rng, options: DatasetOptions): Dataset {
  validateOptions('spirals', options);
  const { count, noise } = options;
  const perArm = [Math.ceil(count / 2), Math.floor(count / 2)];
  const inputs: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const k = Math.floor(i / 2);
    // t = (k + 1)/n keeps the first point off the centre, where the two arms would meet.
    const [x, y] = spiralPoint((k + 1) / perArm[label]!, label);
    inputs.push(jitter(rng, x, y, noise));
    labels.push(label);
  }
  return classification('spirals', inputs, labels, 2);
}

import type { Rng } from '../random.ts';
import {
  classification,
  jitter,
  validateOptions,
  type Dataset,
  type DatasetOptions,
} from './types.ts';

/** The four corners (±1, ±1); a corner's class is 1 when its coordinates differ in sign (x₁ XOR x₂). */
export const XOR_CORNERS: readonly (readonly [number, number, number])[] = [
  [-1, -1, 0],
  [-1, 1, 1],
  [1, -1, 1],
  [1, 1, 0],
];

/** XOR: four Gaussian clusters at (±1, ±1), label 1 where sign(x₁) ≠ sign(x₂); no line separates them. */
export function xor(rng: Rng, options: DatasetOptions): Dataset {
  validateOptions('xor', options);
  const inputs: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < options.count; i++) {
    // Corners in turn, so the classes stay balanced to within one point.
    const [cx, cy, label] = XOR_CORNERS[i % 4]!;
    inputs.push(jitter(rng, cx, cy, options.noise));
    labels.push(label);
  }
  return classification('xor', inputs, labels, 2);
}

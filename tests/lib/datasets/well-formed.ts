import { expect } from 'vitest';
import type { Dataset } from '../../../lib/datasets/types.ts';

/** How many labels equal c. */
export const countLabel = (labels: readonly number[], c: number): number =>
  labels.filter((l) => l === c).length;

/** n two-dimensional points of a classification set, each target the one-hot vector of its label. */
export function expectWellFormed(set: Dataset, n: number, classes: number): void {
  expect(set.kind).toBe('classification');
  expect(set.inputs).toHaveLength(n);
  expect(set.targets).toHaveLength(n);
  expect(set.labels).toHaveLength(n);
  set.inputs.forEach((x) => expect(x).toHaveLength(2));
  set.targets.forEach((t, i) => {
    // One-hot: a single 1, at the position of the label.
    expect(t).toHaveLength(classes);
    expect(t.filter((v) => v === 1)).toHaveLength(1);
    expect(t.filter((v) => v === 0)).toHaveLength(classes - 1);
    expect(t[set.labels![i]!]).toBe(1);
  });
}

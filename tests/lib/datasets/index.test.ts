import { describe, expect, it } from 'vitest';
import { datasetNames, datasets, isDatasetName } from '../../../lib/datasets/index.ts';
import { createRng } from '../../../lib/random.ts';

describe('datasets', () => {
  it('registers every dataset under the name it reports', () => {
    expect(datasetNames).toEqual([
      'xor',
      'circles',
      'gaussians',
      'spirals',
      'blobs',
      'regression1d',
      'regression2d',
    ]);
    for (const name of datasetNames) {
      const entry = datasets[name];
      const set = entry.generate(createRng(1), { count: 12, noise: 0.1 });
      expect(entry.name).toBe(name);
      expect(set.name).toBe(name);
      expect(set.kind).toBe(entry.kind);
      expect(set.inputs).toHaveLength(12);
      expect(set.targets).toHaveLength(12);
      set.inputs.forEach((x) => expect(x).toHaveLength(entry.inputSize));
    }
    expect(isDatasetName('spirals')).toBe(true);
    expect(isDatasetName('toString')).toBe(false);
  });

  it('takes only a string as a name, not a value whose text is one', () => {
    expect(isDatasetName(['xor'])).toBe(false);
    expect(isDatasetName({ toString: () => 'spirals' })).toBe(false);
  });

  it('gives the same points for the same seed and different points for another seed', () => {
    for (const name of datasetNames) {
      const make = (seed: number) =>
        datasets[name].generate(createRng(seed), { count: 20, noise: 0.1 });
      expect(make(42)).toEqual(make(42));
      expect(make(42).inputs).not.toEqual(make(43).inputs);
    }
  });

  it('never produces NaN or Infinity, even with large noise', () => {
    for (const name of datasetNames) {
      const set = datasets[name].generate(createRng(9), { count: 200, noise: 10 });
      for (const row of [...set.inputs, ...set.targets]) {
        for (const v of row) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('rejects a count that is not a whole number ≥ 1, naming the dataset and the value', () => {
    for (const name of datasetNames) {
      for (const count of [0, -3, 2.5, NaN]) {
        expect(() => datasets[name].generate(createRng(1), { count, noise: 0.1 })).toThrow(
          new RegExp(`^${name}: count must be a whole number ≥ 1, got ${count}$`),
        );
      }
    }
  });

  it('rejects negative or non-finite noise, naming the dataset and the value', () => {
    for (const name of datasetNames) {
      for (const noise of [-0.1, Infinity, NaN]) {
        expect(() => datasets[name].generate(createRng(1), { count: 5, noise })).toThrow(
          new RegExp(`^${name}: noise must be a finite number ≥ 0, got ${noise}$`),
        );
      }
    }
  });
});

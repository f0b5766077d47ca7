import { describe, expect, it } from 'vitest';
import {
  jitter,
  oneHot,
  singleOutputTargets,
  validateOptions,
  type Dataset,
} from '../../../lib/datasets/types.ts';
import { blobs } from '../../../lib/datasets/blobs.ts';
import { regression1d } from '../../../lib/datasets/regression.ts';
import { xor } from '../../../lib/datasets/xor.ts';
import { createRng } from '../../../lib/random.ts';

describe('oneHot', () => {
  it('is the vector e_label: 1 at the label, 0 elsewhere', () => {
    expect(oneHot(0, 2)).toEqual([1, 0]);
    expect(oneHot(2, 4)).toEqual([0, 0, 1, 0]);
  });
});

describe('validateOptions', () => {
  it('accepts a single point', () => {
    expect(() => validateOptions('blobs', { count: 1, noise: 0 })).not.toThrow();
  });
});

describe('jitter', () => {
  it('gives the point itself for noise 0, without consulting the generator', () => {
    const rng = createRng(7);
    expect(jitter(rng, 1, 2, 0)).toEqual([1, 2]);
    expect(rng.normal()).toBe(createRng(7).normal());
  });

  it('adds noise times a standard normal draw to each coordinate, x first', () => {
    const draws = createRng(8);
    const n1 = draws.normal();
    const n2 = draws.normal();
    expect(jitter(createRng(8), 1, 2, 0.5)).toEqual([1 + 0.5 * n1, 2 + 0.5 * n2]);
  });
});

describe('singleOutputTargets', () => {
  it('gives a 2-class set the targets [label] for a single sigmoid output', () => {
    const set = xor(createRng(1), { count: 8, noise: 0 });
    expect(singleOutputTargets(set)).toEqual(set.labels!.map((l) => [l]));
    expect(singleOutputTargets(set).flat().sort()).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('refuses a set with more than two classes, or without classes', () => {
    const three = blobs(createRng(1), { count: 6, noise: 0, classes: 3 });
    expect(() => singleOutputTargets(three)).toThrow(/blobs is not a 2-class classification set/);
    const reg = regression1d(createRng(1), { count: 6, noise: 0 });
    expect(() => singleOutputTargets(reg)).toThrow(/regression1d is not a 2-class/);
  });

  it('refuses a set without labels even when its targets have two entries', () => {
    const pairs: Dataset = { name: 'pairs', kind: 'regression', inputs: [[0]], targets: [[1, 2]] };
    expect(() => singleOutputTargets(pairs)).toThrow(/pairs is not a 2-class classification set/);
  });

  it('refuses a set when any one target is not of two entries', () => {
    const mixed: Dataset = {
      name: 'mixed',
      kind: 'classification',
      inputs: [[0], [1]],
      targets: [
        [1, 0],
        [0, 0, 1],
      ],
      labels: [0, 2],
    };
    expect(() => singleOutputTargets(mixed)).toThrow(/mixed is not a 2-class classification set/);
  });
});

import { describe, expect, it } from 'vitest';
import { oneHot, singleOutputTargets } from '../../../lib/datasets/types.ts';
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
});

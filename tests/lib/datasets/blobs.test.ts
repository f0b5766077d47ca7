import { describe, expect, it } from 'vitest';
import { blobCentre, blobs } from '../../../lib/datasets/blobs.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';
import { countLabel, expectWellFormed } from './well-formed.ts';

// Tolerance 1e-15: noise-free points are the centre itself, and cos(π/2) is 6e-17, not 0.

describe('blobs', () => {
  it.each([3, 4, 5])(
    'with %i classes has balanced classes and one-hot targets of that length',
    (classes) => {
      const set = blobs(createRng(7), { count: 10 * classes, noise: 0.2, classes });
      expectWellFormed(set, 10 * classes, classes);
      for (let c = 0; c < classes; c++) expect(countLabel(set.labels!, c)).toBe(10);
    },
  );

  it('with noise 0 puts class c at (cos 2πc/C, sin 2πc/C)', () => {
    const set = blobs(createRng(8), { count: 8, noise: 0, classes: 4 });
    set.inputs.forEach((x, i) => expectClose(x, blobCentre(set.labels![i]!, 4), 1e-15));
    expectClose(blobCentre(1, 4), [0, 1], 1e-15);
  });

  it('has 3 classes when none are asked for', () => {
    expect(blobs(createRng(8), { count: 6, noise: 0 }).targets[0]).toHaveLength(3);
  });

  it('rejects a class count outside 3 to 5, naming it', () => {
    for (const classes of [2, 6, 3.5]) {
      expect(() => blobs(createRng(1), { count: 10, noise: 0, classes })).toThrow(
        new RegExp(`classes must be a whole number from 3 to 5, got ${classes}`),
      );
    }
  });
});

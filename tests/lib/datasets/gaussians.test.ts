import { describe, expect, it } from 'vitest';
import { GAUSSIAN_CENTRES, gaussians } from '../../../lib/datasets/gaussians.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';
import { expectWellFormed } from './well-formed.ts';

describe('gaussians', () => {
  it('with noise 0 puts each class exactly on its centre', () => {
    const set = gaussians(createRng(4), { count: 9, noise: 0 });
    expectWellFormed(set, 9, 2);
    set.inputs.forEach((x, i) => expect(x).toEqual(GAUSSIAN_CENTRES[set.labels![i]!]));
  });

  it('spreads each class with the standard deviation it is given', () => {
    const set = gaussians(createRng(5), { count: 4000, noise: 0.5 });
    const offsets = set.inputs
      .filter((_, i) => set.labels![i] === 1)
      .map(([x]) => x! - GAUSSIAN_CENTRES[1]![0]);
    const variance = offsets.reduce((s, d) => s + d * d, 0) / offsets.length;
    // 2000 draws: the standard deviation estimate has standard error 0.5/√4000 ≈ 0.008;
    // expectClose allows 0.03·(1 + 0.5) = 0.045, about 5.6 standard errors.
    expectClose(Math.sqrt(variance), 0.5, 0.03);
  });
});

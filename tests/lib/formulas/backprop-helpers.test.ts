import { describe, expect, it } from 'vitest';
import {
  biasPartial,
  lossProbe,
  readLayer,
  readSample,
  readWeightIndex,
  sampleInputs,
  weightPartial,
} from '../../../lib/formulas/backprop-helpers.ts';
import { defaultValues } from '../../../lib/formulas/helpers.ts';
import { layerWeights } from '../../../lib/network/types.ts';
import { expectClose } from '../../helpers/close.ts';

const values = { ...defaultValues(sampleInputs), i: 1, j: 0 };

describe('backprop formula helpers', () => {
  it('runs the post’s x = [1, 2, 1] through the example 3→4→2 network', () => {
    const s = readSample(values);
    expect(s.x).toEqual([1, 2, 1]);
    expect(s.cache.z.map((z) => z.length)).toEqual([3, 4, 2]);
    expect(s.back.deltas[2]).toHaveLength(2);
  });

  it('gives a weight’s central difference equal to backprop and restores the weight', () => {
    const s = readSample(values);
    const before = layerWeights(s.net, 2);
    expectClose(
      weightPartial(s, 2, 1, 0, lossProbe(s)),
      s.back.gradients[1]!.weights[1]![0]!,
      1e-8,
    );
    expect(layerWeights(s.net, 2)).toEqual(before);
  });

  it('gives a bias’s central difference equal to backprop', () => {
    const s = readSample(values);
    expectClose(biasPartial(s, 1, 3, lossProbe(s)), s.back.gradients[0]!.biases[3]!, 1e-8);
  });

  it('checks i against layer l − 1 and j against layer l', () => {
    expect(readWeightIndex({ i: 2, j: 3 }, 1)).toEqual([2, 3]);
    expect(() => readWeightIndex({ i: 3, j: 0 }, 1)).toThrow('layer 0');
    expect(() => readWeightIndex({ i: 0, j: 2 }, 2)).toThrow('layer 2');
  });

  it('accepts only layers 1 to L', () => {
    expect(readLayer({ l: 2 }, 2)).toBe(2);
    expect(() => readLayer({ l: 1.5 }, 2)).toThrow('layers 1 to 2');
  });
});

import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../lib/network/create.ts';
import { layerBiases, layerSizes, layerWeights } from '../../../lib/network/types.ts';
import type { Network } from '../../../lib/network/types.ts';
import { createRng } from '../../../lib/random.ts';

const net = createNetwork({
  sizes: [2, 3, 1],
  activations: { hidden: 'tanh', output: 'sigmoid' },
  loss: 'mse',
  rng: createRng(4),
});

describe('the network’s layers by the book’s numbering', () => {
  it('lists n(0) … n(L), and n(0) = 0 for a network without layers', () => {
    expect(layerSizes(net)).toEqual([2, 3, 1]);
    expect(layerSizes({ layers: [], loss: net.loss } as Network)).toEqual([0]);
  });

  it('gives W(l) and b(l) for l from 1, and names the layers there are for any other l', () => {
    expect(layerWeights(net, 1)).toHaveLength(2);
    expect(layerWeights(net, 2)[2]).toHaveLength(1);
    expect(layerBiases(net, 2)).toEqual([0]);
    for (const l of [0, 3])
      expect(() => layerWeights(net, l)).toThrow(
        `layerWeights: layer ${l} does not exist (the network has layers 1 to 2)`,
      );
    expect(() => layerBiases(net, 3)).toThrow(
      'layerBiases: layer 3 does not exist (the network has layers 1 to 2)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../lib/network/create.ts';
import { copyParameters, copyParametersInto } from '../../../lib/playground/trainer-params.ts';
import { createRng } from '../../../lib/random.ts';

const netOf = (sizes: number[], seed: number) =>
  createNetwork({
    sizes,
    activations: { hidden: 'tanh', output: 'tanh' },
    loss: 'mse',
    rng: createRng(seed),
  });

describe('copying θ into an earlier copy', () => {
  it('fills the earlier copy’s own arrays with the network’s weights and biases', () => {
    const net = netOf([2, 3, 1], 1);
    const old = copyParameters(netOf([2, 3, 1], 2));
    const copy = copyParametersInto(net, old);
    expect(copy.weights[0]).toBe(old.weights[0]);
    expect(copy.biases[1]).toBe(old.biases[1]);
    expect(copy).toEqual(copyParameters(net));
  });

  it('makes new arrays for a copy of a network of another shape, leaving that copy alone', () => {
    const net = netOf([2, 3, 1], 1);
    for (const sizes of [
      [2, 4, 1],
      [2, 1],
      [2, 3, 2],
    ]) {
      const old = copyParameters(netOf(sizes, 2));
      const before = copyParameters(netOf(sizes, 2));
      const copy = copyParametersInto(net, old);
      expect(copy.weights[0], sizes.join('-')).not.toBe(old.weights[0]);
      expect(copy).toEqual(copyParameters(net));
      expect(old).toEqual(before);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createNetwork, type NetworkSpec } from '../../../lib/network/create.ts';
import { initializerNames } from '../../../lib/init.ts';
import { layerSizes, layerWeights } from '../../../lib/network/types.ts';
import { createRng } from '../../../lib/random.ts';

describe('createNetwork', () => {
  it('builds layers of shape n(l−1) × n(l) with zero biases', () => {
    const net = createNetwork({
      sizes: [3, 4, 2],
      activations: ['tanh', 'sigmoid'],
      loss: 'mse',
      rng: createRng(1),
    });
    expect(layerSizes(net)).toEqual([3, 4, 2]);
    expect(layerWeights(net, 1).length).toBe(3);
    expect(layerWeights(net, 1)[0]!.length).toBe(4);
    expect(Array.from(net.layers[1]!.biases)).toEqual([0, 0]);
    expect(net.layers.map((layer) => layer.activation.name)).toEqual(['tanh', 'sigmoid']);
  });

  it('gives the same weights for the same seed and different ones for another', () => {
    const make = (seed: number) =>
      layerWeights(
        createNetwork({
          sizes: [2, 3, 1],
          activations: { hidden: 'relu', output: 'linear' },
          loss: 'mse',
          rng: createRng(seed),
        }),
        1,
      );
    expect(make(9)).toEqual(make(9));
    expect(make(9)).not.toEqual(make(10));
  });

  it('draws Glorot-uniform weights within ±√(6/(n_in + n_out)) by default', () => {
    const net = createNetwork({
      sizes: [10, 20],
      activations: ['linear'],
      loss: 'mse',
      rng: createRng(2),
    });
    const limit = Math.sqrt(6 / 30);
    expect(Math.max(...net.layers[0]!.weights.map(Math.abs))).toBeLessThanOrEqual(limit);
  });

  it('rejects sizes that are not whole numbers ≥ 1 and activations that do not match the layers', () => {
    const rng = createRng(1);
    expect(() =>
      createNetwork({ sizes: [2, 0, 1], activations: ['tanh', 'tanh'], loss: 'mse', rng }),
    ).toThrow(/sizes\[1\] must be a whole number ≥ 1, got 0/);
    expect(() =>
      createNetwork({ sizes: [2, 3, 1], activations: ['tanh'], loss: 'mse', rng }),
    ).toThrow(/2 layers need 2 activations, got 1/);
    expect(() => createNetwork({ sizes: [2], activations: [], loss: 'mse', rng })).toThrow(
      /at least an input and an output/,
    );
  });

  it('rejects an unknown activation or loss, naming it, even one the registry inherits', () => {
    const rng = createRng(1);
    // Names from outside the type checker (a URL, a saved file): 'toString' is on every object.
    const spec = (activation: string, loss: string) =>
      ({
        sizes: [2, 3, 1],
        activations: ['tanh', activation],
        loss,
        rng,
      }) as unknown as NetworkSpec;
    for (const name of ['swish', 'toString'])
      expect(() => createNetwork(spec(name, 'mse'))).toThrow(
        new RegExp(`^createNetwork: unknown activation "${name}"$`),
      );
    for (const name of ['hinge', 'constructor'])
      expect(() => createNetwork(spec('sigmoid', name))).toThrow(
        new RegExp(`^createNetwork: unknown loss "${name}"$`),
      );
  });

  it('rejects an unknown way to draw the weights, naming it and the ones there are', () => {
    const rng = createRng(1);
    const spec = (init: string) =>
      ({
        sizes: [2, 1],
        activations: ['sigmoid'],
        loss: 'mse',
        rng,
        init,
      }) as unknown as NetworkSpec;
    for (const name of ['xavier', 'valueOf'])
      expect(() => createNetwork(spec(name))).toThrow(
        `createNetwork: unknown init "${name}"; one of ${initializerNames.join(', ')}`,
      );
    expect(createNetwork(spec('he')).layers[0]!.weights).toHaveLength(2);
  });
});

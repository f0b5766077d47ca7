import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_PARAMETERS,
  EXAMPLE_SIZES,
  exampleNetwork,
  exampleNetworkJSON,
} from '../../lib/examples.ts';
import { forward } from '../../lib/network/forward.ts';
import { layerWeights } from '../../lib/network/types.ts';
import { expectClose } from '../helpers/close.ts';

describe('the example network', () => {
  it('has the post’s 3→4→2 shape: W(1) is 3×4, W(2) is 4×2', () => {
    const { W1, b1, W2, b2 } = EXAMPLE_PARAMETERS;
    expect(EXAMPLE_SIZES).toEqual([3, 4, 2]);
    expect([W1.length, W1[0]!.length, b1.length, W2.length, W2[0]!.length, b2.length]).toEqual([
      3, 4, 4, 4, 2, 2,
    ]);
  });

  it('holds weights rounded to one decimal in [−1, 1], with no −0', () => {
    const all = [
      ...EXAMPLE_PARAMETERS.W1.flat(),
      ...EXAMPLE_PARAMETERS.b1,
      ...EXAMPLE_PARAMETERS.W2.flat(),
      ...EXAMPLE_PARAMETERS.b2,
    ];
    for (const w of all) {
      expect(Math.abs(w)).toBeLessThanOrEqual(1);
      expectClose(w * 10, Math.round(w * 10), 1e-9);
      expect(Object.is(w, -0)).toBe(false);
    }
  });

  it('is the same network on every call, and a fresh copy each time', () => {
    const a = exampleNetwork();
    const b = exampleNetwork();
    expect(layerWeights(a, 1)).toEqual(layerWeights(b, 1));
    a.layers[0]!.weights[0] = 99;
    expect(layerWeights(exampleNetwork(), 1)[0]![0]).toBe(EXAMPLE_PARAMETERS.W1[0]![0]);
  });

  it('pairs a sigmoid output with MSE and a softmax output with cross-entropy', () => {
    expect(exampleNetworkJSON().loss).toEqual({ name: 'mse' });
    expect(exampleNetworkJSON().layers.map((l) => l.activation)).toEqual(['sigmoid', 'sigmoid']);
    expect(exampleNetworkJSON('softmax')).toMatchObject({
      loss: { name: 'crossEntropy' },
      layers: [{ activation: 'sigmoid' }, { activation: 'softmax' }],
    });
    const z = forward(exampleNetwork('softmax'), [1, 2, 1]).z[2]!;
    expectClose(z[0]! + z[1]!, 1, 1e-15);
  });
});

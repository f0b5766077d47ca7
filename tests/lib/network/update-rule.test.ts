import { describe, expect, it } from 'vitest';
import { layerUpdate, updatedNetwork } from '../../../lib/network/update-rule.ts';
import { layerWeights } from '../../../lib/network/types.ts';
import { expectClose } from '../../helpers/close.ts';
import { createRng, randomNetwork } from './helpers.ts';

// A 2-2-3 network: layer 1 is square (2 × 2), layer 2 is not (2 × 3).
const net = randomNetwork(createRng(5), [2, 2, 3], 'tanh', 'sigmoid', 'mse');
const z = [0.5, -2];
const delta = [0.25, -0.125];
const eta = 0.1;

describe('layerUpdate', () => {
  it('steps W by η z δᵀ and b by η δ under the right rule, and refuses nothing', () => {
    const u = layerUpdate(net, 1, z, delta, eta);
    expectClose(
      u.weightSteps!,
      z.map((zi) => delta.map((dj) => eta * zi * dj)),
      1e-17,
    );
    expectClose(
      u.biasSteps,
      delta.map((d) => eta * d),
      1e-17,
    );
    const W = layerWeights(net, 1);
    expectClose(
      u.weights!,
      W.map((row, i) => row.map((w, j) => w + u.weightSteps![i]![j]!)),
      1e-16,
    );
    expect('refused' in u).toBe(false);
  });

  it('steps uphill with the sign flipped: every step negated', () => {
    const right = layerUpdate(net, 1, z, delta, eta);
    const flipped = layerUpdate(net, 1, z, delta, eta, 'flippedSign');
    expectClose(
      flipped.weightSteps!,
      right.weightSteps!.map((r) => r.map((v) => -v)),
      0,
    );
    expectClose(
      flipped.biasSteps,
      right.biasSteps.map((v) => -v),
      0,
    );
  });

  it('moves w_ij by the gradient of w_ji with the transposed rule on a square layer', () => {
    const u = layerUpdate(net, 1, z, delta, eta, 'transposed');
    expectClose(
      u.weightSteps!,
      [0, 1].map((i) => [0, 1].map((j) => eta * delta[i]! * z[j]!)),
      1e-17,
    );
    expect('refused' in u).toBe(false);
  });

  it('refuses the transposed rule on a layer that is not square, naming both shapes', () => {
    const u = layerUpdate(net, 2, [0.3, 0.7], [0.1, 0.2, 0.3], eta, 'transposed');
    expect(u.weightSteps).toBeNull();
    expect(u.weights).toBeNull();
    expect(u.refused).toBe(
      'W(2) is 2 × 3 but ηΔ(2)Z(1)ᵀ is 3 × 2: matrices of different shapes cannot be added',
    );
    expect(u.biases).toHaveLength(3);
  });
});

describe('updatedNetwork', () => {
  it('writes every layer’s new parameters into a new network and leaves the old one alone', () => {
    const before = Array.from(net.layers[0]!.weights);
    const updates = [
      layerUpdate(net, 1, z, delta, eta),
      layerUpdate(net, 2, [0.3, 0.7], [0.1, 0.2, 0.3], eta),
    ];
    const next = updatedNetwork(net, updates);
    expectClose(layerWeights(next, 1), updates[0]!.weights!, 0);
    expectClose(Array.from(next.layers[1]!.biases), updates[1]!.biases, 0);
    expect(Array.from(net.layers[0]!.weights)).toEqual(before);
  });

  it('throws, with the reason, when asked to write an update that was refused', () => {
    const updates = [
      layerUpdate(net, 1, z, delta, eta, 'transposed'),
      layerUpdate(net, 2, [0.3, 0.7], [0.1, 0.2, 0.3], eta, 'transposed'),
    ];
    expect(() => updatedNetwork(net, updates)).toThrow(/^updatedNetwork: layer 2: W\(2\) is 2 × 3/);
  });
});

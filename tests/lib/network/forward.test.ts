import { describe, expect, it } from 'vitest';
import { fromJSON } from '../../../lib/network/json.ts';
import { forward } from '../../../lib/network/forward.ts';
import { expectClose } from '../../helpers/close.ts';

// The post's 3-4-2 shapes with distinct weights, so a swapped index changes the result.
const W1 = [
  [0.1, 0.2, 0.3, 0.4],
  [-0.5, 0.6, -0.7, 0.8],
  [0.9, -1.0, 1.1, -1.2],
];
const b1 = [0.01, -0.02, 0.03, -0.04];
const W2 = [
  [1, -1],
  [2, -2],
  [0.5, 0.25],
  [-3, 3],
];
const b2 = [0.5, -0.5];
const linear342 = fromJSON({
  layers: [
    { weights: W1, biases: b1, activation: 'linear' },
    { weights: W2, biases: b2, activation: 'linear' },
  ],
  loss: 'mse',
});

describe('forward', () => {
  it('computes a(1)_j = W0j·a0 + W1j·a1 + W2j·a2 + b_j, the post’s expanded form for a 3→4 layer', () => {
    const x = [1, 2, 1];
    const { a } = forward(linear342, x);
    const expanded = [0, 1, 2, 3].map(
      (j) => W1[0]![j]! * x[0]! + W1[1]![j]! * x[1]! + W1[2]![j]! * x[2]! + b1[j]!,
    );
    expectClose(a[1]!, expanded, 1e-15);
  });

  it('computes a(2)_j = W0j·a0 + W1j·a1 + W2j·a2 + W3j·a3 + b_j for the 4→2 layer', () => {
    const { a } = forward(linear342, [1, 2, 1]);
    const a1 = a[1]!;
    const expanded = [0, 1].map((j) =>
      [0, 1, 2, 3].reduce((s, i) => s + W2[i]![j]! * a1[i]!, b2[j]!),
    );
    expectClose(a[2]!, expanded, 1e-15);
  });

  it('keeps the input as a(0) = z(0) = x and applies φ to get z(l)', () => {
    const net = fromJSON({
      layers: [{ weights: [[2], [-1]], biases: [0.5], activation: 'relu' }],
      loss: 'mse',
    });
    const { a, z } = forward(net, [1, 3]);
    expect(a[0]).toEqual([1, 3]);
    expect(z[0]).toEqual([1, 3]);
    expectClose(a[1]!, [-0.5], 1e-15);
    expectClose(z[1]!, [0], 0);
  });

  it('rejects an input of the wrong length', () => {
    expect(() => forward(linear342, [1, 2])).toThrow(/takes 3 inputs but got 2/);
  });

  it('says a network with no layers takes no inputs, rather than failing on a missing layer', () => {
    const empty = { ...linear342, layers: [] };
    expect(() => forward(empty, [1])).toThrow(/^forward: the network takes 0 inputs but got 1$/);
    expect(forward(empty, [])).toEqual({ a: [[]], z: [[]] });
  });
});

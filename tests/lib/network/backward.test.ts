import { describe, expect, it } from 'vitest';
import { hadamard, matVec, outer, scale } from '../../../lib/linalg.ts';
import { backward, layerGradients } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { numericGradients } from '../../../lib/network/gradient-check.ts';
import { layerWeights } from '../../../lib/network/types.ts';
import { expectClose } from '../../helpers/close.ts';
import { configurations, createRng, randomNetwork, randomTarget, randomVector } from './helpers.ts';

// Central differences with h = 1e-6 carry truncation error O(h²) ≈ 1e-12 and rounding error
// about ε·L/h ≈ 1e-10; 1e-6 (relative, see expectClose) leaves room for both and still catches
// any wrong term, which is off by O(1).
const FD_TOLERANCE = 1e-6;

describe('backward', () => {
  it.each(configurations)(
    'matches central finite differences on random 3-layer networks ($hidden hidden, $output output, $loss)',
    ({ hidden, output, loss }) => {
      const rng = createRng(hidden.length * 31 + output.length * 7 + loss.length);
      for (let trial = 0; trial < 3; trial++) {
        const sizes = [1 + rng.int(4), 1 + rng.int(5), 1 + rng.int(5), 2 + rng.int(3)];
        const net = randomNetwork(rng, sizes, hidden, output, loss);
        const x = randomVector(rng, sizes[0]!);
        const y = randomTarget(rng, sizes[3]!, loss);
        const { gradients } = backward(net, forward(net, x), y);
        const numeric = numericGradients(net, x, y);
        gradients.forEach((g, l) => {
          expectClose(g.weights, numeric[l]!.weights, FD_TOLERANCE);
          expectClose(g.biases, numeric[l]!.biases, FD_TOLERANCE);
        });
      }
    },
  );

  it('gives local gradients δ(l) = −∂L/∂a(l), the sign the post uses', () => {
    const rng = createRng(5);
    const net = randomNetwork(rng, [2, 3, 2], 'tanh', 'sigmoid', 'mse');
    const x = [0.4, -0.7];
    const y = [1, 0];
    const cache = forward(net, x);
    const { deltas } = backward(net, cache, y);
    // At an MSE output δ = (y − z) ⊙ φ′(a), as the post derives.
    const z = cache.z[2]!;
    expectClose(
      deltas[2]!,
      z.map((zj, j) => (y[j]! - zj) * zj * (1 - zj)),
      1e-12,
    );
  });

  it('follows the recursion δ(l) = (W(l+1) δ(l+1)) ⊙ φ′(a(l)) for hidden layers', () => {
    const rng = createRng(11);
    const net = randomNetwork(rng, [3, 4, 5, 2], 'tanh', 'linear', 'mse');
    const cache = forward(net, [0.1, 0.2, -0.3]);
    const { deltas } = backward(net, cache, [0.5, -0.5]);
    for (const l of [1, 2]) {
      const tanhPrime = cache.z[l]!.map((t) => 1 - t * t);
      expectClose(
        deltas[l]!,
        hadamard(matVec(layerWeights(net, l + 1), deltas[l + 1]!), tanhPrime),
        1e-12,
      );
    }
  });

  it('gives ∂L/∂W(l) = −z(l−1) δ(l)ᵀ of shape n(l−1) × n(l) and ∂L/∂b(l) = −δ(l)', () => {
    const rng = createRng(17);
    const net = randomNetwork(rng, [3, 4, 2], 'sigmoid', 'sigmoid', 'mse');
    const cache = forward(net, [1, 2, 1]);
    const { deltas, gradients } = backward(net, cache, [1, 0]);
    expect(gradients[1]!.weights.length).toBe(4);
    expect(gradients[1]!.weights[0]!.length).toBe(2);
    expectClose(gradients[1]!.weights, outer(cache.z[1]!, scale(-1, deltas[2]!)), 1e-15);
    expectClose(gradients[0]!.biases, scale(-1, deltas[1]!), 1e-15);
  });

  it('computes one layer’s gradients from z(l−1) and δ(l) alone: row i, column j holds −z_i δ_j', () => {
    const { weights, biases } = layerGradients([1, -2, 0.5], [0.25, -4]);
    expect(weights).toEqual([
      [-0.25, 4],
      [0.5, -8],
      [-0.125, 2],
    ]);
    expect(biases).toEqual([-0.25, 4]);
  });

  it('gives δ(L) = y − z for a softmax output under cross-entropy with a one-hot target', () => {
    const rng = createRng(23);
    const net = randomNetwork(rng, [2, 3, 3], 'relu', 'softmax', 'crossEntropy');
    const cache = forward(net, [0.3, -0.2]);
    const y = [0, 1, 0];
    const { deltas } = backward(net, cache, y);
    expectClose(
      deltas[2]!,
      y.map((yj, j) => yj - cache.z[2]![j]!),
      1e-15,
    );
  });

  it('has no local gradient for the input layer: deltas[0] is empty', () => {
    const net = randomNetwork(createRng(2), [2, 3, 1], 'tanh', 'sigmoid', 'mse');
    const { deltas } = backward(net, forward(net, [0.5, -1]), [1]);
    expect(deltas).toHaveLength(3);
    expect(deltas[0]).toEqual([]);
  });

  it('rejects a network with no layers, saying so', () => {
    const net = randomNetwork(createRng(3), [2, 1], 'tanh', 'sigmoid', 'mse');
    const empty = { ...net, layers: [] };
    expect(() => backward(empty, { a: [[0, 0]], z: [[0, 0]] }, [1])).toThrow(
      /backward: the network has no layers/,
    );
  });

  it('rejects a target of the wrong length, naming both lengths', () => {
    const net = randomNetwork(createRng(1), [2, 2], 'tanh', 'linear', 'mse');
    expect(() => backward(net, forward(net, [0, 0]), [1, 2, 3])).toThrow(
      /2 outputs but the target has 3/,
    );
  });
});

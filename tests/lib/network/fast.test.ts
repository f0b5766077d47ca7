import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidActivation } from '../../../lib/activations/sigmoid.ts';
import { tanhActivation } from '../../../lib/activations/tanh.ts';
import { variant, type Activation } from '../../../lib/activations/types.ts';
import { mse } from '../../../lib/losses/mse.ts';
import type { Loss } from '../../../lib/losses/types.ts';
import { predict, trainStep } from '../../../lib/network/api.ts';
import { backward } from '../../../lib/network/backward.ts';
import { workspaceFor } from '../../../lib/network/fast.ts';
import { forward } from '../../../lib/network/forward.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import { layerWeights, type Network } from '../../../lib/network/types.ts';
import { expectClose } from '../../helpers/close.ts';
import { configurations, createRng, randomNetwork, randomTarget, randomVector } from './helpers.ts';

// The fast path performs the same sums in a different order, so results may differ in the last
// bits; 1e-12 is far below any real disagreement.
const SAME_NUMBERS = 1e-12;

describe('the training fast path', () => {
  it.each(configurations)(
    'takes the same online step as the teaching functions: W := W − η ∂L/∂W ($hidden, $output, $loss)',
    ({ hidden, output, loss }) => {
      const rng = createRng(hidden.length + 13 * output.length + loss.length);
      const net = randomNetwork(rng, [3, 5, 4, 3], hidden, output, loss);
      const x = randomVector(rng, 3);
      const y = randomTarget(rng, 3, loss);
      const eta = 0.3;
      const { gradients } = backward(net, forward(net, x), y);
      const before = toJSON(net);
      trainStep(net, [x], [y], eta);
      const after = toJSON(net);
      before.layers.forEach((layer, l) => {
        expectClose(
          after.layers[l]!.weights,
          layer.weights.map((row, i) => row.map((w, j) => w - eta * gradients[l]!.weights[i]![j]!)),
          SAME_NUMBERS,
        );
        expectClose(
          after.layers[l]!.biases,
          layer.biases.map((b, j) => b - eta * gradients[l]!.biases[j]!),
          SAME_NUMBERS,
        );
      });
    },
  );

  // Layer widths n(l−1) of 1 to 7 cover every branch of the sweeps: the mini-batch path takes two
  // rows of W at a time (odd and even widths), the online path four (remainders 0 to 3), in the
  // first layer (reading x) and in later ones (passing the gradient down).
  const widths: number[][] = [
    [2, 4, 3],
    [3, 5, 4, 2],
    [4, 7, 6, 1],
    [1, 2, 1],
  ];

  it.each(widths)(
    'takes a mini-batch step on the mean of the per-sample gradients (widths %j)',
    (...sizes) => {
      const rng = createRng(99 + sizes.length * 7 + sizes[1]!);
      const nOut = sizes.at(-1)!;
      const output = nOut === 1 ? 'sigmoid' : 'softmax';
      const net = randomNetwork(rng, sizes, 'tanh', output, 'crossEntropy');
      const xs = [0, 1, 2].map(() => randomVector(rng, sizes[0]!));
      const ys = xs.map(() =>
        nOut === 1 ? [rng.next() < 0.5 ? 0 : 1] : randomTarget(rng, nOut, 'crossEntropy'),
      );
      const eta = 0.5;
      const twin = fromJSON(toJSON(net));
      const perSample = xs.map((x, s) => backward(twin, forward(twin, x), ys[s]!).gradients);
      const mean = (pick: (s: number) => number) =>
        xs.reduce((sum, _, s) => sum + pick(s), 0) / xs.length;
      trainStep(net, Float64Array.from(xs.flat()), Float64Array.from(ys.flat()), eta);
      toJSON(twin).layers.forEach((layer, l) => {
        const expected = layer.weights.map((row, i) =>
          row.map((w, j) => w - eta * mean((s) => perSample[s]![l]!.weights[i]![j]!)),
        );
        expectClose(toJSON(net).layers[l]!.weights, expected, SAME_NUMBERS);
        const expectedB = layer.biases.map(
          (b, j) => b - eta * mean((s) => perSample[s]![l]!.biases[j]!),
        );
        expectClose(toJSON(net).layers[l]!.biases, expectedB, SAME_NUMBERS);
      });
    },
  );

  it.each(widths)('takes the same online step as backward (widths %j)', (...sizes) => {
    const rng = createRng(7 + sizes[1]!);
    const net = randomNetwork(rng, sizes, 'sigmoid', 'linear', 'mse');
    const x = randomVector(rng, sizes[0]!);
    const y = randomVector(rng, sizes.at(-1)!);
    const { gradients } = backward(net, forward(net, x), y);
    const before = toJSON(net);
    trainStep(net, [x], [y], 0.2);
    before.layers.forEach((layer, l) => {
      expectClose(
        toJSON(net).layers[l]!.weights,
        layer.weights.map((row, i) => row.map((w, j) => w - 0.2 * gradients[l]!.weights[i]![j]!)),
        SAME_NUMBERS,
      );
    });
  });

  it('returns the batch’s mean loss before the step', () => {
    const net = fromJSON({
      layers: [{ weights: [[1]], biases: [0], activation: 'linear' }],
      loss: 'mse',
    });
    // Outputs 1 and 2 against targets 0 and 0: losses ½ and 2, mean 1.25.
    expect(trainStep(net, [[1], [2]], [[0], [0]], 0.1)).toBeCloseTo(1.25, 12);
  });
});

describe('the workspace', () => {
  it('is made once per network and reused, and each network has its own', () => {
    const rng = createRng(5);
    const net = randomNetwork(rng, [2, 3, 1], 'tanh', 'linear', 'mse');
    const other = randomNetwork(rng, [2, 3, 1], 'tanh', 'linear', 'mse');
    const ws = workspaceFor(net);
    trainStep(net, [[0.5, -1]], [[2]], 0.1);
    expect(workspaceFor(net)).toBe(ws);
    expect(workspaceFor(other)).not.toBe(ws);
  });
});

describe('the fused output gradient', () => {
  // b = 40: σ(40) rounds to exactly 1, so σ′ = z(1 − z) is 0 and the chain rule through it
  // would give no step at all; the fused ∂L/∂a = z − y = 1 still moves b by η.
  const saturated = () =>
    fromJSON({
      layers: [{ weights: [[0]], biases: [40], activation: 'sigmoid' }],
      loss: 'crossEntropy',
    });

  it('moves a saturated sigmoid under cross-entropy by η(z − y), online and in a batch', () => {
    const online = saturated();
    expect(predict(online, [0])).toEqual([1]);
    trainStep(online, [[0]], [[0]], 0.5);
    expectClose(online.layers[0]!.biases, [39.5], 1e-15);
    const batch = saturated();
    trainStep(batch, [[0], [0]], [[0], [0]], 0.5);
    expectClose(batch.layers[0]!.biases, [39.5], 1e-15);
  });
});

describe('variants declared as data run through both paths', () => {
  /** The network with layer l's activation (l from 1) replaced, and optionally another loss. */
  const swapped = (net: Network, l: number, activation: Activation, loss = net.loss): Network => ({
    layers: toNetworkCopy(net).layers.map((layer, i) =>
      i === l - 1 ? { ...layer, activation } : layer,
    ),
    loss,
  });
  const toNetworkCopy = (net: Network): Network => fromJSON(toJSON(net));

  /** trainStep's update, as the gradient it applied: (W_before − W_after) / η. */
  function appliedGradient(net: Network, x: number[], y: number[], eta: number): number[][][] {
    const weights = () => net.layers.map((_, l) => layerWeights(net, l + 1));
    const before = weights();
    trainStep(net, [x], [y], eta);
    return weights().map((w, l) =>
      w.map((row, i) => row.map((v, j) => (before[l]![i]![j]! - v) / eta)),
    );
  }

  const setup = () => {
    const rng = createRng(404);
    const net = randomNetwork(rng, [3, 4, 2], 'tanh', 'sigmoid', 'mse');
    return { net, x: randomVector(rng, 3), y: randomVector(rng, 2) };
  };

  it('a hidden layer that forgets φ′ (df = 1) changes backward() and trainStep() alike', () => {
    const { net, x, y } = setup();
    const wrong = swapped(net, 1, variant(tanhActivation, { df: () => 1 }));
    const right = backward(net, forward(net, x), y).gradients;
    const teaching = backward(wrong, forward(wrong, x), y).gradients;
    const fast = appliedGradient(wrong, x, y, 1e-3);
    expectClose(fast[0]!, teaching[0]!.weights, 1e-9);
    expect(Math.abs(teaching[0]!.weights[0]![0]! - right[0]!.weights[0]![0]!)).toBeGreaterThan(
      1e-6,
    );
  });

  it('an output φ with another f changes forward() and predict() alike', () => {
    const { net, x } = setup();
    const doubled = variant(sigmoidActivation, { f: (a) => 2 * sigmoid(a) });
    const wrong = swapped(net, 2, doubled);
    const z = forward(wrong, x).z[2]!;
    expectClose(predict(wrong, x), z, SAME_NUMBERS);
    expectClose(
      z,
      predict(net, x).map((v) => 2 * v),
      SAME_NUMBERS,
    );
  });

  it('a variant of the sigmoid under cross-entropy is not fused: its own φ′ reaches both paths', () => {
    const rng = createRng(5);
    const base = randomNetwork(rng, [2, 3, 1], 'tanh', 'sigmoid', 'crossEntropy');
    const x = randomVector(rng, 2);
    const wrong = swapped(base, 2, variant(sigmoidActivation, { df: () => 1 }));
    const teaching = backward(wrong, forward(wrong, x), [0]).gradients;
    const z = forward(wrong, x).z[2]![0]!;
    // Without σ′ the chain gives ∂L/∂a = ∂L/∂z = 1/(1 − z) at y = 0, not z − y.
    expectClose(teaching[1]!.biases, [1 / (1 - z)], 1e-12);
    expectClose(appliedGradient(wrong, x, [0], 1e-3)[1]!, teaching[1]!.weights, 1e-9);
  });

  it('a loss with another value and gradient changes trainStep()’s loss and step as it changes backward()', () => {
    const { net, x, y } = setup();
    const doubled: Loss = {
      ...mse,
      value: (z, t) => 2 * mse.value(z, t),
      gradient(z, t, out) {
        mse.gradient(z, t, out);
        for (let k = 0; k < out.length; k++) out[k] = 2 * out[k]!;
      },
    };
    const wrong: Network = { layers: toNetworkCopy(net).layers, loss: doubled };
    const teaching = backward(wrong, forward(wrong, x), y).gradients;
    const right = backward(net, forward(net, x), y).gradients;
    expectClose(
      teaching[1]!.weights,
      right[1]!.weights.map((r) => r.map((g) => 2 * g)),
      1e-12,
    );
    const copy: Network = { layers: toNetworkCopy(net).layers, loss: doubled };
    expectClose(trainStep(copy, [x], [y], 1e-3), 2 * mse.value(predict(net, x), y), 1e-12);
    expectClose(appliedGradient(wrong, x, y, 1e-3)[1]!, teaching[1]!.weights, 1e-9);
  });
});

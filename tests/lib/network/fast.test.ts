import { describe, expect, it } from 'vitest';
import { trainStep } from '../../../lib/network/api.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
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

  it('takes a mini-batch step on the mean of the per-sample gradients', () => {
    const rng = createRng(99);
    const net = randomNetwork(rng, [2, 4, 3], 'tanh', 'softmax', 'crossEntropy');
    const xs = [randomVector(rng, 2), randomVector(rng, 2), randomVector(rng, 2)];
    const ys = xs.map(() => randomTarget(rng, 3, 'crossEntropy'));
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

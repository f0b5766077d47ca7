import { describe, it } from 'vitest';
import { bareEpoch, bareNet, type BareNet } from '../../bench/bare-loop.ts';
import { fromJSON, toJSON, train } from '../../lib/network/index.ts';
import { expectClose } from '../helpers/close.ts';

// The bare loop is the benchmark's measuring stick: it is only a fair one if it does the engine's
// work. Both run in float64 in the same order of operations per weight, so they agree closely.
const TOLERANCE = 1e-12;

function asJSON(net: BareNet) {
  const sizes = [2, 8, 8, 8, 1];
  return {
    loss: 'mse' as const,
    layers: net.w.map((w, l) => ({
      weights: Array.from({ length: sizes[l]! }, (_, i) =>
        Array.from(w.subarray(i * sizes[l + 1]!, (i + 1) * sizes[l + 1]!)),
      ),
      biases: Array.from(net.b[l]!),
      activation: l === net.w.length - 1 ? ('sigmoid' as const) : ('tanh' as const),
    })),
  };
}

describe('bare loop', () => {
  it('trains an epoch online to the same weights and biases as the engine’s train', () => {
    const xs = Float64Array.from([0.5, -1, 1.5, 0.25, -0.75, 2, 0, -0.3]);
    const ys = Float64Array.from([1, 0, 1, 0]);
    const bare = bareNet();
    const engine = fromJSON(asJSON(bare));
    bareEpoch(bare, xs, ys, 0.1);
    train(engine, xs, ys, { eta: 0.1, epochs: 1 });
    const expected = toJSON(engine);
    const actual = asJSON(bare);
    actual.layers.forEach((layer, l) => {
      expectClose(layer.weights, expected.layers[l]!.weights, TOLERANCE, `W(${l + 1})`);
      expectClose(layer.biases, expected.layers[l]!.biases, TOLERANCE, `b(${l + 1})`);
    });
  });
});

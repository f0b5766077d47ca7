import { describe, it } from 'vitest';
import { bareEpoch, bareNet, type BareNet, type BareOutput } from '../../bench/bare-loop.ts';
import { fromJSON, toJSON, train } from '../../lib/network/index.ts';
import { expectClose } from '../helpers/close.ts';

// The bare loop is the benchmark's measuring stick: it is only a fair one if it does the engine's
// work. Both run in float64 in nearly the same order of operations per weight, so they agree closely.
const TOLERANCE = 1e-12;

function asJSON(net: BareNet) {
  const { sizes } = net;
  const last = net.output === 'sigmoid-mse' ? ('sigmoid' as const) : ('softmax' as const);
  return {
    loss: net.output === 'sigmoid-mse' ? ('mse' as const) : ('crossEntropy' as const),
    layers: net.w.map((w, l) => ({
      weights: Array.from({ length: sizes[l]! }, (_, i) =>
        Array.from(w.subarray(i * sizes[l + 1]!, (i + 1) * sizes[l + 1]!)),
      ),
      biases: Array.from(net.b[l]!),
      activation: l === net.w.length - 1 ? last : ('tanh' as const),
    })),
  };
}

const cases: [string, number[], BareOutput][] = [
  ['2-4-2-1, sigmoid and squared error', [2, 4, 2, 1], 'sigmoid-mse'],
  ['2-8-8-8-1, sigmoid and squared error', [2, 8, 8, 8, 1], 'sigmoid-mse'],
  ['2-16-16-2, softmax and cross-entropy', [2, 16, 16, 2], 'softmax-ce'],
];

describe('bare loop', () => {
  for (const [name, sizes, output] of cases) {
    for (const batchSize of [1, 2, 3]) {
      it(`trains ${name} ${batchSize === 1 ? 'online' : `in batches of ${batchSize}`} to the engine’s weights and biases`, () => {
        const xs = Float64Array.from([0.5, -1, 1.5, 0.25, -0.75, 2, 0, -0.3, 1.1, 0.9]);
        const nOut = sizes.at(-1)!;
        const ys =
          nOut === 1
            ? Float64Array.from([1, 0, 1, 0, 1])
            : Float64Array.from([1, 0, 0, 1, 1, 0, 0, 1, 1, 0]);
        const bare = bareNet(sizes, output);
        const engine = fromJSON(asJSON(bare));
        bareEpoch(bare, xs, ys, 0.1, batchSize);
        train(engine, xs, ys, { eta: 0.1, epochs: 1, batchSize });
        const expected = toJSON(engine);
        const actual = asJSON(bare);
        actual.layers.forEach((layer, l) => {
          expectClose(layer.weights, expected.layers[l]!.weights, TOLERANCE, `W(${l + 1})`);
          expectClose(layer.biases, expected.layers[l]!.biases, TOLERANCE, `b(${l + 1})`);
        });
      });
    }
  }
});

import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../../lib/activations/index.ts';
import type { LossName } from '../../../lib/losses/index.ts';
import { gradients } from '../../../lib/network/api.ts';
import { createNetwork } from '../../../lib/network/create.ts';
import { GRADIENT_CHECK_TOLERANCE } from '../../../lib/network/gradient-check.ts';
import type { Network } from '../../../lib/network/types.ts';
import { checkBatchGradients, type BatchRows } from '../../../lib/playground/batch-check.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';

/** A network with weights and biases drawn from the seed (biases uniform in [−0.5, 0.5]). */
function seededNetwork(
  sizes: number[],
  hidden: ActivationName,
  output: ActivationName,
  loss: LossName,
  seed: number,
): Network {
  const rng = createRng(seed);
  const net = createNetwork({ sizes, activations: { hidden, output }, loss, rng });
  for (const layer of net.layers)
    layer.biases.forEach((_, j) => (layer.biases[j] = rng.uniform(-0.5, 0.5)));
  return net;
}

/** `count` input rows in [−2, 2] and targets fitting the output: one-hot, 0/1, ±1 or a value. */
function seededBatch(
  net: Network,
  count: number,
  seed: number,
  kind: 'onehot' | '01' | 'pm1',
): BatchRows {
  const rng = createRng(seed);
  const nIn = net.layers[0]!.nIn;
  const nOut = net.layers.at(-1)!.nOut;
  const inputs = Float64Array.from({ length: count * nIn }, () => rng.uniform(-2, 2));
  const targets = new Float64Array(count * nOut);
  for (let k = 0; k < count; k++) {
    if (kind === 'onehot') targets[k * nOut + rng.int(nOut)] = 1;
    else if (kind === '01') targets[k] = rng.int(2);
    else targets[k] = rng.int(2) === 1 ? 1 : -1;
  }
  return { inputs, targets, count };
}

const bytesOf = (net: Network): number[][] =>
  net.layers.flatMap((l) => [
    Array.from(new Uint8Array(l.weights.buffer)),
    Array.from(new Uint8Array(l.biases.buffer)),
  ]);

const cases = [
  {
    name: 'tanh hidden layers and a tanh output under mse',
    sizes: [2, 4, 3, 1],
    hidden: 'tanh',
    output: 'tanh',
    loss: 'mse',
    kind: 'pm1',
  },
  {
    name: 'sigmoid hidden layers and a sigmoid output under cross-entropy',
    sizes: [3, 5, 1],
    hidden: 'sigmoid',
    output: 'sigmoid',
    loss: 'crossEntropy',
    kind: '01',
  },
  {
    name: 'tanh hidden layers and a softmax output of 3 classes under cross-entropy',
    sizes: [2, 4, 3],
    hidden: 'tanh',
    output: 'softmax',
    loss: 'crossEntropy',
    kind: 'onehot',
  },
] as const;

describe('checkBatchGradients', () => {
  for (const c of cases) {
    it(`passes on a seeded network with ${c.name}`, () => {
      const net = seededNetwork([...c.sizes], c.hidden, c.output, c.loss, 7);
      const result = checkBatchGradients(net, seededBatch(net, 10, 8, c.kind));
      expect(result.passed).toBe(true);
      expect(result.maxRelError).toBeLessThan(1e-6);
      expect(result.tolerance).toBe(GRADIENT_CHECK_TOLERANCE);
    });
  }

  it('gives backpropagation’s gradient of one sample for a batch of one row', () => {
    const net = seededNetwork([2, 4, 3, 1], 'tanh', 'tanh', 'mse', 11);
    const batch = seededBatch(net, 1, 12, 'pm1');
    const result = checkBatchGradients(net, batch);
    const expected = gradients(net, Array.from(batch.inputs), Array.from(batch.targets));
    result.analytic.forEach((g, l) => {
      expectClose(g.weights, expected[l]!.weights, 1e-12);
      expectClose(g.biases, expected[l]!.biases, 1e-12);
      expectClose(result.numeric[l]!.weights, expected[l]!.weights, 1e-6);
    });
  });

  it('averages the samples’ gradients: a batch of two rows gives the mean of their gradients', () => {
    const net = seededNetwork([2, 3, 3], 'tanh', 'softmax', 'crossEntropy', 13);
    const batch = seededBatch(net, 2, 14, 'onehot');
    const result = checkBatchGradients(net, batch);
    const g0 = gradients(
      net,
      Array.from(batch.inputs.subarray(0, 2)),
      Array.from(batch.targets.subarray(0, 3)),
    );
    const g1 = gradients(
      net,
      Array.from(batch.inputs.subarray(2, 4)),
      Array.from(batch.targets.subarray(3, 6)),
    );
    result.analytic.forEach((g, l) => {
      expectClose(
        g.weights,
        g0[l]!.weights.map((r, i) => r.map((w, j) => (w + g1[l]!.weights[i]![j]!) / 2)),
        1e-12,
      );
      expectClose(
        g.biases,
        g0[l]!.biases.map((b, j) => (b + g1[l]!.biases[j]!) / 2),
        1e-12,
      );
    });
  });

  it('fails when the gradient is wrong: a loss whose value is doubled but whose gradient is not', () => {
    const net = seededNetwork([2, 4, 1], 'tanh', 'tanh', 'mse', 15);
    const batch = seededBatch(net, 5, 16, 'pm1');
    const wrong: Network = {
      ...net,
      loss: { ...net.loss, value: (z, y) => 2 * net.loss.value(z, y) },
    };
    const result = checkBatchGradients(wrong, batch);
    expect(result.passed).toBe(false);
    // Every numeric partial derivative is twice the analytic one: the relative error is 1/2.
    expectClose(result.maxRelError, 0.5, 1e-6);
    expect(checkBatchGradients(net, batch).passed).toBe(true);
  });

  it('names the parameter where they disagree: the weight into a ReLU node sitting on its kink', () => {
    const net = seededNetwork([2, 3, 1], 'relu', 'linear', 'mse', 17);
    const hidden = net.layers[0]!;
    // With x = (1, 0), node 1's input is W[0][1]·1 + W[1][1]·0 + b[1] = 0 exactly.
    hidden.biases[1] = -hidden.weights[0 * 3 + 1]!;
    net.layers[1]!.weights[1] = 0.7;
    const batch: BatchRows = {
      inputs: Float64Array.of(1, 0),
      targets: Float64Array.of(3),
      count: 1,
    };
    const result = checkBatchGradients(net, batch);
    expect(result.passed).toBe(false);
    expect(result.maxRelError).toBeGreaterThanOrEqual(0.5);
    expect(result.worst).toEqual({ layer: 1, i: 0, j: 1 });
  });

  it('names a parameter that exists when it passes: a layer from 1 and W(l)[i][j] or b(l)[j] inside it', () => {
    const net = seededNetwork([2, 4, 3, 1], 'tanh', 'tanh', 'mse', 19);
    const { worst } = checkBatchGradients(net, seededBatch(net, 6, 20, 'pm1'));
    expect(worst.layer).toBeGreaterThanOrEqual(1);
    expect(worst.layer).toBeLessThanOrEqual(3);
    const layer = net.layers[worst.layer - 1]!;
    expect(Number.isInteger(worst.j) && worst.j >= 0 && worst.j < layer.nOut).toBe(true);
    if (worst.i !== null)
      expect(Number.isInteger(worst.i) && worst.i >= 0 && worst.i < layer.nIn).toBe(true);
  });

  it('judges against the tolerance it is given', () => {
    const net = seededNetwork([2, 4, 1], 'sigmoid', 'sigmoid', 'crossEntropy', 21);
    const batch = seededBatch(net, 4, 22, '01');
    const strict = checkBatchGradients(net, batch, 1e-6, 0);
    expect(strict.tolerance).toBe(0);
    expect(strict.maxRelError).toBeGreaterThan(0);
    expect(strict.passed).toBe(false);
    expect(checkBatchGradients(net, batch, 1e-6, 1).passed).toBe(true);
  });

  it('leaves the network exactly as it was, bit for bit', () => {
    const net = seededNetwork([2, 5, 4, 3], 'tanh', 'softmax', 'crossEntropy', 23);
    const before = bytesOf(net);
    checkBatchGradients(net, seededBatch(net, 10, 24, 'onehot'));
    expect(bytesOf(net)).toEqual(before);
  });

  it('throws a RangeError on an empty batch', () => {
    const net = seededNetwork([2, 3, 1], 'tanh', 'tanh', 'mse', 25);
    const empty: BatchRows = {
      inputs: new Float64Array(0),
      targets: new Float64Array(0),
      count: 0,
    };
    expect(() => checkBatchGradients(net, empty)).toThrow(RangeError);
    expect(() => checkBatchGradients(net, empty)).toThrow(/empty/);
  });

  it('counts every weight and bias: 2-4-3-1 has 2·4 + 4 + 4·3 + 3 + 3·1 + 1 = 31 parameters', () => {
    const net = seededNetwork([2, 4, 3, 1], 'tanh', 'tanh', 'mse', 27);
    expect(checkBatchGradients(net, seededBatch(net, 3, 28, 'pm1')).parameters).toBe(31);
    const wide = seededNetwork([7, 8, 8, 5], 'tanh', 'softmax', 'crossEntropy', 29);
    expect(checkBatchGradients(wide, seededBatch(wide, 2, 30, 'onehot')).parameters).toBe(
      7 * 8 + 8 + 8 * 8 + 8 + 8 * 5 + 5,
    );
  });
});

describe('checkBatchGradients where a bias disagrees', () => {
  /** 2-3-1, ReLU hidden nodes with biases 0, and a batch of one row at x = (0, 0): every hidden node on its kink. */
  function kinked(): { net: Network; batch: BatchRows } {
    const net = seededNetwork([2, 3, 1], 'relu', 'sigmoid', 'mse', 5);
    net.layers[0]!.biases.fill(0);
    net.layers[1]!.weights.set([0.8, -1.5, 0.4]);
    return { net, batch: { inputs: new Float64Array(2), targets: Float64Array.of(1), count: 1 } };
  }

  it('names the first hidden bias: its backpropagated slope is 0, the central difference half the right one', () => {
    const { net, batch } = kinked();
    const check = checkBatchGradients(net, batch);
    expect(check.worst).toEqual({ layer: 1, i: null, j: 0 });
    expect(check.maxRelError).toBe(1);
    expect(check.passed).toBe(false);
  });

  it('names as worst the parameter whose error relative to the larger slope is maxRelError', () => {
    // A loss whose value is doubled but whose gradient is not: every relative error is near ½, and
    // the worst is the one that is largest by maxRelativeError's own measure, to the last bit.
    const net = seededNetwork([2, 4, 3, 1], 'tanh', 'tanh', 'mse', 15);
    const batch = seededBatch(net, 5, 16, 'pm1');
    const wrong: Network = {
      ...net,
      loss: { ...net.loss, value: (z, y) => 2 * net.loss.value(z, y) },
    };
    const check = checkBatchGradients(wrong, batch);
    const { layer, i, j } = check.worst;
    const g = (side: 'analytic' | 'numeric') =>
      i === null ? check[side][layer - 1]!.biases[j]! : check[side][layer - 1]!.weights[i]![j]!;
    const [a, n] = [g('analytic'), g('numeric')];
    expect(Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1e-4)).toBe(check.maxRelError);
  });

  it('passes at a tolerance equal to its own largest relative error', () => {
    const { net, batch } = kinked();
    const first = checkBatchGradients(net, batch);
    expect(checkBatchGradients(net, batch, 1e-6, first.maxRelError).passed).toBe(true);
  });
});

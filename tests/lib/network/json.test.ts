import { describe, expect, it } from 'vitest';
import { activationNames } from '../../../lib/activations/index.ts';
import { tanhActivation } from '../../../lib/activations/tanh.ts';
import { variant } from '../../../lib/activations/types.ts';
import { crossEntropy, crossEntropyWithBase } from '../../../lib/losses/cross-entropy.ts';
import { mse } from '../../../lib/losses/mse.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import { layerWeights } from '../../../lib/network/types.ts';

const valid = {
  layers: [
    {
      weights: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      biases: [0.1, 0.2, 0.3],
      activation: 'tanh',
    },
    { weights: [[1], [0], [-1]], biases: [0], activation: 'sigmoid' },
  ],
  loss: 'mse',
};

/** The error `run` throws (the test fails if it throws none). */
function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** A deep copy of `valid` with one change applied (typed loosely: the point is to break it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each variant breaks the schema on purpose
function broken(change: (json: any) => void): unknown {
  const json = structuredClone(valid);
  change(json);
  return json;
}

describe('fromJSON and toJSON', () => {
  it('round-trip a network exactly, writing format 2', () => {
    const current = { ...valid, format: 2, loss: { name: 'mse' } };
    expect(toJSON(fromJSON(valid))).toEqual(current);
    expect(toJSON(fromJSON(current))).toEqual(current);
    // No `base` key at all for a loss without a logarithm, not even one holding undefined.
    expect(Object.keys(toJSON(fromJSON(valid)).loss)).toEqual(['name']);
  });

  it('keep a base-10 cross-entropy base 10 through a save and a load (and natural log natural)', () => {
    const net = { layers: fromJSON(valid).layers, loss: crossEntropyWithBase(10) };
    const saved = toJSON(net);
    expect(saved.loss).toEqual({ name: 'crossEntropy', base: 10 });
    const reloaded = fromJSON(JSON.stringify(saved));
    expect(reloaded.loss).toBe(crossEntropyWithBase(10));
    expect(reloaded.loss.value([0.1, 0.9], [1, 0])).toBeCloseTo(1, 12);
    const natural = toJSON({ ...net, loss: crossEntropy });
    expect(natural.loss).toEqual({ name: 'crossEntropy' });
    expect(fromJSON(natural).loss).toBe(crossEntropy);
  });

  it('read format 1, where the loss was a bare name, as natural-log cross-entropy or mse', () => {
    expect(fromJSON({ ...valid, loss: 'crossEntropy' }).loss).toBe(crossEntropy);
    expect(fromJSON({ ...valid, format: 1 }).loss).toBe(mse);
  });

  it('refuse to save a variant activation or loss under the registry’s name', () => {
    const net = fromJSON(valid);
    const wrongPhi = variant(tanhActivation, { df: () => 1 });
    expect(() =>
      toJSON({ ...net, layers: [{ ...net.layers[0]!, activation: wrongPhi }, net.layers[1]!] }),
    ).toThrow(/layers\[0\]\.activation "Tanh" is not the engine's tanh/);
    expect(() => toJSON({ ...net, loss: { ...mse, value: () => 0 } })).toThrow(
      /loss "Mean squared error" is not the engine's mse/,
    );
  });

  it.each([
    [{ ...valid, format: 3 }, /format must be 1 or 2, got number/],
    [{ ...valid, format: 2 }, /loss must be an object, got the string "mse"/],
    [
      { ...valid, format: 2, loss: { name: 'hinge' } },
      /loss\.name must be one of mse, crossEntropy/,
    ],
    [{ ...valid, format: 2, loss: { name: 'mse', base: 10 } }, /loss\.base: mse has no logarithm/],
    [
      { ...valid, format: 2, loss: { name: 'crossEntropy', base: 1 } },
      /loss\.base: .*not 1, got 1/,
    ],
    [
      { ...valid, format: 2, loss: { name: 'crossEntropy', base: '10' } },
      /loss\.base must be a number/,
    ],
  ])('reject a malformed format-2 loss (%#)', (json, message) => {
    expect(() => fromJSON(json)).toThrow(message);
  });

  it('keep the post’s layout: weights[i][j] is W[i][j], from node i to node j', () => {
    const net = fromJSON(valid);
    expect(layerWeights(net, 1)[1]![2]).toBe(6);
    expect(net.layers[0]!.nIn).toBe(2);
    expect(net.layers[0]!.nOut).toBe(3);
  });

  it('accept the JSON as text', () => {
    expect(toJSON(fromJSON(JSON.stringify(valid)))).toEqual(toJSON(fromJSON(valid)));
  });

  it.each([
    [
      'shapes that do not chain',
      broken((j) => j.layers[1].weights.pop()),
      /layers\[1\]\.weights has 2 rows but the previous layer has 3 nodes/,
    ],
    [
      'a ragged weight matrix',
      broken((j) => j.layers[0].weights[1].push(7)),
      /layers\[0\]\.weights\[1\] has 4 entries but row 0 has 3/,
    ],
    [
      'too few biases',
      broken((j) => j.layers[0].biases.pop()),
      /layers\[0\]\.biases has 2 entries but the layer has 3 nodes/,
    ],
    [
      'an unknown activation',
      broken((j) => (j.layers[1].activation = 'swish')),
      new RegExp(
        `^layers\\[1\\]\\.activation must be one of ${activationNames.join(', ')}, got the string "swish"$`,
      ),
    ],
    [
      'an unknown loss',
      broken((j) => (j.loss = 'hinge')),
      /loss must be one of mse, crossEntropy, got the string "hinge"/,
    ],
    [
      'a NaN weight',
      broken((j) => (j.layers[0].weights[0][1] = NaN)),
      /layers\[0\]\.weights\[0\]\[1\] must be finite, got NaN/,
    ],
    [
      'an infinite bias',
      broken((j) => (j.layers[1].biases[0] = Infinity)),
      /layers\[1\]\.biases\[0\] must be finite, got Infinity/,
    ],
    [
      'a weight given as text',
      broken((j) => (j.layers[0].weights[0][0] = '1')),
      /layers\[0\]\.weights\[0\]\[0\] must be a number, got the string "1"/,
    ],
    [
      'layers that are not an array',
      broken((j) => (j.layers = {})),
      /layers must be a non-empty array/,
    ],
    ['no layers at all', broken((j) => (j.layers = [])), /layers must be a non-empty array/],
    [
      'a layer that is not an object',
      broken((j) => (j.layers[0] = 3)),
      /layers\[0\] must be an object, got number/,
    ],
    ['null', null, /a network must be an object, got null/],
    [
      'a layer given as an array',
      broken((j) => (j.layers[0] = [])),
      /layers\[0\] must be an object, got an array/,
    ],
    [
      'weights that are not an array',
      broken((j) => (j.layers[0].weights = { 0: [1, 2, 3] })),
      /^layers\[0\]\.weights must be a non-empty array of rows$/,
    ],
    [
      'weights with no rows',
      broken((j) => (j.layers[0].weights = [])),
      /^layers\[0\]\.weights must be a non-empty array of rows$/,
    ],
    [
      'a first row that is not an array',
      broken((j) => (j.layers[0].weights = [{ length: 3 }, [4, 5, 6]])),
      /^layers\[0\]\.weights\[0\] must be a non-empty array of numbers$/,
    ],
    [
      'a first row with no entries',
      broken((j) => (j.layers[0].weights = [[], []])),
      /^layers\[0\]\.weights\[0\] must be a non-empty array of numbers$/,
    ],
    [
      'a later row that is not an array',
      broken((j) => (j.layers[0].weights[1] = 'abc')),
      /^layers\[0\]\.weights\[1\] must be an array, got the string "abc"$/,
    ],
    [
      'biases that are not an array',
      broken((j) => (j.layers[0].biases = 'abc')),
      /^layers\[0\]\.biases must be an array, got the string "abc"$/,
    ],
  ])('reject %s with an error that says what and where', (_what, json, message) => {
    expect(() => fromJSON(json)).toThrow(message);
  });

  it('reject text that is not JSON, keeping the parser’s error as the cause', () => {
    expect(() => fromJSON('{ layers: ')).toThrow(/not valid JSON/);
    const error = thrownBy(() => fromJSON('{ layers: '));
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.message).toBe(`not valid JSON: ${(error.cause as Error).message}`);
  });

  it('keep the error of a refused logarithm base as the cause of its loss.base error', () => {
    const error = thrownBy(() =>
      fromJSON({ ...valid, format: 2, loss: { name: 'crossEntropy', base: 1 } }),
    );
    expect(error.cause).toBeInstanceOf(RangeError);
    expect(error.message).toBe(`loss.base: ${(error.cause as Error).message}`);
  });

  it('never share memory between the JSON and the network', () => {
    const json = structuredClone(valid);
    const net = fromJSON(json);
    json.layers[0]!.weights[0]![0] = 100;
    expect(layerWeights(net, 1)[0]![0]).toBe(1);
  });
});

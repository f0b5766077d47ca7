import { describe, expect, it } from 'vitest';
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

/** A deep copy of `valid` with one change applied (typed loosely: the point is to break it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each variant breaks the schema on purpose
function variant(change: (json: any) => void): unknown {
  const json = structuredClone(valid);
  change(json);
  return json;
}

describe('fromJSON and toJSON', () => {
  it('round-trip a network exactly', () => {
    expect(toJSON(fromJSON(valid))).toEqual(valid);
  });

  it('keep the post’s layout: weights[i][j] is W[i][j], from node i to node j', () => {
    const net = fromJSON(valid);
    expect(layerWeights(net, 1)[1]![2]).toBe(6);
    expect(net.layers[0]!.nIn).toBe(2);
    expect(net.layers[0]!.nOut).toBe(3);
  });

  it('accept the JSON as text', () => {
    expect(toJSON(fromJSON(JSON.stringify(valid)))).toEqual(valid);
  });

  it.each([
    [
      'shapes that do not chain',
      variant((j) => j.layers[1].weights.pop()),
      /layers\[1\]\.weights has 2 rows but the previous layer has 3 nodes/,
    ],
    [
      'a ragged weight matrix',
      variant((j) => j.layers[0].weights[1].push(7)),
      /layers\[0\]\.weights\[1\] has 4 entries but row 0 has 3/,
    ],
    [
      'too few biases',
      variant((j) => j.layers[0].biases.pop()),
      /layers\[0\]\.biases has 2 entries but the layer has 3 nodes/,
    ],
    [
      'an unknown activation',
      variant((j) => (j.layers[1].activation = 'swish')),
      /layers\[1\]\.activation must be one of .* got the string "swish"/,
    ],
    [
      'an unknown loss',
      variant((j) => (j.loss = 'hinge')),
      /loss must be one of mse, crossEntropy, got the string "hinge"/,
    ],
    [
      'a NaN weight',
      variant((j) => (j.layers[0].weights[0][1] = NaN)),
      /layers\[0\]\.weights\[0\]\[1\] must be finite, got NaN/,
    ],
    [
      'an infinite bias',
      variant((j) => (j.layers[1].biases[0] = Infinity)),
      /layers\[1\]\.biases\[0\] must be finite, got Infinity/,
    ],
    [
      'a weight given as text',
      variant((j) => (j.layers[0].weights[0][0] = '1')),
      /layers\[0\]\.weights\[0\]\[0\] must be a number, got the string "1"/,
    ],
    [
      'layers that are not an array',
      variant((j) => (j.layers = {})),
      /layers must be a non-empty array/,
    ],
    ['no layers at all', variant((j) => (j.layers = [])), /layers must be a non-empty array/],
    [
      'a layer that is not an object',
      variant((j) => (j.layers[0] = 3)),
      /layers\[0\] must be an object, got number/,
    ],
    ['null', null, /a network must be an object, got null/],
  ])('reject %s with an error that says what and where', (_what, json, message) => {
    expect(() => fromJSON(json)).toThrow(message);
  });

  it('reject text that is not JSON', () => {
    expect(() => fromJSON('{ layers: ')).toThrow(/not valid JSON/);
  });

  it('never share memory between the JSON and the network', () => {
    const json = structuredClone(valid);
    const net = fromJSON(json);
    json.layers[0]!.weights[0]![0] = 100;
    expect(layerWeights(net, 1)[0]![0]).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { fromJSON } from '../../../lib/network/json.ts';
import type { Network } from '../../../lib/network/types.ts';
import {
  biasProblem,
  copyParameters,
  copyParametersInto,
  parameterBackup,
  parametersFinite,
  putParameters,
  weightProblem,
} from '../../../lib/playground/trainer-params.ts';

/** A 2-2-2 network: W(1) = [[1, 2], [3, 4]], b(1) = [5, 6], W(2) = [[7, 8], [9, 10]], b(2) = [11, 12]. */
const small = (): Network =>
  fromJSON({
    layers: [
      {
        weights: [
          [1, 2],
          [3, 4],
        ],
        biases: [5, 6],
        activation: 'tanh',
      },
      {
        weights: [
          [7, 8],
          [9, 10],
        ],
        biases: [11, 12],
        activation: 'linear',
      },
    ],
    loss: 'mse',
  });

const theta = (net: Network) => net.layers.map((l) => [...l.weights, ...l.biases]);

describe('parameterBackup', () => {
  it('puts back every weight and bias as they were at the last save', () => {
    const net = small();
    const backup = parameterBackup(net);
    backup.save();
    for (const layer of net.layers) {
      layer.weights.fill(-1);
      layer.biases.fill(-2);
    }
    backup.putBack();
    expect(theta(net)).toEqual(theta(small()));
    net.layers[1]!.biases[0] = 100;
    backup.save();
    net.layers[1]!.biases[0] = 0;
    backup.putBack();
    expect(net.layers[1]!.biases[0]).toBe(100);
  });
});

describe('parametersFinite', () => {
  it('is true when every number is finite and false for one NaN weight or one infinite bias', () => {
    expect(parametersFinite(small())).toBe(true);
    const badWeight = small();
    badWeight.layers[1]!.weights[2] = NaN;
    expect(parametersFinite(badWeight)).toBe(false);
    const badBias = small();
    badBias.layers[0]!.biases[1] = Infinity;
    expect(parametersFinite(badBias)).toBe(false);
  });
});

describe('copyParameters and putParameters', () => {
  it('write a copy back, so a network returns to the numbers it had', () => {
    const net = small();
    const copy = copyParameters(net);
    net.layers[0]!.weights[0] = 42;
    net.layers[1]!.biases[1] = 42;
    putParameters(net, copy);
    expect(theta(net)).toEqual(theta(small()));
  });

  it('refuse a copy with a layer too few or too many, or a layer of another size, in weights or biases', () => {
    const net = small();
    const { weights, biases } = copyParameters(net);
    const shapes = [
      { weights: weights.slice(0, 1), biases },
      { weights, biases: biases.slice(0, 1) },
      { weights: [...weights, weights[1]!], biases },
      { weights, biases: [...biases, biases[1]!] },
      { weights: [weights[0]!, weights[1]!.subarray(1)], biases },
      { weights, biases: [biases[0]!.subarray(1), biases[1]!] },
    ];
    for (const copy of shapes)
      expect(() => putParameters(net, copy)).toThrow(
        'restore: the snapshot is of a network of another shape.',
      );
    expect(theta(net)).toEqual(theta(small()));
  });
});

describe('weightProblem and biasProblem', () => {
  it('accept an index in range and a finite value', () => {
    expect(weightProblem(small(), 2, 1, 1, -3)).toBeNull();
    expect(biasProblem(small(), 1, 1, 0)).toBeNull();
  });

  it('refuse a layer that is not 1 to L, by number', () => {
    const message = (l: number) => `There is no layer ${l}: the layers are 1 to 2.`;
    expect(weightProblem(small(), 0, 0, 0, 1)).toBe(message(0));
    expect(weightProblem(small(), 1.5, 0, 0, 1)).toBe(message(1.5));
    expect(weightProblem(small(), 3, 0, 0, 1)).toBe(message(3));
    expect(biasProblem(small(), 0, 0, 1)).toBe(message(0));
  });

  it('refuse an index that is negative or not whole', () => {
    expect(weightProblem(small(), 1, -1, 0, 1)).toBe(
      'Layer 1 has no weight [-1][0]: i runs 0 to 1, j 0 to 1.',
    );
    expect(weightProblem(small(), 1, 0, 0.5, 1)).toBe(
      'Layer 1 has no weight [0][0.5]: i runs 0 to 1, j 0 to 1.',
    );
    expect(biasProblem(small(), 2, -1, 1)).toBe('Layer 2 has no bias -1: j runs 0 to 1.');
  });

  it('refuse a value that is not finite', () => {
    expect(weightProblem(small(), 1, 0, 0, NaN)).toBe(
      'The value must be a finite number, not NaN.',
    );
  });
});

describe('copyParametersInto', () => {
  it('copies θ into the arrays of an earlier copy of the same shape, and returns those arrays', () => {
    const net = small();
    const target = copyParameters(net);
    net.layers[0]!.weights[1] = -20;
    net.layers[1]!.biases[0] = -30;
    const copy = copyParametersInto(net, target);
    expect(copy.weights[0]).toBe(target.weights[0]);
    expect(copy.biases[1]).toBe(target.biases[1]);
    expect([copy.weights, copy.biases].map((arrays) => arrays.map((a) => Array.from(a)))).toEqual([
      net.layers.map((l) => Array.from(l.weights)),
      net.layers.map((l) => Array.from(l.biases)),
    ]);
  });

  it('makes new arrays when the earlier copy has a layer too few or too many, or one of another size', () => {
    const net = small();
    const { weights, biases } = copyParameters(net);
    const shapes = [
      { weights: weights.slice(0, 1), biases },
      { weights, biases: biases.slice(0, 1) },
      { weights: [...weights, weights[1]!], biases },
      { weights, biases: [...biases, biases[1]!] },
      { weights: [weights[0]!, weights[1]!.subarray(1)], biases },
      { weights, biases: [biases[0]!.subarray(1), biases[1]!] },
    ];
    for (const target of shapes) {
      const copy = copyParametersInto(net, target);
      expect(copy.weights.some((w, l) => w === target.weights[l])).toBe(false);
      expect(copy.biases.some((b, l) => b === target.biases[l])).toBe(false);
      expect(copy.weights.map((w) => Array.from(w))).toEqual(
        net.layers.map((l) => Array.from(l.weights)),
      );
      expect(copy.biases.map((b) => Array.from(b))).toEqual(
        net.layers.map((l) => Array.from(l.biases)),
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS } from '../../../lib/examples.ts';
import {
  exampleValue,
  WEIGHT_KEYS,
  weightRef,
} from '../../../src/widgets/wiggle-weight/weights.ts';

describe('the example network’s weights by name', () => {
  it('reads a key l-i-j as the weight from node i of layer l − 1 to node j of layer l, in W(1) or W(2)', () => {
    expect(weightRef('2-3-1')).toEqual({ l: 2, i: 3, j: 1 });
    expect(exampleValue(weightRef('2-3-1'))).toBe(EXAMPLE_PARAMETERS.W2[3]![1]);
    expect(weightRef('1-2-3')).toEqual({ l: 1, i: 2, j: 3 });
    expect(exampleValue(weightRef('1-2-3'))).toBe(EXAMPLE_PARAMETERS.W1[2]![3]);
    expect(EXAMPLE_PARAMETERS.W1[2]![3]).toBe(0.8);
    expect(WEIGHT_KEYS).toHaveLength(3 * 4 + 4 * 2);
  });

  it('refuses a key that names no weight of the 3-4-2 network, by its name', () => {
    for (const key of ['3-0-0', '1-3-0', '2-0-2', 'w']) {
      expect(() => weightRef(key)).toThrow(
        new RangeError(`no weight ${key} in the example network`),
      );
    }
  });
});

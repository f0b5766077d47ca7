import { describe, expect, it } from 'vitest';
import {
  LEARNING_RATES,
  menuWith,
  REGULARIZATION_RATES,
} from '../../../src/widgets/playground/options.ts';

describe('the playground’s rate menus', () => {
  it('offer TensorFlow Playground’s values, smallest first', () => {
    expect(LEARNING_RATES[0]).toBe(0.00001);
    expect(LEARNING_RATES.at(-1)).toBe(10);
    expect(REGULARIZATION_RATES[0]).toBe(0);
    for (const menu of [LEARNING_RATES, REGULARIZATION_RATES]) {
      expect(menu).toEqual([...menu].sort((a, b) => a - b));
    }
  });

  it('gain a value from the address in its place, and are unchanged by one they have', () => {
    expect(menuWith([0.1, 1, 10], 0.5)).toEqual([0.1, 0.5, 1, 10]);
    expect(menuWith([0.1, 1, 10], 1)).toEqual([0.1, 1, 10]);
  });
});

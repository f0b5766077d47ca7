import { describe, expect, it } from 'vitest';
import { isLossName, lossNames, losses } from '../../../lib/losses/index.ts';
import { expectClose } from '../../helpers/close.ts';

// 1e-15: the registered loss and the closed form are the same few operations (rounding only).

describe('losses', () => {
  it('registers mse and crossEntropy under their own names, with TeX for L and ∂L/∂z', () => {
    expect(lossNames).toEqual(['mse', 'crossEntropy']);
    for (const name of lossNames) {
      expect(losses[name].name).toBe(name);
      expect(losses[name].tex.value.length).toBeGreaterThan(0);
      expect(losses[name].tex.gradient.length).toBeGreaterThan(0);
    }
    expect(isLossName('crossEntropy')).toBe(true);
    expect(isLossName('hasOwnProperty')).toBe(false);
    // Only a string names a loss: an array or an object that prints as a name does not.
    expect(isLossName(['mse'])).toBe(false);
    expect(isLossName({ toString: () => 'mse' })).toBe(false);
  });

  it('the registered crossEntropy uses the natural logarithm, as the API promises (−Σ y ln z)', () => {
    expectClose(losses.crossEntropy.value([0.25, 0.75], [0, 1]), -Math.log(0.75), 1e-15);
  });

  it('the registered mse is ½Σ(y − z)² for one sample', () => {
    expectClose(losses.mse.value([1, 1], [0, 3]), 2.5, 1e-15);
  });
});

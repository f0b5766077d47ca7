import { describe, expect, it } from 'vitest';
import {
  featureNames,
  featureRows,
  features,
  isFeatureName,
} from '../../../lib/playground/features.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the playground’s input features', () => {
  it('are TensorFlow Playground’s seven, in its order', () => {
    expect(featureNames).toEqual(['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY']);
  });

  it('map (2, −3) to 2, −3, 4, 9, −6, sin 2 and sin(−3)', () => {
    expectClose(
      featureNames.map((name) => features[name].f(2, -3)),
      [2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)],
    );
  });

  it('are recognised by name, and toString is not one of them', () => {
    expect(isFeatureName('xTimesY')).toBe(true);
    expect(isFeatureName('toString')).toBe(false);
    expect(isFeatureName(7)).toBe(false);
  });

  it('make one row per point, with the chosen features in the order given', () => {
    const rows = featureRows(['ySquared', 'x'], [1, 2, -3, 0.5]);
    expectClose(rows, [4, 1, 0.25, -3]);
  });

  it('refuse an odd number of coordinates', () => {
    expect(() => featureRows(['x'], [1, 2, 3])).toThrow(/whole points/);
  });
});

describe('isFeatureName', () => {
  it('accepts strings only, not an object whose text is a feature key', () => {
    expect(isFeatureName('sinX')).toBe(true);
    expect(isFeatureName({ toString: () => 'sinX' })).toBe(false);
  });
});

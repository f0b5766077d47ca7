import { describe, expect, it } from 'vitest';
import { fromJSON } from '../../../lib/network/json.ts';
import { mistakeById } from '../../../lib/network/mistakes.ts';
import { repeatSteps } from '../../../lib/network/step-training.ts';

// One linear node under squared error: with the sign flipped each step multiplies the error by
// 1 + η(x² + 1) = 101, so the loss grows by about 10⁴ a step and overflows within 80 steps.
const line = () =>
  fromJSON({ layers: [{ weights: [[1]], biases: [0], activation: 'linear' }], loss: 'mse' });

describe('repeatSteps', () => {
  it('stops where the loss stops being a finite number, and keeps only the finite losses', () => {
    const run = repeatSteps(line(), [3], [0], 10, 200, mistakeById('flippedSign'));
    expect(run.stopped).toBe(
      `the loss stopped being a finite number after ${run.losses.length} steps`,
    );
    expect(run.losses.length).toBeGreaterThan(10);
    expect(run.losses.length).toBeLessThan(200);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });

  it('takes no step at all from a loss that is not finite to begin with', () => {
    const huge = fromJSON({
      layers: [{ weights: [[1e300]], biases: [0], activation: 'linear' }],
      loss: 'mse',
    });
    const run = repeatSteps(huge, [1e300], [0], 0.1, 5);
    expect(run.losses).toEqual([]);
    expect(run.stopped).toBe('the loss stopped being a finite number after 0 steps');
  });

  it('takes every one of k steps while the loss stays finite, and says nothing', () => {
    const run = repeatSteps(line(), [3], [0], 0.01, 50);
    expect(run.losses).toHaveLength(51);
    expect(run.stopped).toBeUndefined();
    expect(run.losses.at(-1)!).toBeLessThan(run.losses[0]!);
  });
});

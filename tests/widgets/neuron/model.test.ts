import { describe, expect, it } from 'vitest';
import { EXAMPLE_B, EXAMPLE_W, EXAMPLE_X } from '../../../lib/examples.ts';
import { dot } from '../../../lib/linalg.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { neuron } from '../../../src/widgets/neuron/model.ts';

describe('the one-neuron widget', () => {
  const start = defaults(neuron.params);

  it('opens on the book’s example, a = [1 0 −1]·[1 2 1] + 3 = 3', () => {
    const d = neuron.derive(start);
    expect(d.x).toEqual(EXAMPLE_X);
    expect(d.w).toEqual(EXAMPLE_W);
    expect(d.products).toEqual([1, 0, -1]);
    expect(d.a).toBe(dot(EXAMPLE_W, EXAMPLE_X) + EXAMPLE_B);
    expect(d.a).toBe(3);
  });

  it('reads out every product, the weighted sum and a under stable names', () => {
    const state = { ...start, x2: -2, w2: 1.5, b: -1 };
    const d = neuron.derive(state);
    expect(neuron.readouts(d, state)).toEqual({
      a: 1 - 3 - 1 - 1,
      weighted: -3,
      b: -1,
      p1: 1,
      p2: -3,
      p3: -1,
      x1: 1,
      x2: -2,
      x3: 1,
      w1: 1,
      w2: 1.5,
      w3: -1,
    });
  });

  it('says the whole sum in words for screen readers, negatives in brackets', () => {
    expect(neuron.summary(neuron.derive(start), start)).toBe('a = 1·1 + 0·2 + (−1)·1 + 3 = 3');
  });

  it('can show every state its controls allow', () => {
    const corners = { ...start, x1: 5, x2: -5, x3: 5, w1: 5, w2: 5, w3: -5, b: 10 };
    const shown = evaluateState(neuron, corners);
    expect('problem' in shown).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { lossLandscapes } from '../../../lib/loss-landscapes.ts';
import {
  canStepOn,
  descent,
  MAX_STEPS,
  PRESETS,
  startHint,
} from '../../../src/widgets/descent/model.ts';

describe('the gradient-descent widget’s words', () => {
  it('asks for the first step, then counts the steps, with θ, L and the slope reached', () => {
    const s = defaults(descent.params);
    expect(descent.summary(descent.derive(s), s)).toBe(
      'Press Step to take the first step. θ = 4, L = 2, slope 2.',
    );
    const two = { ...s, steps: 2 };
    expect(descent.summary(descent.derive(two), two)).toBe(
      'After 2 steps. θ = 2.5, L = 0.125, slope 0.5.',
    );
  });

  it('says the run converged, and after how many steps, when η = 1 lands on the minimum at once', () => {
    const s = { ...defaults(descent.params), eta: 1, steps: 3 };
    const d = descent.derive(s);
    expect(d.run.outcome).toBe('converged');
    expect(descent.summary(d, s)).toBe(
      'Converged after 1 steps: the slope is 0. θ = 2, L = 0, slope 0.',
    );
  });

  it('lets Play step on up to the last step of the budget, and no further', () => {
    // η = 2 on the parabola bounces between 4 and 0 for ever: the run is only ever stopped.
    const s = { ...defaults(descent.params), eta: 2 };
    const last = { ...s, steps: MAX_STEPS };
    expect(descent.derive(last).run.outcome).toBe('stopped');
    expect(canStepOn(descent.derive(last), last)).toBe(false);
    const before = { ...s, steps: MAX_STEPS - 1 };
    expect(canStepOn(descent.derive(before), before)).toBe(true);
  });

  it('puts preset B on the two-minima curve at θ₀ = 2.8 with no steps taken', () => {
    const s = { ...defaults(descent.params), eta: 0.2, steps: 7 };
    expect(descent.actions!['presetB']!(s)).toEqual({
      curve: 'twoMinima',
      start: PRESETS.B,
      eta: 0.2,
      steps: 0,
    });
    expect(PRESETS.B).toBe(2.8);
  });
});

describe('the gradient-descent widget’s start on each curve', () => {
  it('hints each curve’s own span for the start, the span its slider and field keep to', () => {
    expect(startHint(lossLandscapes.parabola)).toBe('from −1 to 5 on this curve');
    expect(startHint(lossLandscapes.twoMinima)).toBe('from −3 to 3 on this curve');
  });

  it('leaves a start inside the curve’s domain alone, the two ends included', () => {
    const s = defaults(descent.params);
    for (const start of [-1, 3, 5]) {
      const inside = { ...s, start };
      expect(descent.normalize!(inside)).toBe(inside);
    }
  });

  it('moves a start left of the parabola’s domain to its left end, −1', () => {
    const s = { ...defaults(descent.params), start: -2.5 };
    expect(descent.normalize!(s)).toEqual({ ...s, start: -1 });
  });

  it('refuses to run from outside the domain, but runs from its left end', () => {
    const s = defaults(descent.params);
    expect(() => descent.derive({ ...s, start: -2 })).toThrow(
      'On this curve θ₀ must lie from −1 to 5.',
    );
    const d = descent.derive({ ...s, start: -1 });
    expect(descent.readouts(d, s)).toEqual({
      taken: 0,
      theta: -1,
      loss: 4.5,
      slope: -3,
      next: 0.5,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { descend1d } from '../../../lib/gradient-descent.ts';
import { parabola, twoMinima } from '../../../lib/loss-landscapes.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import {
  canStepOn,
  descent,
  MAX_STEPS,
  PRESETS,
  verdict,
} from '../../../src/widgets/descent/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(descent.params);
const act = (name: string, s = start) => descent.actions![name]!(s);

describe('the gradient-descent widget', () => {
  it('opens on the parabola at θ₀ = 4 with η = 0.5, before any step, the next step landing at 3', () => {
    const d = descent.derive(start);
    expect(d.landscape).toBe(parabola);
    expect(descent.readouts(d, start)).toEqual({ taken: 0, theta: 4, loss: 2, slope: 2, next: 3 });
    expect(verdict(d)).toBe('Press Step to take the first step.');
  });

  it('takes the steps lib/gradient-descent.ts takes, one per press of Step', () => {
    let s = start;
    for (let k = 0; k < 5; k++) s = act('step', s);
    const d = descent.derive(s);
    const run = descend1d({ f: parabola.f, df: parabola.df, start: 4, eta: 0.5, steps: 5 });
    expect(d.run).toEqual(run);
    expect(d.taken).toBe(5);
    expectClose(d.theta, 2 + 2 * 0.5 ** 5);
    expect(act('back', s).steps).toBe(4);
    expect(act('back').steps).toBe(0);
  });

  it('says so in words when η above 2 makes the parabola diverge, and Play stops', () => {
    const s = { ...start, eta: 2.5, steps: MAX_STEPS };
    const d = descent.derive(s);
    expect(d.run.outcome).toBe('diverged');
    expect(descent.summary(d, s)).toMatch(
      /^Diverged: the steps overshot the minimum until θ left the chart, after 2 steps; lower η\./,
    );
    expect(canStepOn(d, s)).toBe(false);
    expect(Object.values(descent.readouts(d, s)).every(Number.isFinite)).toBe(true);
  });

  it('counts a divergence after one step in the singular', () => {
    const s = { ...start, eta: 2.6, steps: 1 };
    expect(descent.summary(descent.derive(s), s)).toMatch(
      /left the chart, after 1 step; lower η\./,
    );
  });

  it('stops Play once converged, and never past the step budget', () => {
    const converged = { ...start, eta: 1, steps: 3 };
    expect(descent.derive(converged).run.outcome).toBe('converged');
    expect(canStepOn(descent.derive(converged), converged)).toBe(false);
    expect(canStepOn(descent.derive({ ...start, steps: 2 }), { ...start, steps: 2 })).toBe(true);
    expect(act('step', { ...start, steps: MAX_STEPS }).steps).toBe(MAX_STEPS);
  });

  it('starts at A or B of the two-minima figure, and A with a small η ends in the lower valley', () => {
    const a = { ...act('presetA'), eta: 0.1, steps: MAX_STEPS };
    expect(a.curve).toBe('twoMinima');
    expect(a.start).toBe(PRESETS.A);
    expect(act('presetB').start).toBe(PRESETS.B);
    const d = descent.derive(a);
    expect(d.run.outcome).toBe('converged');
    expect(twoMinima.f(d.theta)).toBeLessThan(twoMinima.f(-d.theta));
  });

  it('keeps the start inside the chosen curve, so switching curves never strands it', () => {
    const switched = descent.normalize!({ ...start, curve: 'twoMinima', start: 4.5 });
    expect(switched.start).toBe(3);
    expect('problem' in evaluateState(descent, { ...start, curve: 'twoMinima', start: 4.5 })).toBe(
      false,
    );
    expect(() => descent.derive({ ...start, curve: 'twoMinima', start: 4.5 })).toThrow(
      /from −3 to 3/,
    );
  });

  it('draws the curve, the path so far, the tangent at the point reached and where the next step lands', () => {
    const s = { ...start, steps: 2 };
    const d = descent.derive(s);
    const [curve, path, tangent] = d.chart.curves;
    expect(curve!.points.length).toBeGreaterThan(100);
    expect(path!.points).toEqual(d.run.trajectory.map((p) => [p.x, p.fx]));
    const [t0, t1] = [tangent!.points[0]!, tangent!.points.at(-1)!];
    expectClose((t1[1] - t0[1]) / (t1[0] - t0[0]), d.slope);
    expect(d.chart.points!.at(-1)).toMatchObject({ x: d.next, y: parabola.f(d.next) });
  });
});

import { lossLandscapes } from '../../../lib/loss-landscapes.ts';
import { describe, expect, it } from 'vitest';
import { parabola, twoMinima } from '../../../lib/loss-landscapes.ts';
import { sample } from '../../../src/charts/sample.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { descent, MAX_STEPS } from '../../../src/widgets/descent/model.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the gradient-descent chart', () => {
  it('opens with the parabola in accent, the dashed tangent at θ₀ and the next step, but no path yet', () => {
    const d = descent.derive(defaults(descent.params));
    const [curve, tangent, extra] = d.chart.curves;
    expect(extra).toBeUndefined();
    expect(curve).toEqual({ points: sample(parabola.f, [-1, 5]), tone: 'accent' });
    expect(curve!.points[0]).toEqual([-1, 4.5]);
    expect(curve!.points.at(-1)).toEqual([5, 4.5]);
    // θ₀ = 4, L = 2, slope 2: the tangent 2 + 2(θ − 4) over 4 ± 6/8.
    expect(tangent).toMatchObject({ tone: 'ink', dashed: true });
    expectClose(tangent!.points as [number, number][], [
      [3.25, 0.5],
      [4, 2],
      [4.75, 3.5],
    ]);
    expect(d.chart.points).toEqual([
      { x: 4, y: 2, tone: 'warm', label: 'θ₀ = 4' },
      { x: 3, y: 0.5, tone: 'soft', label: 'next' },
    ]);
  });

  it('after two steps draws the warm path 4 → 3 → 2.5, the points passed in soft, and the tangent at 2.5', () => {
    const d = descent.derive({ ...defaults(descent.params), steps: 2 });
    const [, path, tangent] = d.chart.curves;
    expect(path).toEqual({
      points: [
        [4, 2],
        [3, 0.5],
        [2.5, 0.125],
      ],
      tone: 'warm',
    });
    expectClose(tangent!.points as [number, number][], [
      [1.75, -0.25],
      [2.5, 0.125],
      [3.25, 0.5],
    ]);
    expect(d.chart.points).toEqual([
      { x: 4, y: 2, tone: 'soft' },
      { x: 3, y: 0.5, tone: 'soft' },
      { x: 2.5, y: 0.125, tone: 'warm', label: 'θ = 2.5' },
      { x: 2.25, y: 0.03125, tone: 'soft', label: 'next' },
    ]);
  });

  it('marks no next step once θ leaves the chart, and labels no point off the chart', () => {
    const d = descent.derive({ ...defaults(descent.params), eta: 2.5, steps: MAX_STEPS });
    // θ − 2 is multiplied by 1 − 2.5 = −1.5 each step: 4, −1, then 6.5, past the chart's 5.
    expect(d.run.outcome).toBe('diverged');
    expect(d.taken).toBe(2);
    expect(d.theta).toBe(6.5);
    const points = d.chart.points!;
    expect(points).toHaveLength(3);
    expect(points.slice(0, -1).every((p) => p.tone === 'soft' && p.label === undefined)).toBe(true);
    expect(points.at(-1)).toEqual({ x: 6.5, y: d.loss, tone: 'warm' });
  });

  it('labels the last point while it is on the chart, also on the edge, and not the next one off it', () => {
    const d = descent.derive({ ...defaults(descent.params), eta: 2.5, steps: 1 });
    expect(d.run.outcome).toBe('stopped');
    expect(d.chart.points!.slice(-2)).toEqual([
      { x: -1, y: 4.5, tone: 'warm', label: 'θ = −1' },
      { x: 6.5, y: 10.125, tone: 'soft' },
    ]);
  });

  it('labels a point on either edge of the chart, and none just past the left or the right one', () => {
    const s = defaults(descent.params);
    const labelOf = (state: typeof s) => descent.derive(state).chart.points!.at(-2)!.label;
    expect(labelOf({ ...s, start: 5 })).toBe('θ₀ = 5');
    // 4 − 2.6·2 = −1.2, just left of the chart: the run stops there, unlabelled.
    const left = descent.derive({ ...s, eta: 2.6, steps: 1 });
    expect(left.run.outcome).toBe('diverged');
    expect(left.chart.points!.at(-1)).toEqual({ x: left.theta, y: left.loss, tone: 'warm' });
    // On the two-minima curve a step from 2 with η = 1.6 would land at 3.012, just right of it.
    const right = descent.derive({ curve: 'twoMinima', start: 2, eta: 1.6, steps: 1 });
    expect(right.next).toBeGreaterThan(3);
    expect(right.chart.points!.at(-1)).toEqual({
      x: right.next,
      y: right.landscape.f(right.next),
      tone: 'soft',
    });
  });

  it('keeps each curve within its chart’s range over its domain, so θ alone says what is on it', () => {
    for (const landscape of Object.values(lossLandscapes)) {
      const [lo, hi] = landscape.domain;
      for (let k = 0; k <= 600; k++) {
        const L = landscape.f(lo + ((hi - lo) * k) / 600);
        expect(L).toBeGreaterThanOrEqual(landscape.range[0]);
        expect(L).toBeLessThanOrEqual(landscape.range[1]);
      }
    }
  });

  it('labels the axes θ and L and spans each curve’s own domain and range', () => {
    const s = defaults(descent.params);
    expect(descent.derive(s).axes).toEqual({
      x: { domain: [-1, 5], label: 'parameter θ' },
      y: { domain: [-0.25, 5], label: 'loss L' },
    });
    expect(descent.derive({ ...s, curve: 'twoMinima', start: 1 }).axes).toEqual({
      x: { domain: twoMinima.domain, label: 'parameter θ' },
      y: { domain: [0, 5], label: 'loss L' },
    });
  });
});

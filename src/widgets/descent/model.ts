/**
 * Gradient descent on a curve: θ := θ − η dL/dθ, one step per press of Step (or on a timer with
 * Play), on the chapter's parabola or on the two-minima curve. lib/gradient-descent.ts's descend1d
 * takes the steps; the state is the start, η and the number of steps, so an address replays a run.
 */
import { descend1d, gradientStep, type DescentResult } from '../../../lib/gradient-descent.ts';
import { lossLandscapes, type LossLandscape } from '../../../lib/loss-landscapes.ts';
import type {
  Curve,
  FunctionChartData,
  FunctionChartOptions,
} from '../../charts/function-chart.ts';
import { sample } from '../../charts/sample.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

export const MAX_STEPS = 200;
export const CHART_TITLE = 'Gradient descent on a loss curve';
/** Presets A and B of the two-minima figure: high on the left wall, and on the right wall. */
export const PRESETS = { A: -2.9, B: 2.8 } as const;

export const descentParams = {
  curve: {
    kind: 'choice',
    label: 'loss curve',
    default: 'parabola',
    options: ['parabola', 'twoMinima'],
  },
  start: { kind: 'number', label: 'start θ₀', default: 4, min: -3, max: 5, step: 0.05 },
  eta: { kind: 'number', label: 'learning rate η', default: 0.5, min: 0.01, max: 3, step: 0.01 },
  steps: {
    kind: 'number',
    label: 'steps taken',
    default: 0,
    min: 0,
    max: MAX_STEPS,
    step: 1,
    integer: true,
  },
} as const;

export type DescentState = StateOf<typeof descentParams>;

export interface DescentDerived {
  readonly landscape: LossLandscape;
  readonly run: DescentResult;
  /** The point reached: θ, L(θ) and the slope there. */
  readonly theta: number;
  readonly loss: number;
  readonly slope: number;
  /** Where the next step would land, θ − η·slope. */
  readonly next: number;
  readonly taken: number;
  readonly chart: FunctionChartData;
  readonly axes: FunctionChartOptions;
}

/** The verdict in words: what the reader should see happening. */
export function verdict(d: Pick<DescentDerived, 'run' | 'taken'>): string {
  if (d.run.outcome === 'diverged') {
    const steps = d.taken === 1 ? '1 step' : `${d.taken} steps`;
    return `Diverged: the steps overshot the minimum until θ left the chart, after ${steps}; lower η.`;
  }
  if (d.run.outcome === 'converged') return `Converged after ${d.taken} steps: the slope is 0.`;
  return d.taken === 0 ? 'Press Step to take the first step.' : `After ${d.taken} steps.`;
}

/** Whether θ lies on the chart. Each curve stays within its chart's range over its domain. */
function inside(landscape: LossLandscape, theta: number): boolean {
  return theta >= landscape.domain[0] && theta <= landscape.domain[1];
}

function descentChart(landscape: LossLandscape, run: DescentResult, next: number) {
  const last = run.trajectory.at(-1)!;
  const path = run.trajectory.map((p) => [p.x, p.fx] as const);
  const half = (landscape.domain[1] - landscape.domain[0]) / 8;
  const tangent: Curve = {
    points: sample((x) => last.fx + last.slope * (x - last.x), [last.x - half, last.x + half], 2),
    tone: 'ink',
    dashed: true,
  };
  const diverged = run.outcome === 'diverged';
  return {
    curves: [
      { points: sample(landscape.f, landscape.domain), tone: 'accent' },
      ...(path.length > 1 ? [{ points: path, tone: 'warm' } as Curve] : []),
      tangent,
    ],
    points: [
      ...run.trajectory.slice(0, -1).map((p) => ({ x: p.x, y: p.fx, tone: 'soft' as const })),
      {
        x: last.x,
        y: last.fx,
        tone: 'warm',
        // A point off the chart is clipped away; its label would float outside the plot.
        ...(inside(landscape, last.x)
          ? { label: `θ${run.trajectory.length - 1 === 0 ? '₀' : ''} = ${formatNumber(last.x)}` }
          : {}),
      },
      ...(diverged
        ? []
        : [
            {
              x: next,
              y: landscape.f(next),
              tone: 'soft' as const,
              ...(inside(landscape, next) ? { label: 'next' } : {}),
            },
          ]),
    ],
  } satisfies FunctionChartData;
}

export const descent: WidgetModel<typeof descentParams, DescentDerived> = {
  id: 'descent',
  params: descentParams,
  normalize(s) {
    const [lo, hi] = lossLandscapes[s.curve as 'parabola'].domain;
    return s.start < lo || s.start > hi ? { ...s, start: Math.min(hi, Math.max(lo, s.start)) } : s;
  },
  derive(s) {
    const landscape = lossLandscapes[s.curve as 'parabola'];
    const [lo, hi] = landscape.domain;
    if (s.start < lo || s.start > hi) {
      throw new Error(`On this curve θ₀ must lie from ${formatNumber(lo)} to ${formatNumber(hi)}.`);
    }
    const run = descend1d({
      f: landscape.f,
      df: landscape.df,
      start: s.start,
      eta: s.eta,
      steps: s.steps,
      // Leaving the drawing is divergence here: the reader would otherwise watch θ run off the
      // chart for 17 more steps before |L| passes the engine's limit.
      bounds: landscape.domain,
    });
    const last = run.trajectory.at(-1)!;
    const next = gradientStep(last.x, last.slope, s.eta);
    return {
      landscape,
      run,
      theta: last.x,
      loss: last.fx,
      slope: last.slope,
      next,
      taken: run.trajectory.length - 1,
      chart: descentChart(landscape, run, next),
      axes: {
        x: { domain: landscape.domain, label: 'parameter θ' },
        y: { domain: landscape.range, label: 'loss L' },
      },
    };
  },
  readouts(d) {
    return { taken: d.taken, theta: d.theta, loss: d.loss, slope: d.slope, next: d.next };
  },
  summary(d) {
    const where = `θ = ${formatNumber(d.theta)}, L = ${formatNumber(d.loss)}, slope ${formatNumber(d.slope)}.`;
    return `${verdict(d)} ${where}`;
  },
  actions: {
    step: (s) => ({ ...s, steps: Math.min(MAX_STEPS, s.steps + 1) }),
    back: (s) => ({ ...s, steps: Math.max(0, s.steps - 1) }),
    presetA: (s) => ({ ...s, curve: 'twoMinima', start: PRESETS.A, steps: 0 }),
    presetB: (s) => ({ ...s, curve: 'twoMinima', start: PRESETS.B, steps: 0 }),
  },
};

/** The start field's hint: the chosen curve's own span, which the slider and the field keep to. */
export const startHint = (landscape: Pick<LossLandscape, 'domain'>): string =>
  `from ${formatNumber(landscape.domain[0])} to ${formatNumber(landscape.domain[1])} on this curve`;

/** Whether Play should take another step: not once the run has converged, diverged or run out. */
export function canStepOn(d: DescentDerived, s: DescentState): boolean {
  return d.run.outcome === 'stopped' && s.steps < MAX_STEPS;
}

/**
 * Gradient descent on a function of one variable, the optimization chapter's refresher:
 * x := x − η f′(x), step after step, with the whole trajectory kept for plotting.
 */

/** One visited point: x, the loss f(x) there and the slope f′(x) that decides the next step. */
export interface DescentPoint {
  readonly x: number;
  readonly fx: number;
  readonly slope: number;
}

/**
 * 'converged': the slope fell below the tolerance or the step no longer moves x;
 * 'diverged': x or f(x) left the divergence limit, x left the bounds, or a value stopped being a
 *   finite number;
 * 'stopped': the step budget ran out first.
 */
export type DescentOutcome = 'converged' | 'diverged' | 'stopped';

/** What descend1d needs: f and f′, where to start, the learning rate η and a step budget. */
export interface DescentOptions {
  /** The function to minimise, f(x). */
  readonly f: (x: number) => number;
  /** Its derivative f′(x). */
  readonly df: (x: number) => number;
  readonly start: number;
  /** Learning rate η > 0. */
  readonly eta: number;
  /** Most steps to take (a whole number ≥ 0). */
  readonly steps: number;
  /** Stop as converged once |f′(x)| < tolerance. Default 1e-8. */
  readonly tolerance?: number;
  /** Stop as diverged once |x| or |f(x)| exceeds this. Default 1e6. */
  readonly divergenceLimit?: number;
  /**
   * Stop as diverged once x leaves [lo, hi]: a chart of the run can say so as soon as θ leaves the
   * drawing, rather than after the 17 or so steps a slow oscillation needs to pass the limit.
   */
  readonly bounds?: readonly [number, number];
}

/** The visited points x_0, x_1, … and how the run ended. */
export interface DescentResult {
  /** Every visited point, the start first; never holds NaN or ±Infinity. */
  readonly trajectory: DescentPoint[];
  readonly outcome: DescentOutcome;
}

/** |f′(x)| below this counts as a stationary point. */
export const DEFAULT_TOLERANCE = 1e-8;
/** |x| or |f(x)| above this counts as divergence, long before the numbers overflow. */
export const DEFAULT_DIVERGENCE_LIMIT = 1e6;

/** One gradient-descent step θ := θ − η ∂L/∂θ (the post's update, for one parameter). */
export function gradientStep(theta: number, slope: number, eta: number): number {
  return theta - eta * slope;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(`descend1d: ${message}`);
}

/** Runs x_{t+1} = x_t − η f′(x_t) from `start` for at most `steps` steps and reports how it ended. */
export function descend1d(options: DescentOptions): DescentResult {
  const { f, df, start, eta, steps } = options;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const limit = options.divergenceLimit ?? DEFAULT_DIVERGENCE_LIMIT;
  check(typeof f === 'function' && typeof df === 'function', 'f and df must be functions');
  check(Number.isFinite(start), `the start must be a finite number, got ${start}`);
  check(
    eta > 0 && Number.isFinite(eta),
    `the learning rate η must be a positive finite number, got ${eta}`,
  );
  check(Number.isInteger(steps) && steps >= 0, `steps must be a whole number ≥ 0, got ${steps}`);
  check(
    tolerance >= 0 && Number.isFinite(tolerance),
    `the tolerance must be ≥ 0 and finite, got ${tolerance}`,
  );
  check(limit > 0, `the divergence limit must be positive, got ${limit}`);
  const [lo, hi] = options.bounds ?? [-Infinity, Infinity];
  check(lo < hi, `the bounds must be an interval lo < hi, got [${lo}, ${hi}]`);

  const visit = (x: number): DescentPoint | undefined => {
    const fx = f(x);
    const slope = df(x);
    const finite = Number.isFinite(x) && Number.isFinite(fx) && Number.isFinite(slope);
    return finite ? { x, fx, slope } : undefined;
  };
  const escaped = (p: DescentPoint): boolean =>
    Math.abs(p.x) > limit || Math.abs(p.fx) > limit || p.x < lo || p.x > hi;

  const first = visit(start);
  check(first !== undefined, `f or f′ is not a finite number at the start x = ${start}`);
  let point = first!;
  const trajectory: DescentPoint[] = [point];
  if (escaped(point)) return { trajectory, outcome: 'diverged' };

  for (let t = 0; t < steps; t++) {
    if (Math.abs(point.slope) < tolerance) return { trajectory, outcome: 'converged' };
    const x = gradientStep(point.x, point.slope, eta);
    // A step that no longer changes x in floating point can never make progress.
    if (x === point.x) return { trajectory, outcome: 'converged' };
    const next = visit(x);
    // A point that is not finite is left out, so a chart of the trajectory never meets NaN.
    if (next === undefined) return { trajectory, outcome: 'diverged' };
    trajectory.push(next);
    if (escaped(next)) return { trajectory, outcome: 'diverged' };
    point = next;
  }
  return { trajectory, outcome: Math.abs(point.slope) < tolerance ? 'converged' : 'stopped' };
}

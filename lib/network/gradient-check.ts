import { maxAbsDifference } from '../finite-difference.ts';
import { gradients, loss } from './api.ts';
import type { LayerGradient, Network } from './types.ts';

/**
 * ∂L/∂θ for every weight and bias by central differences, (L(θ + h) − L(θ − h)) / 2h, nudging
 * each parameter of the network in place and restoring it. Slow (two forward passes per
 * parameter) and exactly what backpropagation must agree with.
 */
export function numericGradients(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  h = 1e-6,
): LayerGradient[] {
  return numericGradientsOf(net, () => loss(net, x, y), h);
}

/**
 * ∂f/∂θ by central differences for any `objective` f computed from the network's parameters (a
 * batch's mean loss, say), nudging each parameter in place and restoring it exactly.
 */
export function numericGradientsOf(
  net: Network,
  objective: () => number,
  h = 1e-6,
): LayerGradient[] {
  const partial = (params: Float64Array, k: number): number => {
    const saved = params[k]!;
    params[k] = saved + h;
    const up = objective();
    params[k] = saved - h;
    const down = objective();
    params[k] = saved;
    return (up - down) / (2 * h);
  };
  return net.layers.map(({ nIn, nOut, weights, biases }) => ({
    weights: Array.from({ length: nIn }, (_, i) =>
      Array.from({ length: nOut }, (_, j) => partial(weights, i * nOut + j)),
    ),
    biases: Array.from({ length: nOut }, (_, j) => partial(biases, j)),
  }));
}

/**
 * Below this magnitude an entry's error is measured against it instead of against the entry:
 * the central difference's rounding error is about ε·|L|/h ≈ 1e−10 for h = 1e−6, which would make
 * a gradient of exactly 0 look 100 % wrong.
 */
export const RELATIVE_ERROR_FLOOR = 1e-4;

/**
 * The relative error tolerated by default. On seeded networks of every smooth configuration the
 * central difference at h = 1e−6 stays below 1e−6 (truncation h²·L‴/6 plus rounding); a wrong
 * derivative is off by far more (a forgotten φ′ gives errors of order 1).
 */
export const GRADIENT_CHECK_TOLERANCE = 1e-5;

/** |a − n| / max(|a|, |n|, floor), the largest over every pair of entries. */
export function maxRelativeError(
  analytic: readonly LayerGradient[],
  numeric: readonly LayerGradient[],
): number {
  let worst = 0;
  const visit = (a: number, n: number) => {
    const scale = Math.max(Math.abs(a), Math.abs(n), RELATIVE_ERROR_FLOOR);
    worst = Math.max(worst, Math.abs(a - n) / scale);
  };
  analytic.forEach((g, l) => {
    const other = numeric[l]!;
    g.weights.forEach((row, i) => row.forEach((w, j) => visit(w, other.weights[i]![j]!)));
    g.biases.forEach((b, j) => visit(b, other.biases[j]!));
  });
  return worst;
}

export interface GradientCheck {
  readonly analytic: LayerGradient[];
  readonly numeric: LayerGradient[];
  /** The largest |analytic − numeric| over all weights and biases. */
  readonly maxAbsDiff: number;
  /** The largest relative error, |a − n| / max(|a|, |n|, RELATIVE_ERROR_FLOOR). */
  readonly maxRelError: number;
  /** The relative error this check tolerates, and whether every entry is within it. */
  readonly tolerance: number;
  readonly passed: boolean;
}

/**
 * Backpropagation's gradients beside the numeric ones, with the largest absolute difference and
 * the largest relative error, judged against `tolerance`.
 */
export function gradientCheck(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  h = 1e-6,
  tolerance = GRADIENT_CHECK_TOLERANCE,
): GradientCheck {
  const analytic = gradients(net, x, y);
  const numeric = numericGradients(net, x, y, h);
  const maxAbsDiff = Math.max(
    ...analytic.map((g, l) =>
      Math.max(
        maxAbsDifference(g.weights, numeric[l]!.weights),
        maxAbsDifference(g.biases, numeric[l]!.biases),
      ),
    ),
  );
  const maxRelError = maxRelativeError(analytic, numeric);
  return {
    analytic,
    numeric,
    maxAbsDiff,
    maxRelError,
    tolerance,
    passed: maxRelError <= tolerance,
  };
}

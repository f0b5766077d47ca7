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
  const partial = (params: Float64Array, k: number): number => {
    const saved = params[k]!;
    params[k] = saved + h;
    const up = loss(net, x, y);
    params[k] = saved - h;
    const down = loss(net, x, y);
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

/** Backpropagation's gradients beside the numeric ones, with the largest absolute difference. */
export function gradientCheck(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  h = 1e-6,
): {
  analytic: LayerGradient[];
  numeric: LayerGradient[];
  maxAbsDiff: number;
} {
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
  return { analytic, numeric, maxAbsDiff };
}

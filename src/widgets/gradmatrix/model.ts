/**
 * All output weights at once: ∂L/∂W(2) = −Z(1)(Δ(2))ᵀ, the outer product of the hidden outputs with
 * the output local gradients, laid out like W(2) itself (row i, column j), and the update
 * W(2) := W(2) + η Z(1)(Δ(2))ᵀ. The engine's forward and backward passes give every entry.
 */
import { EXAMPLE_Y, exampleNetwork, type ExampleOutput } from '../../../lib/examples.ts';
import { addScaledMatrix, outer } from '../../../lib/linalg.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { layerWeights } from '../../../lib/network/types.ts';
import { formatNumber } from '../../lib-site/format.ts';
import { sampleOf, sampleParams } from '../example-sample.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

export const gradmatrixParams = {
  ...sampleParams,
  eta: { kind: 'number', label: 'learning rate η', default: 0.5, min: 0, max: 10, step: 0.1 },
} as const;

export type GradmatrixState = StateOf<typeof gradmatrixParams>;

export interface GradmatrixDerived {
  /** Z(1), the hidden outputs (one per row i). */
  readonly z: readonly number[];
  /** Δ(2), the output local gradients (one per column j). */
  readonly delta: readonly number[];
  /** −Z(1)(Δ(2))ᵀ, entry (i, j) = −z_i δ_j: ∂L/∂W(2). */
  readonly gradient: readonly (readonly number[])[];
  /** The backward pass's own ∂L/∂W(2), to show they are the same matrix. */
  readonly engine: readonly (readonly number[])[];
  readonly before: readonly (readonly number[])[];
  readonly after: readonly (readonly number[])[];
}

export const gradmatrix: WidgetModel<typeof gradmatrixParams, GradmatrixDerived> = {
  id: 'gradmatrix',
  params: gradmatrixParams,
  derive(s) {
    const net = exampleNetwork(s.output as ExampleOutput);
    const cache = forward(net, sampleOf(s));
    const result = backward(net, cache, EXAMPLE_Y);
    const z = cache.z[1]!;
    const delta = result.deltas[2]!;
    const zDelta = outer(z, delta);
    const before = layerWeights(net, 2);
    return {
      z,
      delta,
      gradient: zDelta.map((row) => row.map((v) => -v)),
      engine: result.gradients[1]!.weights,
      before,
      after: addScaledMatrix(before, s.eta, zDelta),
    };
  },
  readouts(d) {
    const out: Record<string, number> = {};
    d.z.forEach((v, i) => (out[`z${i}`] = v));
    d.delta.forEach((v, j) => (out[`d${j}`] = v));
    d.gradient.forEach((row, i) => row.forEach((v, j) => (out[`g${i}_${j}`] = v)));
    d.after.forEach((row, i) => row.forEach((v, j) => (out[`w${i}_${j}`] = v)));
    return out;
  },
  summary(d, s) {
    const g = d.gradient[0]![0]!;
    return `∂L/∂W(2) entry (0, 0) is −z₀δ₀ = ${formatNumber(g)}; with η = ${formatNumber(s.eta)} the weight moves from ${formatNumber(d.before[0]![0]!)} to ${formatNumber(d.after[0]![0]!)}.`;
  },
};

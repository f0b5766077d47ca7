/**
 * The recursion, checked: the local gradients δ(l) = −∂L/∂a(l) of the example network, computed
 * backwards by lib/network/backward.ts, beside central finite differences of the loss in each
 * pre-activation (the engine nudges a(l)ⱼ alone and reruns the rest of the forward pass). For one
 * hidden node j it also spells out the recursion: (Σₖ w⁽²⁾ⱼₖ δ⁽²⁾ₖ) · φ′(a⁽¹⁾ⱼ).
 */
import { EXAMPLE_Y, exampleNetwork, type ExampleOutput } from '../../../lib/examples.ts';
import { centralDifference } from '../../../lib/finite-difference.ts';
import { transposeMatVec } from '../../../lib/linalg.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { layerWeights, type Network } from '../../../lib/network/types.ts';
import { formatNumber } from '../../lib-site/format.ts';
import { sampleOf, sampleParams } from '../example-sample.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

export const deltasParams = {
  ...sampleParams,
  j: { kind: 'number', label: 'hidden node j', default: 0, min: 0, max: 3, step: 1, integer: true },
} as const;

export type DeltasState = StateOf<typeof deltasParams>;

/** L with a(l)ⱼ replaced by a(l)ⱼ + t and every later layer recomputed from it. */
export function lossNudged(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  l: number,
  j: number,
  t: number,
): number {
  let z = [...x];
  net.layers.forEach((layer, index) => {
    const a = transposeMatVec(layerWeights(net, index + 1), z).map((v, k) => v + layer.biases[k]!);
    if (index + 1 === l) a[j]! += t;
    const out = new Array<number>(a.length).fill(0);
    layer.activation.apply(a, out);
    z = out;
  });
  return net.loss.value(z, y);
}

export interface DeltaRow {
  readonly l: number;
  readonly j: number;
  readonly delta: number;
  readonly numeric: number;
}

export interface DeltasDerived {
  readonly rows: readonly DeltaRow[];
  readonly maxDiff: number;
  /** The recursion for hidden node j: Σₖ w⁽²⁾ⱼₖ δ⁽²⁾ₖ, φ′(a⁽¹⁾ⱼ) and their product δ⁽¹⁾ⱼ. */
  readonly sum: number;
  readonly slope: number;
  readonly product: number;
}

export const deltas: WidgetModel<typeof deltasParams, DeltasDerived> = {
  id: 'deltas',
  params: deltasParams,
  derive(s) {
    const net = exampleNetwork(s.output as ExampleOutput);
    const x = sampleOf(s);
    const cache = forward(net, x);
    const { deltas: d } = backward(net, cache, EXAMPLE_Y);
    const rows: DeltaRow[] = [];
    for (const l of [2, 1]) {
      d[l]!.forEach((delta, j) => {
        const numeric = -centralDifference((t) => lossNudged(net, x, EXAMPLE_Y, l, j, t), 0);
        rows.push({ l, j, delta, numeric });
      });
    }
    const W2 = layerWeights(net, 2);
    const sum = W2[s.j]!.reduce((acc, w, k) => acc + w * d[2]![k]!, 0);
    const hidden = net.layers[0]!;
    const a = cache.a[1]![s.j]!;
    const slope =
      hidden.activation.kind === 'elementwise' ? hidden.activation.df(a, cache.z[1]![s.j]!) : NaN;
    return {
      rows,
      maxDiff: Math.max(...rows.map((r) => Math.abs(r.delta - r.numeric))),
      sum,
      slope,
      product: sum * slope,
    };
  },
  readouts(d) {
    // The largest difference is rounding noise (about 1e−11) whose last digits differ between
    // JavaScript engines, so it is shown (element.ts) but not a readout held to the engine's value.
    const out: Record<string, number> = {
      sum: d.sum,
      slope: d.slope,
      product: d.product,
    };
    for (const r of d.rows) {
      out[`delta${r.l}_${r.j}`] = r.delta;
      out[`numeric${r.l}_${r.j}`] = r.numeric;
    }
    return out;
  },
  summary(d, s) {
    return `δ(1) of node ${s.j} = ${formatNumber(d.sum)} × ${formatNumber(d.slope)} = ${formatNumber(d.product)}; every local gradient agrees with its finite difference to ${formatNumber(d.maxDiff)}.`;
  },
};

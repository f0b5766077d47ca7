/**
 * Wiggle one weight of the book's example network (sigmoid layers, squared error, the sample
 * x = EXAMPLE_X, y = EXAMPLE_Y) and watch the loss answer: L as a function of that weight, the
 * tangent whose slope is the backpropagated ∂L/∂w(l)ᵢⱼ = −δ(l)ⱼ z(l−1)ᵢ, and the central finite
 * difference beside it. Two pages, two ids: the output weights' page and the hidden layer's.
 */
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { centralDifference } from '../../../lib/finite-difference.ts';
import { loss } from '../../../lib/network/api.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import type { Network } from '../../../lib/network/types.ts';
import type { FunctionChartData } from '../../charts/function-chart.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { ChoiceParam, NumberParam, StateOf } from '../kit/params.ts';
import { exampleValue, WEIGHT_KEYS, weightRef, weightSymbol, type WeightRef } from './weights.ts';

/** The slider's range, which is also the chart's x range. */
export const RANGE = 5;
/** How many pieces the loss curve is sampled in. */
const SAMPLES = 100;
/** Half the width of the drawn tangent, in weight units. */
const TANGENT_HALF_WIDTH = 2;

function paramsFor(defaultKey: string) {
  return {
    weight: {
      kind: 'choice',
      label: 'weight',
      default: defaultKey,
      options: WEIGHT_KEYS,
    } satisfies ChoiceParam,
    value: {
      kind: 'number',
      label: 'its value',
      default: exampleValue(weightRef(defaultKey)),
      min: -RANGE,
      max: RANGE,
      step: 0.1,
    } satisfies NumberParam,
  } as const;
}

export type WiggleParams = ReturnType<typeof paramsFor>;
export type WiggleState = StateOf<WiggleParams>;

export interface WiggleDerived {
  readonly ref: WeightRef;
  /** L = ½ Σₖ (yₖ − z(2)ₖ)² at the current value. */
  readonly loss: number;
  /** ∂L/∂w from the backward pass. */
  readonly dLdw: number;
  /** δ(l)ⱼ = −∂L/∂a(l)ⱼ, the local gradient of the node the weight feeds. */
  readonly delta: number;
  /** z(l−1)ᵢ, the value flowing in along the weight. */
  readonly zIn: number;
  /** (L(w + h) − L(w − h)) / 2h */
  readonly finiteDifference: number;
  /** z(2), the network's outputs. */
  readonly outputs: readonly number[];
  readonly chart: FunctionChartData;
  /** The chart's y range: the curve's own, padded, so a flat curve still shows its shape. */
  readonly yDomain: readonly [number, number];
}

/** The example network with weight `ref` set to `value` (a fresh copy each time). */
function networkWith(ref: WeightRef, value: number): Network {
  const net = exampleNetwork('sigmoid');
  const layer = net.layers[ref.l - 1]!;
  layer.weights[ref.i * layer.nOut + ref.j] = value;
  return net;
}

/** L as a function of the weight, every other parameter at the example's value. */
function lossOf(ref: WeightRef): (w: number) => number {
  const net = networkWith(ref, 0);
  const layer = net.layers[ref.l - 1]!;
  return (w) => {
    layer.weights[ref.i * layer.nOut + ref.j] = w;
    return loss(net, EXAMPLE_X, EXAMPLE_Y);
  };
}

function deriveWiggle(s: WiggleState): WiggleDerived {
  const ref = weightRef(s.weight);
  const net = networkWith(ref, s.value);
  const cache = forward(net, EXAMPLE_X);
  const { deltas, gradients } = backward(net, cache, EXAMPLE_Y);
  const L = net.layers.length;
  const outputs = cache.z[L]!;
  const lossAt = lossOf(ref);
  const value = net.loss.value(outputs, EXAMPLE_Y);
  const dLdw = gradients[ref.l - 1]!.weights[ref.i]![ref.j]!;
  const curve = Array.from({ length: SAMPLES + 1 }, (_, k) => {
    const w = -RANGE + (2 * RANGE * k) / SAMPLES;
    return [w, lossAt(w)] as const;
  });
  const ys = curve.map((p) => p[1]);
  const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  const pad = Math.max((hi - lo) * 0.15, 0.01);
  const tangent = [-TANGENT_HALF_WIDTH, TANGENT_HALF_WIDTH].map(
    (d) => [s.value + d, value + dLdw * d] as const,
  );
  return {
    ref,
    loss: value,
    dLdw,
    delta: deltas[ref.l]![ref.j]!,
    zIn: cache.z[ref.l - 1]![ref.i]!,
    finiteDifference: centralDifference(lossAt, s.value),
    outputs,
    yDomain: [Math.max(0, lo - pad), hi + pad],
    chart: {
      curves: [
        { points: curve, tone: 'accent', label: 'L', labelAt: -RANGE + 0.3 },
        { points: tangent, tone: 'warm', dashed: true },
      ],
      points: [{ x: s.value, y: value, tone: 'warm' }],
    },
  };
}

/** A model of this widget for one page: its id and the weight it opens on. */
function wiggleModel(id: string, defaultKey: string): WidgetModel<WiggleParams, WiggleDerived> {
  return {
    id,
    params: paramsFor(defaultKey),
    derive: deriveWiggle,
    readouts(d, s) {
      return {
        weight: s.value,
        loss: d.loss,
        dLdw: d.dLdw,
        finiteDifference: d.finiteDifference,
        delta: d.delta,
        zIn: d.zIn,
        ...Object.fromEntries(d.outputs.map((z, k) => [`z${k}`, z])),
      };
    },
    summary(d, s) {
      const w = weightSymbol(d.ref);
      return (
        `${w} = ${formatNumber(s.value)}: loss ${formatNumber(d.loss)}, ` +
        `backpropagated slope ∂L/∂${w} = ${formatNumber(d.dLdw)}, ` +
        `finite difference ${formatNumber(d.finiteDifference)}.`
      );
    },
  };
}

/** On the output weights' page: w(2)₀₀, from hidden node 0 to output 0. */
export const wiggleOutput = wiggleModel('wiggle-output', '2-0-0');
/** On the hidden layer's page: w(1)₀₀, from input 0 to hidden node 0. */
export const wiggleHidden = wiggleModel('wiggle-hidden', '1-0-0');

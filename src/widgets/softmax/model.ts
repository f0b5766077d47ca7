/**
 * The softmax widget: n logits (3 to 5) and a temperature T give the probabilities
 * z = softmax(a / T) and the Jacobian diag(z) − zzᵀ, both computed by lib/activations/softmax.ts.
 * A shift of every logit by the same amount changes no probability; the widget's action shows it.
 */
import { softmax, softmaxJacobian } from '../../../lib/activations/softmax.ts';
import { maxAbsDifference } from '../../../lib/finite-difference.ts';
import type { Bar, BarChartOptions } from '../../charts/bar-chart.ts';
import type { HeatMapData, HeatMapOptions } from '../../charts/heat-map.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { NumberParam, StateOf } from '../kit/params.ts';

export const MAX_LOGITS = 5;
/** The fields take logits up to ±1000 (softmax must stay finite there); sliders span ±10. */
export const LOGIT_LIMIT = 1000;
export const LOGIT_SLIDER = { min: -10, max: 10 } as const;

const SUB = '₀₁₂₃₄';
/** a₀, z₃ …: the book numbers nodes from 0. */
export const indexed = (letter: string, k: number): string => `${letter}${SUB[k]}`;

const logit = (k: number, value: number): NumberParam => ({
  kind: 'number',
  label: `logit ${indexed('a', k)}`,
  default: value,
  min: -LOGIT_LIMIT,
  max: LOGIT_LIMIT,
  step: 0.1,
});

// The worked example's a = [0.3, 0.6], continued in steps of 0.3: each probability is then e^0.3
// times the one before, the same ratio as the example's 0.5744 / 0.4256.
export const softmaxParams = {
  n: {
    kind: 'number',
    label: 'number of classes n',
    default: 3,
    min: 3,
    max: 5,
    step: 1,
    integer: true,
  },
  a0: logit(0, 0.3),
  a1: logit(1, 0.6),
  a2: logit(2, 0.9),
  a3: logit(3, 1.2),
  a4: logit(4, 1.5),
  t: { kind: 'number', label: 'temperature T', default: 1, min: 0.1, max: 10, step: 0.1 },
} as const satisfies Record<string, NumberParam>;

export type SoftmaxState = StateOf<typeof softmaxParams>;
const LOGIT_KEYS = ['a0', 'a1', 'a2', 'a3', 'a4'] as const;

/** The n logits in play (the others keep their values for when n grows again). */
export function logitsOf(s: SoftmaxState): number[] {
  return LOGIT_KEYS.slice(0, s.n).map((key) => s[key]);
}

export interface SoftmaxDerived {
  readonly logits: readonly number[];
  /** z = softmax(a / T). */
  readonly z: readonly number[];
  readonly sum: number;
  /** diag(z) − zzᵀ, the Jacobian of softmax at a / T (∂z/∂a is this divided by T). */
  readonly jacobian: readonly (readonly number[])[];
  readonly bars: readonly Bar[];
  readonly heat: HeatMapData;
}

/** Three significant digits: what fits in a cell of a 5 × 5 matrix on a phone. */
const short = (x: number) => formatNumber(Number(x.toPrecision(3)));

/** Every value within its table's range; an action (a shift past 1000) may propose one that is not. */
function assertInRange(s: SoftmaxState): void {
  for (const [key, param] of Object.entries(softmaxParams)) {
    const v = s[key as keyof SoftmaxState];
    if (!(v >= param.min && v <= param.max)) {
      throw new RangeError(
        `${param.label} must stay from ${formatNumber(param.min)} to ${formatNumber(param.max)}.`,
      );
    }
  }
}

export const barOptions: BarChartOptions = {
  x: { label: 'class' },
  y: { domain: [0, 1], label: 'probability z', ticks: [0, 0.25, 0.5, 0.75, 1] },
};
export const heatOptions: HeatMapOptions = {
  // z(1 − z) and z_j z_k never exceed 1/4.
  scale: 0.25,
  x: { label: 'with respect to input k' },
  y: { label: 'output j' },
};

export const softmaxWidget: WidgetModel<typeof softmaxParams, SoftmaxDerived> = {
  id: 'softmax',
  params: softmaxParams,
  derive(s) {
    assertInRange(s);
    const logits = logitsOf(s);
    const scaled = logits.map((a) => a / s.t);
    const z = softmax(scaled);
    const jacobian = softmaxJacobian(scaled);
    const names = z.map((_, k) => indexed('z', k));
    const inputs = z.map((_, k) => indexed('a', k));
    return {
      logits,
      z,
      sum: z.reduce((total, p) => total + p, 0),
      jacobian,
      bars: z.map((p, k) => ({ label: names[k]!, value: p, text: short(p) })),
      heat: {
        rows: names,
        columns: inputs,
        cells: jacobian.flatMap((row, j) =>
          row.map((value, k) => ({
            row: names[j]!,
            column: inputs[k]!,
            value,
            text: short(value),
          })),
        ),
      },
    };
  },
  readouts(d) {
    return { ...Object.fromEntries(d.z.map((p, k) => [`p${k}`, p])), sum: d.sum };
  },
  summary(d, s) {
    const at = s.t === 1 ? '' : ` at temperature ${formatNumber(s.t)}`;
    return `Probabilities ${d.z.map(formatNumber).join(', ')}${at}; they sum to ${formatNumber(d.sum)}.`;
  },
  actions: {
    // Rounded to 12 digits so repeated shifts leave 1.3 in the field, not 1.3000000000000003.
    shift: (s) => {
      const next: { -readonly [K in keyof SoftmaxState]: SoftmaxState[K] } = { ...s };
      for (const key of LOGIT_KEYS.slice(0, s.n)) next[key] = Number((s[key] + 1).toPrecision(12));
      return next;
    },
  },
};

/** What the shift did, in words: every logit up by 1, and by how much the probabilities moved. */
export function shiftSentence(before: SoftmaxDerived, after: SoftmaxDerived): string {
  const moved = maxAbsDifference(before.z, after.z);
  const change =
    moved === 0
      ? 'not one probability changed'
      : `no probability changed beyond rounding (largest change ${formatNumber(moved)})`;
  return `Every logit rose by 1 and ${change}: softmax(a + c) = softmax(a). Probabilities ${after.z.map(formatNumber).join(', ')}.`;
}

/** The Jacobian in words, row by row, for the heat map's description. */
export function jacobianSentence(d: SoftmaxDerived): string {
  const rows = d.jacobian.map((row, j) => `row ${j}: ${row.map(short).join(', ')}`);
  return `The Jacobian diag(z) − zzᵀ, ${rows.join('; ')}.`;
}

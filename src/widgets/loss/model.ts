/**
 * The loss widget: cross-entropy and squared error of a prediction against a one-hot target as
 * the probability p of the correct class moves. With C classes the prediction puts p on the
 * correct class and (1 − p)/(C − 1) on each other; with C = 2 it is the chapter's [p, 1 − p]
 * against [1, 0]. The logarithm's base is a switch: base 10 gives the post's 0.046 at p = 0.9.
 * lib/losses computes every value and every point of the curves.
 */
import { crossEntropyWithBase } from '../../../lib/losses/cross-entropy.ts';
import { mse } from '../../../lib/losses/mse.ts';
import type { Bar, BarChartOptions } from '../../charts/bar-chart.ts';
import type { FunctionChartData, FunctionChartOptions, XY } from '../../charts/function-chart.ts';
import { sample } from '../../charts/sample.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';

export const MAX_CLASSES = 5;
const CLASS_NAMES = Array.from({ length: MAX_CLASSES }, (_, k) => String(k));

/** The two bases the chapter compares, by the name the address and the switch use. */
export const BASES = { e: Math.E, '10': 10 } as const;
export type BaseName = keyof typeof BASES;
export const baseLabels: Readonly<Record<BaseName, string>> = {
  e: 'natural log, ln',
  '10': 'base 10, log₁₀',
};
/** How −log p is written for each base. */
export const logText: Readonly<Record<BaseName, string>> = { e: '−ln', '10': '−log₁₀' };
export const otherBase = (b: BaseName): BaseName => (b === 'e' ? '10' : 'e');

export const lossParams = {
  p: {
    kind: 'number',
    label: 'probability p of the correct class',
    default: 0.9,
    // From 0.01: the chart's x axis starts there; lib floors log 0 anyway.
    min: 0.01,
    max: 1,
    step: 0.01,
  },
  base: { kind: 'choice', label: 'logarithm', default: 'e', options: ['e', '10'] },
  classes: {
    kind: 'number',
    label: 'number of classes C',
    default: 2,
    min: 2,
    max: MAX_CLASSES,
    step: 1,
    integer: true,
  },
  correct: { kind: 'choice', label: 'correct class', default: '0', options: CLASS_NAMES },
} as const;

export type LossState = StateOf<typeof lossParams>;

/** The one-hot target of class k among C, and the prediction with p on k, the rest shared evenly. */
export function targetAndPrediction(p: number, k: number, C: number): { y: number[]; z: number[] } {
  return {
    y: Array.from({ length: C }, (_, j) => (j === k ? 1 : 0)),
    z: Array.from({ length: C }, (_, j) => (j === k ? p : (1 - p) / (C - 1))),
  };
}

/** A state whose correct class exists: fewer classes move the correct one down to the last. */
export function fitClasses(s: LossState): LossState {
  const k = Number(s.correct);
  return k < s.classes ? s : { ...s, correct: String(s.classes - 1) };
}

export interface LossDerived {
  readonly y: readonly number[];
  readonly z: readonly number[];
  /** Cross-entropy in the chosen base, and in the other one. */
  readonly ce: number;
  readonly ceOther: number;
  /** ½ Σ (y − z)², the chapter's squared error for one sample. */
  readonly mse: number;
  readonly chart: FunctionChartData;
  readonly axes: FunctionChartOptions;
  readonly bars: readonly Bar[];
}

const P_RANGE: XY = [lossParams.p.min, 1];

export const predictionOptions: BarChartOptions = {
  x: { label: 'class (highlighted: the correct one)' },
  y: { domain: [0, 1], label: 'prediction ŷ', ticks: [0, 0.5, 1] },
};

export const lossWidget: WidgetModel<typeof lossParams, LossDerived> = {
  id: 'loss',
  params: lossParams,
  // Fewer classes than the correct one's number moves the correct class down with them.
  normalize: fitClasses,
  derive(s) {
    const C = s.classes;
    const k = Number(s.correct);
    if (!(Number.isInteger(C) && C >= 2 && C <= MAX_CLASSES)) {
      throw new RangeError(
        `The number of classes must be a whole number from 2 to ${MAX_CLASSES}.`,
      );
    }
    if (!(k < C))
      throw new RangeError(`Class ${k} does not exist among ${C} classes (0 to ${C - 1}).`);
    if (!(s.p >= P_RANGE[0] && s.p <= P_RANGE[1])) {
      throw new RangeError(`p must lie from ${formatNumber(P_RANGE[0])} to 1.`);
    }
    const base = s.base as BaseName;
    const ce = crossEntropyWithBase(BASES[base]);
    const other = crossEntropyWithBase(BASES[otherBase(base)]);
    const lossesAt = (p: number) => {
      const { y, z } = targetAndPrediction(p, k, C);
      return { y, z, ce: ce.value(z, y), ceOther: other.value(z, y), mse: mse.value(z, y) };
    };
    const now = lossesAt(s.p);
    return {
      ...now,
      chart: {
        curves: [
          {
            points: sample((p) => lossesAt(p).ce, P_RANGE),
            tone: 'accent',
            label: `cross-entropy (${logText[base]} p)`,
            labelAt: 0.1,
            labelDy: -2,
          },
          {
            points: sample((p) => lossesAt(p).mse, P_RANGE),
            tone: 'warm',
            dashed: true,
            label: 'squared error',
            labelAt: 0.55,
            labelDy: -12,
          },
        ],
        points: [
          { x: s.p, y: now.ce, tone: 'accent' },
          { x: s.p, y: now.mse, tone: 'warm' },
        ],
      },
      axes: {
        x: {
          domain: P_RANGE,
          ticks: [0.2, 0.4, 0.6, 0.8, 1],
          label: 'probability p given to the correct class',
        },
        y: { domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], label: 'loss' },
      },
      bars: now.z.map((v, j) => ({
        label: String(j),
        value: v,
        text: formatNumber(Number(v.toPrecision(3))),
        tone: j === k ? 'accent' : 'soft',
      })),
    };
  },
  readouts(d) {
    return { ce: d.ce, ceOther: d.ceOther, mse: d.mse };
  },
  summary(d, s) {
    const base = s.base as BaseName;
    const p = formatNumber(s.p);
    const of = s.classes === 2 ? '' : ` (${s.classes} classes, correct class ${s.correct})`;
    return `At p = ${p}${of}: cross-entropy ${logText[base]} ${p} = ${formatNumber(d.ce)} (${logText[otherBase(base)]} ${p} = ${formatNumber(d.ceOther)}); squared error ${formatNumber(d.mse)}.`;
  },
};

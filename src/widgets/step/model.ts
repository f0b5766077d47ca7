/**
 * The step-through: one backpropagation of a small network on one sample, step by step, with every
 * number from the engine (lib/network/step-through.ts), the step check of each parameter against
 * −η times central differences (lib/network/step-check.ts), a mistake a reader can switch on
 * (lib/network/mistakes.ts), and k repeated steps for the loss chart. The network is a named
 * preset or any pasted JSON in the engine's format; x, y and η come with it.
 */
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import {
  MISTAKES,
  mistakeById,
  mistakeNeeds,
  type Mistake,
} from '../../../lib/network/mistakes.ts';
import { checkSteps, type StepCheck } from '../../../lib/network/step-check.ts';
import {
  parameterValues,
  sampleValues,
  stepThrough,
  type BackpropStep,
  type StepThrough,
  type StepValue,
} from '../../../lib/network/step-through.ts';
import { repeatSteps, type RepeatedSteps } from '../../../lib/network/step-training.ts';
import { layerSizes, type Network } from '../../../lib/network/types.ts';
import type { FunctionChartData, FunctionChartOptions } from '../../charts/function-chart.ts';
import { formatNumber } from '../../lib-site/format.ts';
import type { WidgetModel } from '../kit/model.ts';
import type { StateOf } from '../kit/params.ts';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets.ts';

/** The largest network the step-through draws and tables: 8 nodes a layer, 8 layers. */
export const MAX_NODES = 8;
export const MAX_LAYERS = 8;
/** 4L + 1 steps for L layers. */
export const MAX_STEPS = 4 * MAX_LAYERS + 1;

export const CHART_TITLE = 'The loss over repeated steps on the one sample';

const sample = (label: string, value: readonly number[]) =>
  ({
    kind: 'list',
    label,
    default: value,
    min: -1000,
    max: 1000,
    minLength: 1,
    maxLength: MAX_NODES,
  }) as const;

export const stepParams = {
  preset: { kind: 'choice', label: 'network', default: 'example', options: PRESET_NAMES },
  net: { kind: 'text', label: 'pasted network', default: '', maxLength: 40_000 },
  x: sample('sample x', PRESETS.example.x),
  y: sample('target y', PRESETS.example.y),
  eta: { kind: 'number', label: 'learning rate η', default: 0.5, min: 0.01, max: 10, step: 0.01 },
  at: {
    kind: 'number',
    label: 'step',
    default: 0,
    min: 0,
    max: MAX_STEPS,
    step: 1,
    integer: true,
  },
  mistake: {
    kind: 'choice',
    label: 'break it',
    default: 'none',
    options: ['none', ...MISTAKES.map((m) => m.id)],
  },
  k: {
    kind: 'number',
    label: 'repeated steps k',
    default: 20,
    min: 1,
    max: 200,
    step: 1,
    integer: true,
  },
} as const;

export type StepState = StateOf<typeof stepParams>;

/** One row of the value table: where the value sits, its symbol and the value. */
export interface TableRow extends StepValue {
  /** 0 for the network before the step, otherwise the step (1-based) that computes it. */
  readonly step: number;
}

export interface StepDerived {
  readonly net: Network;
  readonly sizes: readonly number[];
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly run: StepThrough;
  readonly check: StepCheck;
  readonly mistake: Mistake | undefined;
  /** What the switched-on mistake does, or why it changes nothing here; null with no mistake. */
  readonly mistakeNote: string | null;
  /** The step shown (1-based), or null before the first. */
  readonly current: BackpropStep | null;
  readonly table: readonly TableRow[];
  readonly training: RepeatedSteps;
  readonly chart: FunctionChartData;
  readonly axes: FunctionChartOptions;
}

const sameList = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** The network a state names: its pasted JSON, or the preset's. Throws fromJSON's message. */
export function networkOf(s: Pick<StepState, 'net' | 'preset'>): Network {
  const net = s.net === '' ? fromJSON(PRESETS[s.preset as PresetName].json) : pasted(s.net);
  const sizes = layerSizes(net);
  if (net.layers.length > MAX_LAYERS) {
    throw new RangeError(
      `The network has ${net.layers.length} layers; the step-through shows at most ${MAX_LAYERS}.`,
    );
  }
  const big = sizes.findIndex((n) => n > MAX_NODES);
  if (big >= 0) {
    throw new RangeError(
      `Layer ${big} has ${sizes[big]} nodes; the step-through shows at most ${MAX_NODES} a layer.`,
    );
  }
  return net;
}

function pasted(text: string): Network {
  try {
    return fromJSON(text);
  } catch (error) {
    throw new RangeError(`The pasted network: ${(error as Error).message}.`, { cause: error });
  }
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function checkSample(net: Network, x: readonly number[], y: readonly number[]): void {
  const sizes = layerSizes(net);
  const inputs = sizes[0]!;
  const outputs = sizes.at(-1)!;
  if (x.length !== inputs) {
    throw new RangeError(
      `x has ${count(x.length, 'value')} but the network takes ${count(inputs, 'input')}: give ${inputs}.`,
    );
  }
  if (y.length !== outputs) {
    throw new RangeError(
      `y has ${count(y.length, 'value')} but the network has ${count(outputs, 'output')}: give ${outputs}.`,
    );
  }
}

function chartOf(losses: readonly number[]): Pick<StepDerived, 'chart' | 'axes'> {
  const top = Math.max(...losses);
  const steps = Math.max(1, losses.length - 1);
  return {
    chart: {
      curves: [{ points: losses.map((v, k) => [k, v] as const), tone: 'accent' }],
      points: [
        {
          x: losses.length - 1,
          y: losses.at(-1)!,
          tone: 'accent',
          label: `after ${losses.length - 1}`,
          dx: -8,
          dy: -12,
        },
      ],
    },
    axes: {
      x: { domain: [0, steps], label: 'step' },
      y: { domain: [0, Math.ceil(top * 11) / 10 || 0.1], label: 'loss L' },
    },
  };
}

/** Every value of the step-through in table order: the network and sample, then each step's. */
function tableOf(net: Network, x: readonly number[], y: readonly number[], run: StepThrough) {
  const before: TableRow[] = [
    ...sampleValues(x, y, net.layers.length),
    ...parameterValues(net),
  ].map((v) => ({ ...v, step: 0 }));
  return [...before, ...run.steps.flatMap((s, k) => s.values.map((v) => ({ ...v, step: k + 1 })))];
}

/** What a mistake does to this network, or what the network lacks for it to do anything. */
function mistakeNoteOf(net: Network, mistake: Mistake | undefined): string | null {
  if (mistake === undefined) return null;
  const needs = mistakeNeeds(net, mistake);
  if (needs === null) return `Broken on purpose: ${mistake.explanation}`;
  const hint =
    needs === 'a softmax output layer' ? ` (the menu’s “${PRESETS.softmax.label}” has one)` : '';
  return `This mistake needs ${needs}${hint}; on this network it changes nothing.`;
}

/** The network's JSON before the step, and after it (null when the update cannot be applied). */
export function exportJSON(d: StepDerived): { before: string; after: string | null } {
  return {
    before: JSON.stringify(toJSON(d.net)),
    after: d.run.updated === null ? null : JSON.stringify(toJSON(d.run.updated)),
  };
}

export const step: WidgetModel<typeof stepParams, StepDerived> = {
  id: 'step',
  params: stepParams,
  normalize(s) {
    // A link that names a preset but no sample gets the preset's own sample. A sample the reader
    // typed is never replaced: one that does not fit is refused with a message instead.
    const untouched = sameList(s.x, stepParams.x.default) && sameList(s.y, stepParams.y.default);
    if (s.net !== '' || !untouched) return s;
    const preset = PRESETS[s.preset as PresetName];
    return { ...s, x: preset.x, y: preset.y };
  },
  derive(s) {
    const net = networkOf(s);
    checkSample(net, s.x, s.y);
    const mistake = mistakeById(s.mistake);
    const run = stepThrough(net, s.x, s.y, s.eta, mistake);
    if (s.at > run.steps.length) {
      throw new RangeError(
        `This network has ${run.steps.length} steps; step ${s.at} is past them.`,
      );
    }
    const check = checkSteps(net, s.x, s.y, s.eta, run.updates);
    const training = repeatSteps(net, s.x, s.y, s.eta, s.k, mistake);
    return {
      net,
      sizes: layerSizes(net),
      x: s.x,
      y: s.y,
      run,
      check,
      mistake,
      mistakeNote: mistakeNoteOf(net, mistake),
      current: s.at === 0 ? null : run.steps[s.at - 1]!,
      table: tableOf(net, s.x, s.y, run),
      training,
      ...chartOf(training.losses),
    };
  },
  actions: {
    next: (s) => ({ ...s, at: Math.min(stepCount(s), s.at + 1) }),
    previous: (s) => ({ ...s, at: Math.max(0, s.at - 1) }),
  },
  readouts(d, s) {
    const out: Record<string, number> = {
      at: s.at,
      steps: d.run.steps.length,
      loss: d.run.loss,
      failed: d.check.failed,
      checked: d.check.rows.length,
      trained: d.training.losses.at(-1)!,
    };
    if (d.run.updated !== null) out['after'] = d.training.losses[1] ?? d.run.loss;
    return out;
  },
  summary(d, s) {
    const where =
      d.current === null
        ? `Before the first of ${d.run.steps.length} steps`
        : `Step ${s.at} of ${d.run.steps.length}: ${d.current.title}`;
    const verdict = d.check.passed
      ? `every one of the ${d.check.rows.length} parameters passes the gradient check`
      : `${d.check.failed} of the ${d.check.rows.length} parameters fail the gradient check`;
    return `${where}. The loss is ${formatNumber(d.run.loss)}; ${verdict}.`;
  },
};

/** How many steps one backpropagation of the state's network takes: 4L + 1. */
export function stepCount(s: Pick<StepState, 'net' | 'preset'>): number {
  return 4 * networkOf(s).layers.length + 1;
}

/** The step field's hint: its range is this network's steps, not the widget's largest. */
export const stepHint = (steps: number): string =>
  `whole number from 0 to ${steps}, this network’s steps`;

/** Whether a step index is past the last step of this network (Play stops there). */
export const isLastStep = (d: StepDerived, s: StepState): boolean => s.at >= d.run.steps.length;

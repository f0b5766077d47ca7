/**
 * The table of the playground's address keys, as TensorFlow Playground's state.ts describes its
 * own: each key has one codec that reads its text and writes it back, in Playground's spellings
 * (`true`/`false`, `4,2`, `reg-plane`). The table's order is the order the address is written in:
 * Playground's keys in its own order, then ours.
 */
import { parseNumber, type Parsed } from '../kit/params.ts';
import { playgroundSetNames, playgroundSets } from '../../../lib/playground/datasets.ts';
import type { ProblemKind } from '../../../lib/playground/points.ts';
import { decodePoints, encodePoints, MAX_POINTS } from './address-points.ts';
import type {
  ClassDataset,
  HiddenActivation,
  OutputLoss,
  PlaygroundState,
  RegDataset,
  Regularization,
} from './address.ts';
import {
  ACTIVATION_LABELS,
  LOSS_LABELS,
  PROBLEM_LABELS,
  REGULARIZATION_LABELS,
} from './options.ts';

/** How one key's value is read from its (URL-decoded) text and written back. */
export interface KeyCodec<V> {
  parse(text: string): Parsed<V>;
  format(value: V): string;
}

/** The longest seed text read; Playground writes five decimals, e.g. `0.31297`. */
export const MAX_SEED_LENGTH = 100;
/** The longest function-boundary expression read. */
export const MAX_FN_LENGTH = 200;
/** Most hidden layers, and most nodes in one. */
export const MAX_HIDDEN_LAYERS = 6;
export const MAX_LAYER_NODES = 8;

// Records keyed by the union types, so the compiler refuses a list that misses a value.
// The data sets come from the one registry (lib/playground/datasets.ts), plus the reader's own.
const setsOf = (kind: ProblemKind): Record<string, true> =>
  Object.fromEntries(
    [...playgroundSetNames.filter((name) => playgroundSets[name].kind === kind), 'custom'].map(
      (name) => [name, true],
    ),
  );
const CLASS_DATASETS = setsOf('classification') as Record<ClassDataset, true>;
const REG_DATASETS = setsOf('regression') as Record<RegDataset, true>;
// The page's menus name the same values; typing them here holds the two to one list.
const ACTIVATIONS: Record<HiddenActivation, string> = ACTIVATION_LABELS;
const REGULARIZATIONS: Record<Regularization, string> = REGULARIZATION_LABELS;
const PROBLEMS: Record<ProblemKind, string> = PROBLEM_LABELS;
const LOSSES: Record<OutputLoss, string> = LOSS_LABELS;

function choice<T extends string>(values: Readonly<Record<T, unknown>>): KeyCodec<T> {
  const options = Object.keys(values) as T[];
  return {
    parse: (text) =>
      (options as string[]).includes(text)
        ? { ok: true, value: text as T }
        : { ok: false, message: `“${shorten(text)}” is not one of: ${options.join(', ')}.` },
    format: (value) => value,
  };
}

function number(min: number, max: number, integer = false): KeyCodec<number> {
  return { parse: (text) => parseNumber(text, { min, max, integer }), format: String };
}

// Playground writes true and false; it reads anything but "false" as true, we say what we expect.
const flag: KeyCodec<boolean> = {
  parse: (text) =>
    text === 'true' || text === 'false'
      ? { ok: true, value: text === 'true' }
      : { ok: false, message: `“${shorten(text)}” is not true or false.` },
  format: String,
};

function text(maxLength: number, allowEmpty: boolean): KeyCodec<string> {
  return {
    parse: (raw) => {
      if (!allowEmpty && raw.trim() === '') return { ok: false, message: 'The value is empty.' };
      if (raw.length > maxLength) {
        return {
          ok: false,
          message: `Too long: ${raw.length} characters, at most ${maxLength} are read.`,
        };
      }
      return { ok: true, value: raw };
    },
    format: (value) => value,
  };
}

// Hidden layer sizes, `4,2`; the empty text is no hidden layer, as in Playground.
const networkShape: KeyCodec<readonly number[]> = {
  parse: (raw) => {
    if (raw.trim() === '') return { ok: true, value: [] };
    const parts = raw.split(',');
    if (parts.length > MAX_HIDDEN_LAYERS) {
      return {
        ok: false,
        message: `${parts.length} hidden layers are too many: at most ${MAX_HIDDEN_LAYERS}.`,
      };
    }
    const sizes: number[] = [];
    for (const [k, part] of parts.entries()) {
      const parsed = parseNumber(part, { min: 1, max: MAX_LAYER_NODES, integer: true });
      if (!parsed.ok) return { ok: false, message: `hidden layer ${k + 1}: ${parsed.message}` };
      sizes.push(parsed.value);
    }
    return { ok: true, value: sizes };
  },
  format: (sizes) => sizes.join(','),
};

const points: KeyCodec<PlaygroundState['points']> = {
  parse: decodePoints,
  // The state should never hold more; if it does, the address keeps the first MAX_POINTS.
  format: (list) => {
    const encoded = encodePoints(list.slice(0, MAX_POINTS));
    return encoded.ok ? encoded.value : '';
  },
};

/** Every key of the state with its codec, in the order the address is written. */
export const KEYS: { readonly [K in keyof PlaygroundState]: KeyCodec<PlaygroundState[K]> } = {
  activation: choice(ACTIVATIONS),
  regularization: choice(REGULARIZATIONS),
  batchSize: number(1, 30, true),
  dataset: choice(CLASS_DATASETS),
  regDataset: choice(REG_DATASETS),
  learningRate: number(0.00001, 10),
  regularizationRate: number(0, 10),
  noise: number(0, 50, true),
  networkShape,
  seed: text(MAX_SEED_LENGTH, false),
  showTestData: flag,
  discretize: flag,
  percTrainData: number(10, 90, true),
  x: flag,
  y: flag,
  xTimesY: flag,
  xSquared: flag,
  ySquared: flag,
  sinX: flag,
  sinY: flag,
  problem: choice(PROBLEMS),
  classes: number(3, 5, true),
  loss: choice(LOSSES),
  fn: text(MAX_FN_LENGTH, true),
  points,
};

/** Playground's keys this page does not use: read without complaint and dropped. */
export const IGNORED_KEYS: ReadonlySet<string> = new Set([
  'cosX',
  'cosY',
  'collectStats',
  'initZero',
  'hideText',
  'tutorial',
  'numHiddenLayers',
]);

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

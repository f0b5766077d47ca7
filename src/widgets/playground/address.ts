/**
 * The playground's whole state and its address. The state lives in the hash with TensorFlow
 * Playground's keys and value spellings (`#activation=tanh&batchSize=10&…&x=true`), so a Playground
 * link pasted after `/playground/` opens the same setup and ours open in Playground where the keys
 * overlap. The keys, their codecs and their order are the table in address-keys.ts.
 */
import type { ActivationName } from '../../../lib/activations/types.ts';
import type { LossName } from '../../../lib/losses/types.ts';
import type { PlaygroundSetName } from '../../../lib/playground/datasets.ts';
import type { FeatureName } from '../../../lib/playground/features.ts';
import type { Point, ProblemKind } from '../../../lib/playground/points.ts';
import { IGNORED_KEYS, KEYS, type KeyCodec } from './address-keys.ts';

/** The hidden layers' activations Playground offers (its `activation` values). */
export type HiddenActivation = Extract<ActivationName, 'relu' | 'tanh' | 'sigmoid' | 'linear'>;
/** Playground's `regularization` values. */
export type Regularization = 'none' | 'L1' | 'L2';
/**
 * Classification sets: Playground's four and ours (Gaussian blobs, a function's boundary), from the
 * registry, and the reader's own. The regression sets' names start with `reg-`, as Playground's do.
 */
export type ClassDataset = Exclude<PlaygroundSetName, `reg-${string}`> | 'custom';
/** Regression sets: two of Playground's and the reader's own. */
export type RegDataset = Extract<PlaygroundSetName, `reg-${string}`> | 'custom';
/**
 * The output and loss of a two-class or regression network: `mse` is Playground's tanh output with
 * ½(z − y)²; `crossEntropy` a sigmoid output with binary cross-entropy. With three or more classes
 * the output is always softmax with cross-entropy, whatever this says.
 */
export type OutputLoss = LossName;

/** Every setting of the playground, one typed field per address key. */
export interface PlaygroundState {
  readonly activation: HiddenActivation;
  /** Samples per gradient step, whole 1…30. */
  readonly batchSize: number;
  readonly dataset: ClassDataset;
  readonly regDataset: RegDataset;
  /** η, in [0.00001, 10]. */
  readonly learningRate: number;
  readonly regularization: Regularization;
  /** λ, in [0, 10]. */
  readonly regularizationRate: number;
  /** Noise level, whole 0…50 (percent). */
  readonly noise: number;
  /** n(1), …, n(L−1): 0…6 hidden layers of 1…8 nodes each; empty for no hidden layer. */
  readonly networkShape: readonly number[];
  /** Playground's seed is a string; seedNumber turns it into createRng's number. */
  readonly seed: string;
  /** Percent of the points used for training, whole 10…90. */
  readonly percTrainData: number;
  /** The input features, by Playground's keys: true when that input node is on. */
  readonly x: boolean;
  readonly y: boolean;
  readonly xTimesY: boolean;
  readonly xSquared: boolean;
  readonly ySquared: boolean;
  readonly sinX: boolean;
  readonly sinY: boolean;
  readonly problem: ProblemKind;
  readonly showTestData: boolean;
  readonly discretize: boolean;
  /** Our key: the number of classes of the blobs set, 3…5. */
  readonly classes: number;
  /** Our key: the output and loss of a two-class or regression network. */
  readonly loss: OutputLoss;
  /** Our key: the function-boundary set's expression text, at most 200 characters. */
  readonly fn: string;
  /** Our key: the reader's own points (when dataset or regDataset is `custom`), at most 500. */
  readonly points: readonly Point[];
}

/**
 * Playground's defaults where it has them (circle, tanh, 4-2 hidden nodes, η = 0.03, batch 10,
 * inputs x₁ and x₂). Playground draws a random seed when the address has none; ours is fixed so
 * the page the server renders is the page the reader first sees.
 */
export const DEFAULT_STATE: PlaygroundState = {
  activation: 'tanh',
  batchSize: 10,
  dataset: 'circle',
  regDataset: 'reg-plane',
  learningRate: 0.03,
  regularization: 'none',
  regularizationRate: 0,
  noise: 0,
  networkShape: [4, 2],
  seed: '0.12345',
  percTrainData: 50,
  x: true,
  y: true,
  xTimesY: false,
  xSquared: false,
  ySquared: false,
  sinX: false,
  sinY: false,
  problem: 'classification',
  showTestData: false,
  discretize: false,
  classes: 3,
  loss: 'mse',
  fn: 'sin(3*x)',
  points: [],
};

/** The feature keys of the state that are on, in the order given (the network's input order). */
export function chosenFeatures(
  state: PlaygroundState,
  order: readonly FeatureName[],
): FeatureName[] {
  return order.filter((name) => state[name]);
}

/** One address value that could not be used; that key keeps its default. */
export interface PlaygroundProblem {
  readonly key: string;
  readonly message: string;
}

/**
 * The state a hash describes (with or without its '#'): each known key that parses replaces the
 * default; a bad value keeps the default and is reported in plain words naming the key. Playground's
 * keys we do not use (cosX, collectStats, …) are ignored quietly; other unknown keys are reported
 * as ignored, so a misspelt key does not vanish without a word.
 */
export function readPlaygroundAddress(hash: string): {
  state: PlaygroundState;
  problems: PlaygroundProblem[];
} {
  const state: Record<string, unknown> = { ...DEFAULT_STATE };
  const problems: PlaygroundProblem[] = [];
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    if (!Object.hasOwn(KEYS, key)) {
      if (!IGNORED_KEYS.has(key) && !key.endsWith('_hide')) {
        problems.push({ key, message: `“${shorten(key)}” is not a playground setting; ignored.` });
      }
      continue;
    }
    const codec = KEYS[key as keyof PlaygroundState] as KeyCodec<unknown>;
    let text: string;
    try {
      text = decodeURIComponent(raw);
    } catch {
      problems.push({
        key,
        message: `${key}: the value is not valid URL text. The default is used.`,
      });
      continue;
    }
    const parsed = codec.parse(text);
    if (parsed.ok) state[key] = parsed.value;
    else problems.push({ key, message: `${key}: ${parsed.message} The default is used.` });
  }
  return { state: state as unknown as PlaygroundState, problems };
}

/** The hash for a state, without '#': every key, in the table's fixed order (Playground's first). */
export function writePlaygroundAddress(state: PlaygroundState): string {
  return Object.entries(KEYS)
    .map(([key, codec]) => {
      const text = (codec as KeyCodec<unknown>).format(state[key as keyof PlaygroundState]);
      return `${key}=${encodeValue(text)}`;
    })
    .join('&');
}

/**
 * A stable 32-bit hash of Playground's seed string (FNV-1a over its UTF-16 code units), the number
 * createRng takes: the same seed text always gives the same network and data.
 */
export function seedNumber(seed: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < seed.length; k++) {
    h ^= seed.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A value as URL text. Playground reads its hash without decoding it, so the commas of `4,2` stay
 * as they are (a comma is allowed in a fragment); !'()* are escaped although encodeURIComponent
 * leaves them, because a link pasted into prose or Markdown can break on them.
 */
function encodeValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/%2C/g, ',')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

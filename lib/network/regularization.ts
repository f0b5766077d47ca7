import type { DenseLayer, Network } from './types.ts';

/**
 * Weight penalties, as TensorFlow Playground's RegularizationFunction: a penalty R(w) on one
 * weight beside its derivative R′(w). Training then descends on L̄ + λ·Σ_w R(w), the sum over every
 * weight of the network (never the biases: a bias shifts a node's input, it does not make the
 * network more wiggly, so penalising it only pulls the fit away from the data).
 */

/** The registry's names, as Playground writes them in its address. */
export type RegularizationName = 'none' | 'L1' | 'L2';

/** One penalty R(w) on a single weight, its derivative R′(w) and its TeX. */
export interface Regularization {
  readonly name: RegularizationName;
  /** Plain-text label for the page. */
  readonly label: string;
  readonly tex: { readonly value: string; readonly der: string };
  /** R(w) */
  value(w: number): number;
  /** R′(w); for L1 the subgradient 0 at w = 0, so a weight already at 0 stays there. */
  der(w: number): number;
}

/** No penalty: R(w) = 0. */
export const none: Regularization = {
  name: 'none',
  label: 'none',
  tex: { value: '0', der: '0' },
  value: () => 0,
  der: () => 0,
};

/** L1: R(w) = |w|, R′(w) = sign(w) (0 at 0). */
export const L1: Regularization = {
  name: 'L1',
  label: 'L1',
  tex: { value: String.raw`\lvert w\rvert`, der: String.raw`\operatorname{sign}(w)` },
  value: (w) => Math.abs(w),
  der: (w) => (w > 0 ? 1 : w < 0 ? -1 : 0),
};

/** L2: R(w) = ½w², R′(w) = w. */
export const L2: Regularization = {
  name: 'L2',
  label: 'L2',
  tex: { value: String.raw`\tfrac{1}{2}w^2`, der: 'w' },
  value: (w) => 0.5 * w * w,
  der: (w) => w,
};

/** Every penalty by name. */
export const regularizations: Readonly<Record<RegularizationName, Regularization>> = {
  none,
  L1,
  L2,
};

/** ['none', 'L1', 'L2'], in registry order. */
export const regularizationNames = Object.keys(regularizations) as RegularizationName[];

/** True when `name` is a key of the registry (not an inherited property such as 'toString'). */
export function isRegularizationName(name: unknown): name is RegularizationName {
  return typeof name === 'string' && Object.hasOwn(regularizations, name);
}

/** The training option: which penalty R and its rate λ in L̄ + λ·ΣR(w). */
export interface RegularizationSetting {
  readonly name: RegularizationName;
  readonly rate: number;
}

/** Σ over every weight (not the biases) of R(w), without the rate λ. */
export function regularizationPenalty(net: Network, name: RegularizationName): number {
  // isRegularizationName, not a plain lookup: 'toString' is found on every object's prototype.
  if (!isRegularizationName(name))
    throw new RangeError(`regularizationPenalty: unknown penalty ${String(name)}`);
  const penalty = regularizations[name];
  let sum = 0;
  for (const { weights } of net.layers)
    for (let k = 0; k < weights.length; k++) sum += penalty.value(weights[k]!);
  return sum;
}

/** The plain-words problem with a regularisation option, or null when it is usable. */
export function regularizationProblem(setting: RegularizationSetting): string | null {
  if (typeof setting !== 'object' || setting === null)
    return 'the regularization must be an object { name, rate }';
  if (!isRegularizationName(setting.name))
    return `the regularization must be 'none', 'L1' or 'L2', got ${JSON.stringify(setting.name)}`;
  const { rate } = setting;
  if (!(typeof rate === 'number' && Number.isFinite(rate) && rate >= 0))
    return `the regularization rate λ must be a finite number ≥ 0, got ${String(rate)}`;
  return null;
}

/**
 * What one update step needs of the penalty: R′ and ηλ folded in, and whether a weight the penalty
 * pulls across 0 stops at 0 (L1). Null when there is nothing to do ('none' or λ = 0), so the
 * unregularised step runs exactly the code it ran before.
 */
export interface ActivePenalty {
  readonly der: (w: number) => number;
  /** λ, the rate; the step multiplies it by η. */
  readonly rate: number;
  /** L1: a weight the penalty's pull would carry across 0 is set to exactly 0. */
  readonly clipAtZero: boolean;
}

/** The setting as the fast path uses it (null for no work); throws on a bad setting. */
export function activePenalty(setting: RegularizationSetting | undefined): ActivePenalty | null {
  if (setting === undefined) return null;
  const problem = regularizationProblem(setting);
  if (problem) throw new RangeError(problem);
  if (setting.name === 'none' || setting.rate === 0) return null;
  return {
    der: regularizations[setting.name].der,
    rate: setting.rate,
    clipAtZero: setting.name === 'L1',
  };
}

/** One weight after a step: w − η·∂L̄/∂w (given as `dataStep`) − ηλR′(w), R′ at the old weight. */
export function penalisedWeight(
  w: number,
  dataStep: number,
  eta: number,
  p: ActivePenalty,
): number {
  const afterData = w - dataStep;
  const after = afterData - eta * p.rate * p.der(w);
  // L1 pulls by the same ηλ however small |w| is, so a small weight would jump across 0 and back
  // on every step. Stopping it at exactly 0 where the pull would carry it across (as Playground
  // does) keeps it from oscillating there: L1 can switch a connection off.
  return p.clipAtZero && afterData * after < 0 ? 0 : after;
}

/**
 * The online update of one layer under a penalty: W := W − η(z gᵀ + λR′(W)) and b := b − η g,
 * with below = W g from the weights before they change (fast.ts's updateLayer plus the penalty;
 * a separate loop so an unpenalised step runs the unrolled one untouched).
 */
export function updateLayerPenalised(
  layer: DenseLayer,
  g: Float64Array,
  input: Float64Array,
  base: number,
  below: Float64Array | null,
  eta: number,
  p: ActivePenalty,
): void {
  const { nIn, nOut, weights, biases } = layer;
  for (let i = 0; i < nIn; i++) {
    const step = eta * input[base + i]!;
    const row = i * nOut;
    let s = 0;
    for (let j = 0; j < nOut; j++) {
      const w = weights[row + j]!;
      s += w * g[j]!;
      weights[row + j] = penalisedWeight(w, step * g[j]!, eta, p);
    }
    if (below) below[i] = s;
  }
  for (let j = 0; j < nOut; j++) biases[j] = biases[j]! - eta * g[j]!;
}

/**
 * The input features the playground can feed its network, by TensorFlow Playground's address
 * keys: each maps a point (x₁, x₂) of the plane to one input node's value.
 */

/** The feature keys, as TensorFlow Playground names them in its address. */
export type FeatureName = 'x' | 'y' | 'xSquared' | 'ySquared' | 'xTimesY' | 'sinX' | 'sinY';

/** One input feature: its key, how the page labels it, its TeX and the map it computes. */
export interface Feature {
  readonly name: FeatureName;
  /** Plain-text label, e.g. "x₁²". */
  readonly label: string;
  readonly tex: string;
  readonly f: (x1: number, x2: number) => number;
}

/** Every feature, in the order the page lists them. */
export const features: Readonly<Record<FeatureName, Feature>> = {
  x: { name: 'x', label: 'x₁', tex: 'x_1', f: (x1) => x1 },
  y: { name: 'y', label: 'x₂', tex: 'x_2', f: (_, x2) => x2 },
  xSquared: { name: 'xSquared', label: 'x₁²', tex: 'x_1^2', f: (x1) => x1 * x1 },
  ySquared: { name: 'ySquared', label: 'x₂²', tex: 'x_2^2', f: (_, x2) => x2 * x2 },
  xTimesY: { name: 'xTimesY', label: 'x₁x₂', tex: 'x_1x_2', f: (x1, x2) => x1 * x2 },
  sinX: { name: 'sinX', label: 'sin x₁', tex: String.raw`\sin x_1`, f: (x1) => Math.sin(x1) },
  sinY: { name: 'sinY', label: 'sin x₂', tex: String.raw`\sin x_2`, f: (_, x2) => Math.sin(x2) },
};

/** Every feature key, in the order of `features`. */
export const featureNames = Object.keys(features) as FeatureName[];

/** True when `name` is a feature key (not an inherited property such as 'toString'). */
export function isFeatureName(name: unknown): name is FeatureName {
  return typeof name === 'string' && Object.hasOwn(features, name);
}

/**
 * The network's input rows for many points: row k holds the chosen features of point k, in the
 * order given. `points` is flat [x₁, x₂, x₁, x₂, …]; the result is row-major, one row per point.
 */
export function featureRows(
  chosen: readonly FeatureName[],
  points: ArrayLike<number>,
): Float64Array {
  if (points.length % 2 !== 0) {
    throw new RangeError(`featureRows: ${points.length} coordinates do not make whole points`);
  }
  const count = points.length / 2;
  const maps = chosen.map((name) => features[name].f);
  const rows = new Float64Array(count * maps.length);
  for (let k = 0; k < count; k++) {
    const x1 = points[2 * k]!;
    const x2 = points[2 * k + 1]!;
    for (let f = 0; f < maps.length; f++) rows[k * maps.length + f] = maps[f]!(x1, x2);
  }
  return rows;
}

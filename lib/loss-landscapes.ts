/**
 * The two loss curves of the optimization chapter, each with its derivative beside it: the parabola
 * ½(θ − 2)² of one output with target 2, and a made-up curve with two minima, L₁ deep and L₂
 * shallow, that shows why a large step can land in the wrong valley.
 */
import { OPTIMIZATION_TARGET } from './examples.ts';

export interface LossLandscape {
  readonly name: 'parabola' | 'twoMinima';
  readonly label: string;
  /** L(θ) */
  readonly f: (theta: number) => number;
  /** dL/dθ */
  readonly df: (theta: number) => number;
  /** The interval of θ the chapter draws. */
  readonly domain: readonly [number, number];
  /** The loss axis the chapter draws. */
  readonly range: readonly [number, number];
}

/** ½(θ − 2)², minimum 0 at θ = 2. */
export const parabola: LossLandscape = {
  name: 'parabola',
  label: 'One output, target 2: ½(θ − 2)²',
  f: (t) => 0.5 * (t - OPTIMIZATION_TARGET) ** 2,
  df: (t) => t - OPTIMIZATION_TARGET,
  domain: [-1, 5],
  range: [-0.25, 5],
};

/** 0.12(θ² − 4)² + 0.3θ + 1: a deep minimum near θ = −2.1 and a shallow one near θ = 1.9. */
export const twoMinima: LossLandscape = {
  name: 'twoMinima',
  label: 'Two minima',
  f: (t) => 0.12 * (t * t - 4) ** 2 + 0.3 * t + 1,
  df: (t) => 0.48 * t * (t * t - 4) + 0.3,
  domain: [-3, 3],
  range: [0, 5],
};

export const lossLandscapes = { parabola, twoMinima } as const;

import type { Rng } from '../random.ts';
import { validateOptions, type Dataset, type DatasetOptions } from './types.ts';

/** The 1-D curve to fit: y = sin(πx) on x ∈ [−1, 1] (one full period). */
export function sineCurve(x: number): number {
  return Math.sin(Math.PI * x);
}

/** The 2-D surface to fit: a Gaussian bump y = e^(−2(x₁² + x₂²)) on [−1, 1]², 1 at the centre. */
export function bumpSurface(x1: number, x2: number): number {
  return Math.exp(-2 * (x1 * x1 + x2 * x2));
}

/** The noise-free value plus N(0, noise²): the target's noise, the input is exact. */
function noisy(rng: Rng, value: number, noise: number): number {
  return noise === 0 ? value : value + noise * rng.normal();
}

/** 1-D regression: x ~ U(−1, 1), target [sin(πx) + noise]. */
export function regression1d(rng: Rng, options: DatasetOptions): Dataset {
  validateOptions('regression1d', options);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let i = 0; i < options.count; i++) {
    const x = rng.uniform(-1, 1);
    inputs.push([x]);
    targets.push([noisy(rng, sineCurve(x), options.noise)]);
  }
  return { name: 'regression1d', kind: 'regression', inputs, targets };
}

/** 2-D regression: (x₁, x₂) ~ U([−1, 1]²), target [e^(−2(x₁² + x₂²)) + noise]. */
export function regression2d(rng: Rng, options: DatasetOptions): Dataset {
  validateOptions('regression2d', options);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let i = 0; i < options.count; i++) {
    const x1 = rng.uniform(-1, 1);
    const x2 = rng.uniform(-1, 1);
    inputs.push([x1, x2]);
    targets.push([noisy(rng, bumpSurface(x1, x2), options.noise)]);
  }
  return { name: 'regression2d', kind: 'regression', inputs, targets };
}

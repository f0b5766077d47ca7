import type { Vec, VectorActivation } from './types.ts';

/**
 * softmax(a)_k = e^(a_k) / Σ_j e^(a_j). Subtracting max(a) first changes nothing mathematically
 * (the factor e^(−max) cancels) but keeps every exponent ≤ 0, so softmax(1000, 0) is [1, 0], not NaN.
 */
export function softmaxInto(a: ArrayLike<number>, z: Vec): void {
  let max = -Infinity;
  for (let k = 0; k < a.length; k++) if (a[k]! > max) max = a[k]!;
  let sum = 0;
  for (let k = 0; k < a.length; k++) {
    const e = Math.exp(a[k]! - max);
    z[k] = e;
    sum += e;
  }
  for (let k = 0; k < a.length; k++) z[k] = z[k]! / sum;
}

/** softmax(a) as a new array. */
export function softmax(a: ArrayLike<number>): number[] {
  const z = new Array<number>(a.length).fill(0);
  softmaxInto(a, z);
  return z;
}

/** The Jacobian ∂z_j/∂a_k = z_j(1[j = k] − z_k), i.e. diag(z) − z zᵀ. */
export function softmaxJacobian(a: ArrayLike<number>): number[][] {
  const z = softmax(a);
  return z.map((zj, j) => z.map((zk, k) => (j === k ? zj * (1 - zk) : -zj * zk)));
}

/** (∂z/∂a)ᵀ g = z ⊙ (g − (z·g)): the Jacobian product without building the matrix. */
export function softmaxBackprop(z: ArrayLike<number>, g: ArrayLike<number>, out: Vec): void {
  let dot = 0;
  for (let k = 0; k < z.length; k++) dot += z[k]! * g[k]!;
  for (let j = 0; j < z.length; j++) out[j] = z[j]! * (g[j]! - dot);
}

export const softmaxActivation: VectorActivation = {
  name: 'softmax',
  label: 'Softmax',
  kind: 'vector',
  tex: {
    f: String.raw`\mathrm{softmax}(a)_k=\frac{e^{a_k}}{\sum_{j=0}^{n-1}e^{a_j}}`,
    df: String.raw`\nabla_a z=\operatorname{diag}(z)-z\,z^{T}`,
  },
  f: softmax,
  jacobian: softmaxJacobian,
  apply: softmaxInto,
  backprop: (_a, z, g, out) => softmaxBackprop(z, g, out),
};

import { elementwise, type ElementwiseActivation } from './types.ts';

/**
 * σ(a) = 1 / (1 + e^(−a)), computed without overflow: for a < 0 the equal form e^a / (1 + e^a)
 * keeps e^(−a) from reaching Infinity, so σ(−1e4) is 0 and never NaN.
 */
export function sigmoid(a: number): number {
  if (a >= 0) return 1 / (1 + Math.exp(-a));
  const e = Math.exp(a);
  return e / (1 + e);
}

/** σ′(a) = σ(a)(1 − σ(a)): the derivative written with the function itself. */
export function sigmoidDerivative(a: number): number {
  const s = sigmoid(a);
  return s * (1 - s);
}

/** The scaled sigmoid c / (1 + e^(−βa)) = c·σ(βa): c sets the ceiling, β the steepness. */
export function scaledSigmoid(a: number, c: number, beta: number): number {
  return c * sigmoid(beta * a);
}

/** d/da [c·σ(βa)] = c·β·σ(βa)(1 − σ(βa)). */
export function scaledSigmoidDerivative(a: number, c: number, beta: number): number {
  const s = sigmoid(beta * a);
  return c * beta * s * (1 - s);
}

export const sigmoidActivation: ElementwiseActivation = elementwise(
  {
    name: 'sigmoid',
    label: 'Sigmoid',
    tex: {
      f: String.raw`\sigma(a)=\frac{1}{1+e^{-a}}`,
      df: String.raw`\sigma'(a)=\sigma(a)\bigl(1-\sigma(a)\bigr)`,
    },
    f: sigmoid,
    df: (_a, z) => z * (1 - z),
  },
  {
    apply(a, z) {
      for (let j = 0; j < a.length; j++) z[j] = sigmoid(a[j]!);
    },
    backprop(_a, z, g, out) {
      for (let j = 0; j < z.length; j++) out[j] = g[j]! * z[j]! * (1 - z[j]!);
    },
  },
);

import { sigmoid } from './sigmoid.ts';
import { elementwise, type ElementwiseActivation } from './types.ts';

/** tanh(a) = (1 − e^(−2a)) / (1 + e^(−2a)); Math.tanh is exact and saturates cleanly at ±1. */
export function tanh(a: number): number {
  return Math.tanh(a);
}

/** tanh written with the sigmoid: tanh(a) = 2σ(2a) − 1. */
export function tanhViaSigmoid(a: number): number {
  return 2 * sigmoid(2 * a) - 1;
}

/** tanh′(a) = 1 − tanh²(a). */
export function tanhDerivative(a: number): number {
  const t = Math.tanh(a);
  return 1 - t * t;
}

export const tanhActivation: ElementwiseActivation = elementwise(
  {
    name: 'tanh',
    label: 'Tanh',
    tex: {
      f: String.raw`\tanh(a)=\frac{1-e^{-2a}}{1+e^{-2a}}=2\sigma(2a)-1`,
      df: String.raw`\tanh'(a)=1-\tanh^{2}(a)`,
    },
    f: tanh,
    df: (_a, z) => 1 - z * z,
  },
  {
    apply(a, z) {
      // 1 − 2/(e^{2a} + 1) is tanh to within 4e−16 and about a third cheaper than Math.tanh in
      // the training loop; e^{2a} = Infinity for large a still gives exactly 1.
      for (let j = 0; j < a.length; j++) z[j] = 1 - 2 / (Math.exp(2 * a[j]!) + 1);
    },
    backprop(_a, z, g, out) {
      for (let j = 0; j < z.length; j++) out[j] = g[j]! * (1 - z[j]! * z[j]!);
    },
  },
);

import { elementwise, type ElementwiseActivation } from './types.ts';

/** Slope of leaky ReLU for a < 0 when none is given (the post calls it δ; the book says α). */
export const DEFAULT_LEAK = 0.01;

/** ReLU(a) = max(0, a). */
export function relu(a: number): number {
  return a > 0 ? a : 0;
}

/**
 * ReLU′(a): 1 for a > 0, 0 for a < 0. At a = 0 ReLU has no derivative; like PyTorch and
 * TensorFlow we use the left slope, 0.
 */
export function reluDerivative(a: number): number {
  return a > 0 ? 1 : 0;
}

/** LeakyReLU(a) = a for a ≥ 0, α·a for a < 0. */
export function leakyRelu(a: number, alpha = DEFAULT_LEAK): number {
  return a >= 0 ? a : alpha * a;
}

/** LeakyReLU′(a): 1 for a > 0, α for a < 0, and the left slope α at a = 0 (as for ReLU). */
export function leakyReluDerivative(a: number, alpha = DEFAULT_LEAK): number {
  return a > 0 ? 1 : alpha;
}

export const reluActivation: ElementwiseActivation = elementwise(
  {
    name: 'relu',
    label: 'ReLU',
    tex: {
      f: String.raw`\mathrm{ReLU}(a)=\max(0,a)`,
      df: String.raw`\mathrm{ReLU}'(a)=\begin{cases}1 & a>0\\0 & a\le 0\end{cases}`,
    },
    f: relu,
    df: (a) => reluDerivative(a),
  },
  {
    apply(a, z) {
      for (let j = 0; j < a.length; j++) z[j] = a[j]! > 0 ? a[j]! : 0;
    },
    backprop(a, _z, g, out) {
      for (let j = 0; j < a.length; j++) out[j] = a[j]! > 0 ? g[j]! : 0;
    },
  },
);

export const leakyReluActivation: ElementwiseActivation = elementwise({
  name: 'leakyRelu',
  label: 'Leaky ReLU',
  tex: {
    f: String.raw`\mathrm{LeakyReLU}(a)=\begin{cases}a & a\ge 0\\\alpha a & a<0\end{cases}`,
    df: String.raw`\mathrm{LeakyReLU}'(a)=\begin{cases}1 & a>0\\\alpha & a\le 0\end{cases}`,
  },
  f: (a) => leakyRelu(a),
  df: (a) => leakyReluDerivative(a),
});

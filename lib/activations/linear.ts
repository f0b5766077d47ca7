import { elementwise, type ElementwiseActivation } from './types.ts';

/** The identity φ(a) = a: what a layer does with no activation function. */
export const linearActivation: ElementwiseActivation = elementwise({
  name: 'linear',
  label: 'Linear (identity)',
  tex: { f: String.raw`\phi(a)=a`, df: String.raw`\phi'(a)=1` },
  f: (a) => a,
  df: () => 1,
});

import { elementwise, type ElementwiseActivation } from './types.ts';

/** The identity φ(a) = a: what a layer does with no activation function. */
export const linearActivation: ElementwiseActivation = elementwise(
  {
    name: 'linear',
    label: 'Linear (identity)',
    tex: { f: String.raw`\phi(a)=a`, df: String.raw`\phi'(a)=1` },
    f: (a) => a,
    df: () => 1,
  },
  {
    apply(a, z) {
      for (let j = 0; j < a.length; j++) z[j] = a[j]!;
    },
    backprop(_a, _z, g, out) {
      for (let j = 0; j < g.length; j++) out[j] = g[j]!;
    },
  },
);

import { sigmoid } from '../activations/sigmoid.ts';
import { softmaxBackprop, softmaxInto } from '../activations/softmax.ts';
import type { Activation } from '../activations/types.ts';

/*
 * The fast path's activations: the common ones written out inline, so the training loop calls no
 * function per node; anything else falls back to the activation's own apply and backprop.
 */

/** z = φ(a) for one layer, with the common activations inlined. */
export function activate(activation: Activation, a: Float64Array, z: Float64Array): void {
  const n = a.length;
  switch (activation.name) {
    case 'tanh':
      // 1 − 2/(e^{2a} + 1) is tanh to within 4e−16 and about a third cheaper than Math.tanh
      // here; e^{2a} = Infinity for large a still gives exactly 1.
      for (let j = 0; j < n; j++) z[j] = 1 - 2 / (Math.exp(2 * a[j]!) + 1);
      return;
    case 'sigmoid':
      for (let j = 0; j < n; j++) z[j] = sigmoid(a[j]!);
      return;
    case 'relu':
      for (let j = 0; j < n; j++) z[j] = a[j]! > 0 ? a[j]! : 0;
      return;
    case 'linear':
      z.set(a);
      return;
    case 'softmax':
      softmaxInto(a, z);
      return;
    default:
      activation.apply(a, z);
  }
}

/** g ← (∂z/∂a)ᵀ g in place: multiplies a gradient with respect to z by φ′. */
export function throughActivation(
  activation: Activation,
  a: Float64Array,
  z: Float64Array,
  g: Float64Array,
): void {
  const n = g.length;
  switch (activation.name) {
    case 'tanh':
      for (let j = 0; j < n; j++) g[j] = g[j]! * (1 - z[j]! * z[j]!);
      return;
    case 'sigmoid':
      for (let j = 0; j < n; j++) g[j] = g[j]! * z[j]! * (1 - z[j]!);
      return;
    case 'relu':
      for (let j = 0; j < n; j++) if (!(a[j]! > 0)) g[j] = 0;
      return;
    case 'linear':
      return;
    case 'softmax':
      softmaxBackprop(z, g, g);
      return;
    default:
      activation.backprop(a, z, g, g);
  }
}

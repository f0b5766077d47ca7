import { add, transposeMatVec } from '../linalg.ts';
import { layerWeights, type ForwardCache, type Network } from './types.ts';

/**
 * The forward pass, written as the post writes it: for l = 1..L, a(l) = W(l)ᵀ z(l−1) + b(l) and
 * z(l) = φ(l)(a(l)), starting from z(0) = x. Returns every a and z so the backward pass (and a
 * reader stepping through it) can use them. For speed, training uses fast.ts instead.
 */
export function forward(net: Network, x: readonly number[]): ForwardCache {
  const nIn = net.layers[0]?.nIn ?? 0;
  if (x.length !== nIn)
    throw new RangeError(`forward: the network takes ${nIn} inputs but got ${x.length}`);
  const a: number[][] = [[...x]];
  const z: number[][] = [[...x]];
  net.layers.forEach((layer, index) => {
    const l = index + 1;
    const al = add(transposeMatVec(layerWeights(net, l), z[l - 1]!), Array.from(layer.biases));
    const zl = new Array<number>(layer.nOut).fill(0);
    layer.activation.apply(al, zl);
    a.push(al);
    z.push(zl);
  });
  return { a, z };
}

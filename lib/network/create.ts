import { activations, isActivationName, type ActivationName } from '../activations/index.ts';
import {
  initializerNames,
  initializers,
  isInitializerName,
  type InitializerName,
} from '../init.ts';
import { isLossName, losses, type LossName } from '../losses/index.ts';
import type { Rng } from '../random.ts';
import type { Network } from './types.ts';

export interface NetworkSpec {
  /** n(0), n(1), …, n(L): nodes per layer, input first. */
  readonly sizes: readonly number[];
  /** φ(l) for each layer 1..L, or one name for the hidden layers and one for the output. */
  readonly activations:
    | readonly ActivationName[]
    | { readonly hidden: ActivationName; readonly output: ActivationName };
  readonly loss: LossName;
  /** The seeded generator the initial weights are drawn from. */
  readonly rng: Rng;
  /** How W is drawn (biases start at 0); Glorot uniform unless told. */
  readonly init?: InitializerName;
}

/** A fresh network with weights drawn by `init` from `rng` and zero biases. */
export function createNetwork(spec: NetworkSpec): Network {
  const { sizes, rng, init = 'glorot' } = spec;
  if (sizes.length < 2)
    throw new RangeError(
      `createNetwork: need at least an input and an output size, got [${sizes.join(', ')}]`,
    );
  sizes.forEach((n, l) => {
    if (!(Number.isInteger(n) && n >= 1))
      throw new RangeError(`createNetwork: sizes[${l}] must be a whole number ≥ 1, got ${n}`);
  });
  const L = sizes.length - 1;
  const names = Array.isArray(spec.activations)
    ? (spec.activations as readonly ActivationName[])
    : Array.from({ length: L }, (_, l) => {
        const { hidden, output } = spec.activations as {
          hidden: ActivationName;
          output: ActivationName;
        };
        return l === L - 1 ? output : hidden;
      });
  if (names.length !== L)
    throw new RangeError(`createNetwork: ${L} layers need ${L} activations, got ${names.length}`);
  if (!isInitializerName(init))
    throw new RangeError(
      `createNetwork: unknown init ${JSON.stringify(init)}; one of ${initializerNames.join(', ')}`,
    );
  const draw = initializers[init];
  const layers = names.map((name, l) => {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    // Own keys only: `activations.toString` is a function every object inherits.
    if (!isActivationName(name))
      throw new RangeError(`createNetwork: unknown activation ${JSON.stringify(name)}`);
    const activation = activations[name];
    return {
      nIn,
      nOut,
      weights: Float64Array.from(draw(rng, nIn, nOut).flat()),
      biases: new Float64Array(nOut),
      activation,
    };
  });
  if (!isLossName(spec.loss))
    throw new RangeError(`createNetwork: unknown loss ${JSON.stringify(spec.loss)}`);
  return { layers, loss: losses[spec.loss] };
}

import { leakyReluActivation, reluActivation } from './relu.ts';
import { linearActivation } from './linear.ts';
import { sigmoidActivation } from './sigmoid.ts';
import { softmaxActivation } from './softmax.ts';
import { tanhActivation } from './tanh.ts';
import type { Activation, ActivationName } from './types.ts';

export type {
  Activation,
  ActivationName,
  ElementwiseActivation,
  Vec,
  VectorActivation,
} from './types.ts';

/** Every activation the engine knows, by the name used in JSON, URLs and widgets. */
export const activations: Readonly<Record<ActivationName, Activation>> = {
  sigmoid: sigmoidActivation,
  tanh: tanhActivation,
  relu: reluActivation,
  leakyRelu: leakyReluActivation,
  linear: linearActivation,
  softmax: softmaxActivation,
};

export const activationNames = Object.keys(activations) as ActivationName[];

export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && Object.hasOwn(activations, name);
}

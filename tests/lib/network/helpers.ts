import { activationNames, type ActivationName } from '../../../lib/activations/index.ts';
import type { LossName } from '../../../lib/losses/index.ts';
import { createNetwork } from '../../../lib/network/create.ts';
import type { Network } from '../../../lib/network/types.ts';
import { createRng, type Rng } from '../../../lib/random.ts';

/** A seeded network with random biases too (fresh networks start at b = 0, which hides bias bugs). */
export function randomNetwork(
  rng: Rng,
  sizes: number[],
  hidden: ActivationName,
  output: ActivationName,
  loss: LossName,
): Network {
  const net = createNetwork({ sizes, activations: { hidden, output }, loss, rng, init: 'uniform' });
  for (const layer of net.layers)
    for (let j = 0; j < layer.nOut; j++) layer.biases[j] = rng.uniform(-0.5, 0.5);
  return net;
}

/** A target that suits the loss: a one-hot vector for cross-entropy, any numbers for MSE. */
export function randomTarget(rng: Rng, n: number, loss: LossName): number[] {
  if (loss === 'crossEntropy') {
    const hot = rng.int(n);
    return Array.from({ length: n }, (_, k) => (k === hot ? 1 : 0));
  }
  return Array.from({ length: n }, () => rng.uniform(-1, 1));
}

export const randomVector = (rng: Rng, n: number): number[] =>
  Array.from({ length: n }, () => rng.uniform(-1, 1));

/** Every (hidden activation, output activation, loss) the engine supports, for sweeping tests. */
export const configurations: { hidden: ActivationName; output: ActivationName; loss: LossName }[] =
  activationNames.flatMap((hidden) =>
    activationNames.flatMap((output) =>
      (['mse', 'crossEntropy'] as const)
        // Cross-entropy needs outputs in (0, 1]: sigmoid or softmax.
        .filter((loss) => loss === 'mse' || output === 'sigmoid' || output === 'softmax')
        .map((loss) => ({ hidden, output, loss })),
    ),
  );

export { createRng };

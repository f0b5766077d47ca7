/**
 * The small fixed examples the book computes with: the post's worked numbers and its 3→4→2
 * network (the one drawn in its figures) with seeded weights, so every chapter uses the same one.
 */
import { fromJSON, NETWORK_FORMAT, type NetworkJSON } from './network/json.ts';
import type { Network } from './network/types.ts';
import { createRng, type Rng } from './random.ts';

/** The post's input x = [1, 2, 1]. */
export const EXAMPLE_X: readonly number[] = [1, 2, 1];
/** The post's weights w = [1, 0, −1] into one node. */
export const EXAMPLE_W: readonly number[] = [1, 0, -1];
/** The post's bias b = 3 of that node. */
export const EXAMPLE_B = 3;
/** The post's output pre-activations a(2) = [0.3, 0.6] for the softmax example. */
export const SOFTMAX_EXAMPLE: readonly number[] = [0.3, 0.6];
/** The post's one-hot target [1, 0] of the cross-entropy example. */
export const CLASSIFICATION_TARGET: readonly number[] = [1, 0];
/** The post's good prediction [0.9, 0.1] for that target (the bad one is [0.1, 0.9]). */
export const CLASSIFICATION_OUTPUT: readonly number[] = [0.9, 0.1];
/** The optimization refresher's target 2 … */
export const OPTIMIZATION_TARGET = 2;
/** … and the model's output near 4 where its descent starts. */
export const OPTIMIZATION_START = 4;
/** The target of the example network's sample (the post's derivation leaves it symbolic). */
export const EXAMPLE_Y: readonly number[] = [1, 0];
/** n(0), n(1), n(2) of the post's figure: 3 inputs, 4 hidden nodes, 2 outputs. */
export const EXAMPLE_SIZES: readonly number[] = [3, 4, 2];
/** The seed of the example network's weights. */
export const EXAMPLE_SEED = 42;

/** Uniform in [−1, 1) rounded to one decimal, so the expanded sums can be followed by hand. */
function roundedDraw(rng: Rng): number {
  return Math.round(rng.uniform(-1, 1) * 10) / 10 + 0; // + 0 turns −0 into 0
}

function drawMatrix(rng: Rng, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => roundedDraw(rng)));
}

/** W(1) (3×4), b(1), W(2) (4×2), b(2) of the example network, drawn once from EXAMPLE_SEED. */
export const EXAMPLE_PARAMETERS = (() => {
  const rng = createRng(EXAMPLE_SEED);
  const [n0, n1, n2] = EXAMPLE_SIZES as [number, number, number];
  const W1 = drawMatrix(rng, n0, n1);
  const b1 = drawMatrix(rng, 1, n1)[0]!;
  const W2 = drawMatrix(rng, n1, n2);
  const b2 = drawMatrix(rng, 1, n2)[0]!;
  return { W1, b1, W2, b2 } as const;
})();

/** Which output the example network has: sigmoid under MSE (the post's regression) or softmax under cross-entropy. */
export type ExampleOutput = 'sigmoid' | 'softmax';

/** The example network as JSON: sigmoid hidden layer and the chosen output. */
export function exampleNetworkJSON(output: ExampleOutput = 'sigmoid'): NetworkJSON {
  const { W1, b1, W2, b2 } = EXAMPLE_PARAMETERS;
  return {
    format: NETWORK_FORMAT,
    layers: [
      { weights: W1.map((r) => [...r]), biases: [...b1], activation: 'sigmoid' },
      { weights: W2.map((r) => [...r]), biases: [...b2], activation: output },
    ],
    loss: { name: output === 'softmax' ? 'crossEntropy' : 'mse' },
  };
}

/** A fresh copy of the example network (callers may nudge its weights). */
export function exampleNetwork(output: ExampleOutput = 'sigmoid'): Network {
  return fromJSON(exampleNetworkJSON(output));
}

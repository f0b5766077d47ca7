/**
 * Real mistakes of backpropagation, declared as data so a reader can switch one on and watch the
 * gradient check catch it. Each mistake names the one part of the algorithm it changes:
 *   - a local gradient's derivative: the network is copied with that layer's φ swapped for a
 *     variant whose backprop is wrong (its forward φ is untouched), and the engine's own
 *     `backward` runs on the copy, so the mistake travels the same code as the right answer;
 *   - the update rule: the gradients are right but the step taken with them is not.
 * A network carrying a mistake is marked, and `train`/`trainStep` refuse it (assertNoMistake).
 */
import { variant, type Activation } from '../activations/types.ts';
import type { DenseLayer, Network } from './types.ts';

export type MistakeId =
  | 'outputNoDerivative'
  | 'hiddenNoDerivative'
  | 'transposedUpdate'
  | 'softmaxElementwise'
  | 'flippedSign';

/** How a mistake gets a layer's derivative wrong. */
export type DerivativeSlip = 'noDerivative' | 'diagonalJacobian';

/** How a mistake gets the update wrong: W + ηΔZᵀ (the post's order), or θ + η ∂L/∂θ (uphill). */
export type UpdateSlip = 'transposed' | 'flippedSign';

export interface Mistake {
  readonly id: MistakeId;
  /** A short name for a toggle. */
  readonly label: string;
  /** What goes wrong, in a sentence or two. */
  readonly explanation: string;
  /** The slip in the output layer's δ(L), if any. */
  readonly output?: DerivativeSlip;
  /** The slip in every hidden layer's δ(l), if any. */
  readonly hidden?: DerivativeSlip;
  /** The slip in the update, if any. */
  readonly update?: UpdateSlip;
  /**
   * The equation the mistaken code applies on layer l, in TeX, for the step-through to show
   * beside the right one (lib/network/step-equations.ts writes that).
   */
  readonly tex: (l: number) => string;
}

/** ∂L/∂z(l)_j, as the equations write it. */
const dLdz = (l: number): string => String.raw`\frac{\partial\mathcal{L}}{\partial z^{(${l})}_{j}}`;

/** The mistakes a reader can switch on, in the order the algorithm meets them. */
export const MISTAKES: readonly Mistake[] = [
  {
    id: 'outputNoDerivative',
    label: 'forget φ′ in the output δ',
    explanation:
      'δ(L) is taken as −∂L/∂z(L) alone, as if the output activation had slope 1 everywhere.',
    output: 'noDerivative',
    tex: (l) => String.raw`\delta^{(${l})}_{j}=-${dLdz(l)}`,
  },
  {
    id: 'hiddenNoDerivative',
    label: 'forget φ′ in the hidden δ',
    explanation:
      'Each hidden δ(l) is taken as W(l+1)δ(l+1) alone, dropping the slope φ′(a(l)) of its own activation.',
    hidden: 'noDerivative',
    tex: (l) =>
      String.raw`\delta^{(${l})}_{j}=\sum_{k}w^{(${l + 1})}_{jk}\,\delta^{(${l + 1})}_{k}`,
  },
  {
    id: 'transposedUpdate',
    label: 'the post’s transposed update W := W + ηΔZᵀ',
    explanation:
      'ΔZᵀ is n(l) × n(l−1) but W(l) is n(l−1) × n(l): on a layer that is not square the two cannot even be added; on a square one the sum goes through, and weight w_ij is moved by the gradient of w_ji.',
    update: 'transposed',
    tex: (l) =>
      String.raw`W^{(${l})}:=W^{(${l})}+\eta\,\delta^{(${l})}\left(z^{(${l - 1})}\right)^{T},\quad b^{(${l})}:=b^{(${l})}+\eta\,\delta^{(${l})}`,
  },
  {
    id: 'softmaxElementwise',
    label: 'the post’s ∇L = Y/Z with an elementwise φ′ at a softmax output',
    explanation:
      'Softmax mixes its nodes, so ∂z/∂a is a full matrix; multiplying −∂L/∂z (Y/Z under cross-entropy) by its diagonal z(1 − z) alone drops every cross term.',
    output: 'diagonalJacobian',
    tex: (l) =>
      String.raw`\delta^{(${l})}_{j}=\left(-${dLdz(l)}\right)z^{(${l})}_{j}\left(1-z^{(${l})}_{j}\right)`,
  },
  {
    id: 'flippedSign',
    label: 'flip the sign of the update',
    explanation:
      'θ := θ + η ∂L/∂θ steps uphill: every parameter moves the way that makes the loss larger.',
    update: 'flippedSign',
    tex: (l) =>
      String.raw`W^{(${l})}:=W^{(${l})}-\eta\,z^{(${l - 1})}\left(\delta^{(${l})}\right)^{T},\quad b^{(${l})}:=b^{(${l})}-\eta\,\delta^{(${l})}`,
  },
];

export function mistakeById(id: string): Mistake | undefined {
  return MISTAKES.find((m) => m.id === id);
}

/** φ with ∂z/∂a taken as the identity: backprop passes the gradient through unchanged. */
function withoutDerivative(activation: Activation): Activation {
  if (activation.kind === 'elementwise') {
    return variant(activation, { df: () => 1, label: `${activation.label} without φ′` });
  }
  return {
    ...activation,
    label: `${activation.label} without φ′`,
    jacobian: (a) => Array.from(a, (_, j) => Array.from(a, (_v, k) => (j === k ? 1 : 0))),
    backprop: (_a, _z, g, out) => {
      for (let j = 0; j < g.length; j++) out[j] = g[j]!;
    },
  };
}

/** A vector φ (softmax) with only the diagonal of its Jacobian, z_j(1 − z_j), kept. */
function diagonalOnly(activation: Activation): Activation | null {
  if (activation.kind !== 'vector') return null;
  return {
    ...activation,
    label: `${activation.label} with an elementwise φ′`,
    jacobian: (a) => {
      const z = activation.f(a);
      return z.map((zj, j) => z.map((_zk, k) => (j === k ? zj * (1 - zj) : 0)));
    },
    backprop: (_a, z, g, out) => {
      for (let j = 0; j < z.length; j++) out[j] = g[j]! * z[j]! * (1 - z[j]!);
    },
  };
}

function slipped(activation: Activation, slip: DerivativeSlip | undefined): Activation {
  if (slip === undefined) return activation;
  if (slip === 'noDerivative') return withoutDerivative(activation);
  return diagonalOnly(activation) ?? activation;
}

/**
 * What a network lacks for a mistake to change anything on it, or null when nothing: the softmax
 * slip needs a softmax output, the hidden slip a hidden layer. (A slip can also happen to give
 * the right numbers, e.g. forgetting φ′ = 1 of a linear output; the gradient check, not this, is
 * the judge of that.)
 */
export function mistakeNeeds(net: Network, mistake: Mistake): string | null {
  const L = net.layers.length;
  if (mistake.output === 'diagonalJacobian' && net.layers[L - 1]!.activation.kind !== 'vector')
    return 'a softmax output layer';
  if (mistake.hidden !== undefined && L === 1) return 'a hidden layer';
  return null;
}

/** Whether a mistake changes anything on this network (see mistakeNeeds). */
export const mistakeApplies = (net: Network, mistake: Mistake): boolean =>
  mistakeNeeds(net, mistake) === null;

const marked = new WeakSet<Network>();

/**
 * The network as the mistake's backward pass sees it: the same parameters (shared, not copied)
 * with the slipped activations. Marked, so no training function accepts it.
 */
export function mistakenNetwork(net: Network, mistake: Mistake): Network {
  const L = net.layers.length;
  const layers: DenseLayer[] = net.layers.map((layer, index) => ({
    ...layer,
    activation: slipped(layer.activation, index === L - 1 ? mistake.output : mistake.hidden),
  }));
  const copy: Network = { layers, loss: net.loss };
  marked.add(copy);
  return copy;
}

/** Whether a network came from `mistakenNetwork`. */
export function carriesMistake(net: Network): boolean {
  return marked.has(net);
}

/** Throws when asked to train a network that carries a deliberate mistake. */
export function assertNoMistake(net: Network, caller: string): void {
  if (carriesMistake(net)) {
    throw new TypeError(
      `${caller}: this network carries a deliberate backpropagation mistake (for the gradient check only) and cannot be trained`,
    );
  }
}

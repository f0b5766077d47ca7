/**
 * The equation each step of a backpropagation applies (TeX, with the id of the chapter's formula
 * it is), and the same equation with the step's numbers substituted, one line per node or edge.
 * The numbers come in computed; this module only writes them down (4 significant digits: the
 * table beside it carries the full values).
 */
import type { ActivationName, ElementwiseActivation } from '../activations/types.ts';
import { fusedOutputGradient } from '../losses/types.ts';
import type { StepKind } from './step-through.ts';
import type { LayerUpdate } from './update-rule.ts';
import { layerWeights, type BackwardResult, type ForwardCache, type Network } from './types.ts';

export interface StepContext {
  /** The network as the backward pass saw it (with a mistake's slipped activations, if any). */
  readonly net: Network;
  readonly cache: ForwardCache;
  readonly back: BackwardResult;
  readonly y: readonly number[];
  readonly eta: number;
  readonly updates: readonly LayerUpdate[];
  readonly loss: number;
}

export interface StepEquation {
  readonly title: string;
  readonly equation: { readonly tex: string; readonly formula: string };
  readonly substituted: readonly string[];
  /** A plain-text remark, e.g. why an update cannot be carried out. */
  readonly note?: string;
}

/** A number for TeX: 4 significant digits, scientific form as ×10^k. */
export function texNumber(v: number): string {
  const text = String(Number(v.toPrecision(4)));
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? mantissa! : String.raw`${mantissa}\times10^{${Number(exponent)}}`;
}

/** A factor in a product: negatives in parentheses. */
const f = (v: number): string => (v < 0 ? `(${texNumber(v)})` : texNumber(v));

/** Each activation's symbol in the written-out equations; the record covers every name. */
const PHI: Readonly<Record<ActivationName, string>> = {
  sigmoid: String.raw`\sigma`,
  tanh: String.raw`\tanh`,
  relu: String.raw`\mathrm{ReLU}`,
  leakyRelu: String.raw`\mathrm{LReLU}`,
  linear: String.raw`\mathrm{id}`,
  softmax: String.raw`\mathrm{softmax}`,
};

/** φ′(a_j) of an elementwise φ (a vector φ's steps write its Jacobian instead). */
function slope(phi: ElementwiseActivation, a: readonly number[], z: readonly number[], j: number) {
  return phi.df(a[j]!, z[j]!);
}

function forwardStep(l: number, c: StepContext): StepEquation {
  const layer = c.net.layers[l - 1]!;
  const W = layerWeights(c.net, l);
  const zPrev = c.cache.z[l - 1]!;
  const name = PHI[layer.activation.name];
  const substituted = c.cache.a[l]!.map((a, j) => {
    const terms = zPrev.map((z, i) => `${f(W[i]![j]!)}\\cdot${f(z)}`).join('+');
    const arg = layer.activation.kind === 'vector' ? `(a^{(${l})})_{${j}}` : `(${texNumber(a)})`;
    return String.raw`a^{(${l})}_{${j}}=${terms}+${f(layer.biases[j]!)}=${texNumber(a)},\quad z^{(${l})}_{${j}}=${name}${arg}=${texNumber(c.cache.z[l]![j]!)}`;
  });
  return {
    title: `Forward pass, layer ${l}: a(${l}) and z(${l})`,
    equation: {
      tex: String.raw`a^{(${l})}=\left(W^{(${l})}\right)^{T}z^{(${l - 1})}+b^{(${l})},\quad z^{(${l})}=\phi^{(${l})}\left(a^{(${l})}\right)`,
      formula: l === 1 ? 'layer-1-preactivation' : 'layer-2-preactivation',
    },
    substituted,
  };
}

function lossStep(L: number, c: StepContext): StepEquation {
  const z = c.cache.z[L]!;
  const loss = c.net.loss;
  let line: string;
  let formula: string;
  if (loss.name === 'mse') {
    const terms = z.map((zk, k) => `(${texNumber(c.y[k]!)}-${f(zk)})^2`).join('+');
    line = String.raw`\mathcal{L}=\tfrac{1}{2}\left[${terms}\right]`;
    formula = 'output-squared-error';
  } else {
    // Cross-entropy always carries its base (lib/losses/cross-entropy.ts); e is the natural log.
    const log = loss.base === Math.E ? String.raw`\ln` : `\\log_{${loss.base}}`;
    const terms =
      z.length === 1
        ? `${f(c.y[0]!)}${log}${f(z[0]!)}+(1-${f(c.y[0]!)})${log}(1-${f(z[0]!)})`
        : z.map((zk, k) => `${f(c.y[k]!)}${log}${f(zk)}`).join('+');
    line = String.raw`\mathcal{L}=-\left[${terms}\right]`;
    formula = z.length === 1 ? 'binary-cross-entropy' : 'cross-entropy';
  }
  return {
    title: 'The loss',
    equation: { tex: loss.tex.value, formula },
    substituted: [`${line}=${texNumber(c.loss)}`],
  };
}

function outputDeltaStep(L: number, c: StepContext): StepEquation {
  const phi = c.net.layers[L - 1]!.activation;
  const { a: as, z: zs } = c.cache;
  const a = as[L]!;
  const z = zs[L]!;
  const delta = c.back.deltas[L]!;
  const grad = new Array<number>(z.length).fill(0);
  c.net.loss.gradient(z, c.y, grad);
  const g = grad.map((v) => -v); // −∂L/∂z: the post's ∇L, with the sign of δ
  const fused = fusedOutputGradient(c.net.loss, phi);
  if (fused !== null && phi.kind === 'vector') {
    return {
      title: `Output local gradients δ(${L})`,
      equation: {
        tex: String.raw`\Delta^{(${L})}=Y-Z^{(${L})}`,
        formula: 'local-gradient-recursion',
      },
      substituted: delta.map(
        (d, j) =>
          String.raw`\delta^{(${L})}_{${j}}=${texNumber(c.y[j]!)}-${f(z[j]!)}=${texNumber(d)}`,
      ),
    };
  }
  if (phi.kind === 'vector') {
    const J = phi.jacobian(a);
    return {
      title: `Output local gradients δ(${L})`,
      equation: {
        tex: String.raw`\Delta^{(${L})}=\left(\frac{\partial z^{(${L})}}{\partial a^{(${L})}}\right)^{T}\left(-\frac{\partial\mathcal{L}}{\partial z^{(${L})}}\right)`,
        formula: 'local-gradient-recursion',
      },
      substituted: delta.map((d, j) => {
        const terms = g.map((gk, k) => `${f(J[k]![j]!)}\\cdot${f(gk)}`).join('+');
        return String.raw`\delta^{(${L})}_{${j}}=${terms}=${texNumber(d)}`;
      }),
    };
  }
  const ln =
    c.net.loss.name === 'mse'
      ? String.raw`(y_j-z_j)`
      : String.raw`\left(-\frac{\partial\mathcal{L}}{\partial z_j}\right)`;
  return {
    title: `Output local gradients δ(${L})`,
    equation: {
      tex: String.raw`\delta^{(${L})}_{j}=${ln}\,\phi'^{(${L})}\left(a^{(${L})}_{j}\right)`,
      formula: 'output-delta-vector',
    },
    substituted: delta.map(
      (d, j) =>
        String.raw`\delta^{(${L})}_{${j}}=${f(g[j]!)}\cdot${f(slope(phi, a, z, j))}=${texNumber(d)}`,
    ),
  };
}

function hiddenDeltaStep(l: number, c: StepContext): StepEquation {
  const phi = c.net.layers[l - 1]!.activation;
  const W = layerWeights(c.net, l + 1);
  const next = c.back.deltas[l + 1]!;
  const a = c.cache.a[l]!;
  const z = c.cache.z[l]!;
  const substituted = c.back.deltas[l]!.map((d, j) => {
    const sum = next.reduce((acc, dk, k) => acc + W[j]![k]! * dk, 0);
    const terms = next.map((dk, k) => `${f(W[j]![k]!)}\\cdot${f(dk)}`).join('+');
    const tail =
      phi.kind === 'elementwise'
        ? `=${f(sum)}\\cdot${f(slope(phi, a, z, j))}`
        : String.raw`\;\text{through the Jacobian}`;
    return String.raw`\delta^{(${l})}_{${j}}=\left(${terms}\right)\phi'^{(${l})}${tail}=${texNumber(d)}`;
  });
  return {
    title: `Local gradients δ(${l}) by the recursion`,
    equation: {
      tex: String.raw`\delta^{(${l})}_{j}=\left(\sum_{k}w^{(${l + 1})}_{jk}\,\delta^{(${l + 1})}_{k}\right)\phi'^{(${l})}\left(a^{(${l})}_{j}\right)`,
      formula: 'hidden-local-gradient',
    },
    substituted,
  };
}

function gradientStep(l: number, c: StepContext): StepEquation {
  const g = c.back.gradients[l - 1]!;
  const zPrev = c.cache.z[l - 1]!;
  const delta = c.back.deltas[l]!;
  const weights = g.weights.flatMap((row, i) =>
    row.map(
      (v, j) =>
        String.raw`\frac{\partial\mathcal{L}}{\partial w^{(${l})}_{${i}${j}}}=-${f(zPrev[i]!)}\cdot${f(delta[j]!)}=${texNumber(v)}`,
    ),
  );
  const biases = g.biases.map(
    (v, j) =>
      String.raw`\frac{\partial\mathcal{L}}{\partial b^{(${l})}_{${j}}}=-${f(delta[j]!)}=${texNumber(v)}`,
  );
  return {
    title: `Gradients of layer ${l}: ∂L/∂W(${l}) and ∂L/∂b(${l})`,
    equation: {
      tex: String.raw`\frac{\partial\mathcal{L}}{\partial w^{(${l})}_{ij}}=-z^{(${l - 1})}_{i}\,\delta^{(${l})}_{j},\quad\frac{\partial\mathcal{L}}{\partial b^{(${l})}_{j}}=-\delta^{(${l})}_{j}`,
      formula:
        l === c.net.layers.length ? 'output-weight-gradient-matrix' : 'hidden-weight-gradient',
    },
    substituted: [...weights, ...biases],
  };
}

function updateStep(l: number, c: StepContext): StepEquation {
  const u = c.updates[l - 1]!;
  const W = layerWeights(c.net, l);
  const b = Array.from(c.net.layers[l - 1]!.biases);
  const weights =
    u.weights === null
      ? []
      : u.weights.flatMap((row, i) =>
          row.map(
            (v, j) =>
              String.raw`w^{(${l})}_{${i}${j}}:=${texNumber(W[i]![j]!)}+${f(u.weightSteps![i]![j]!)}=${texNumber(v)}`,
          ),
        );
  const biases = u.biases.map(
    (v, j) =>
      String.raw`b^{(${l})}_{${j}}:=${texNumber(b[j]!)}+${f(u.biasSteps[j]!)}=${texNumber(v)}`,
  );
  const step: StepEquation = {
    title: `Update of layer ${l} with η = ${c.eta}`,
    equation: {
      tex: String.raw`W^{(${l})}:=W^{(${l})}+\eta\,z^{(${l - 1})}\left(\delta^{(${l})}\right)^{T},\quad b^{(${l})}:=b^{(${l})}+\eta\,\delta^{(${l})}`,
      formula: 'weight-update',
    },
    substituted: [...weights, ...biases],
  };
  return u.refused === undefined ? step : { ...step, note: u.refused };
}

/** The title, equation and substituted numbers of the step of `kind` on layer l. */
export function stepEquation(kind: StepKind, l: number, c: StepContext): StepEquation {
  switch (kind) {
    case 'forward':
      return forwardStep(l, c);
    case 'loss':
      return lossStep(l, c);
    case 'outputDelta':
      return outputDeltaStep(l, c);
    case 'hiddenDelta':
      return hiddenDeltaStep(l, c);
    case 'gradients':
      return gradientStep(l, c);
    case 'update':
      return updateStep(l, c);
  }
}

/** Every chapter formula a step can name, for the page to link each one. */
export const STEP_FORMULAS = [
  'layer-1-preactivation',
  'layer-2-preactivation',
  'output-squared-error',
  'cross-entropy',
  'binary-cross-entropy',
  'output-delta-vector',
  'local-gradient-recursion',
  'hidden-local-gradient',
  'output-weight-gradient-matrix',
  'hidden-weight-gradient',
  'weight-update',
] as const;

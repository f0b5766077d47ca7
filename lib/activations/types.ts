/** What every activation function φ offers: its value, its derivative and their TeX, side by side. */

/** A writable vector: a plain array or a Float64Array. */
export interface Vec {
  readonly length: number;
  [index: number]: number;
}

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'linear' | 'softmax';

interface ActivationBase {
  readonly name: ActivationName;
  /** Human name, e.g. "Leaky ReLU". */
  readonly label: string;
  /** TeX of φ(a) and of its derivative. */
  readonly tex: { readonly f: string; readonly df: string };
  /** z = φ(a) for a whole layer, written into `z`. */
  apply(a: ArrayLike<number>, z: Vec): void;
  /** out = (∂z/∂a)ᵀ g: turns a gradient with respect to z into one with respect to a. */
  backprop(a: ArrayLike<number>, z: ArrayLike<number>, g: ArrayLike<number>, out: Vec): void;
}

/** φ acts on each node alone: z_j = φ(a_j), so its Jacobian is diagonal. */
export interface ElementwiseActivation extends ActivationBase {
  readonly kind: 'elementwise';
  /** φ(a) */
  f(a: number): number;
  /** φ′(a); `z` must be φ(a), which lets σ′ = z(1 − z) reuse the forward value. */
  df(a: number, z: number): number;
}

/** φ mixes the nodes of a layer (softmax): z_j depends on every a_k. */
export interface VectorActivation extends ActivationBase {
  readonly kind: 'vector';
  /** z = φ(a) as a new array. */
  f(a: ArrayLike<number>): number[];
  /** J[j][k] = ∂z_j/∂a_k. */
  jacobian(a: ArrayLike<number>): number[][];
}

export type Activation = ElementwiseActivation | VectorActivation;

/** The layer-level `apply` and `backprop` of an elementwise φ, when written as tight loops. */
export type LayerKernels = Pick<ElementwiseActivation, 'apply' | 'backprop'>;

/**
 * An elementwise φ from its f and df. Its layer-level `apply` and `backprop` are the one place
 * every pass (forward, backward, the training fast path, block prediction) gets φ and φ′ from:
 * built from f and df unless `kernels` gives the same mathematics as loops that call no function
 * per node (tests hold such kernels to f and df).
 */
export function elementwise(
  spec: Omit<ElementwiseActivation, 'kind' | 'apply' | 'backprop'>,
  kernels?: LayerKernels,
): ElementwiseActivation {
  const { f, df } = spec;
  return {
    ...spec,
    kind: 'elementwise',
    apply:
      kernels?.apply ??
      ((a, z) => {
        for (let j = 0; j < a.length; j++) z[j] = f(a[j]!);
      }),
    backprop:
      kernels?.backprop ??
      ((a, z, g, out) => {
        for (let j = 0; j < a.length; j++) out[j] = g[j]! * df(a[j]!, z[j]!);
      }),
  };
}

/**
 * A variant of an elementwise φ declared as data, e.g. a deliberately wrong derivative
 * `variant(sigmoidActivation, { df: () => 1 })` ("forget φ′"). Its `apply` and `backprop` are
 * rebuilt from the new f and df, never kept from the original's kernels, so every pass sees the
 * change. A variant is not in the registry, so `toJSON` refuses to save it under the original name.
 */
export function variant(
  base: ElementwiseActivation,
  changes: Partial<Pick<ElementwiseActivation, 'f' | 'df' | 'label'>>,
): ElementwiseActivation {
  const { name, label, tex, f, df } = { ...base, ...changes };
  return elementwise({ name, label, tex, f, df });
}

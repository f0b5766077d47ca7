/** Softmax: its definition, the post's worked example and its Jacobian. */
import { softmax, softmaxJacobian } from '../activations/softmax.ts';
import { SOFTMAX_EXAMPLE } from '../examples.ts';
import { centralDifference, numericJacobian } from '../finite-difference.ts';
import { addScaledMatrix, diag, identity, outer, scale, shape, subtract } from '../linalg.ts';
import {
  derivativeCheck,
  indexInput,
  readIndex,
  readVector,
  row,
  vectorInputs,
  stackedOnNarrow,
} from './helpers.ts';
import type { Formula } from './types.ts';

const pairInputs = vectorInputs('a', 'a', 'output pre-activation a', SOFTMAX_EXAMPLE, [-10, 10]);
/** Three output nodes, as in the post's derivative example (the post gives no numbers; 0.1 is ours). */
const tripleInputs = vectorInputs(
  'a',
  'a',
  'output pre-activation a',
  [...SOFTMAX_EXAMPLE, 0.1],
  [-10, 10],
);
const softmaxCode = [
  { module: 'lib/activations/softmax.ts', exports: ['softmax', 'softmaxJacobian'] },
];

/** Σ_k e^(a_k), the softmax denominator as the post writes it. */
const expSum = (a: readonly number[]): number => a.reduce((s, ak) => s + Math.exp(ak), 0);

const softmaxFormula: Formula = {
  id: 'softmax',
  title: 'Softmax',
  chapter: 'nonlinearity/softmax',
  tex: String.raw`\textrm{softmax}(a)_{k}=\frac{e^{a_{k}}}{\sum_{j=0}^{n^{(L)}-1}e^{a_{j}}}`,
  code: [{ module: 'lib/activations/softmax.ts', exports: ['softmax'] }],
  inputs: [...pairInputs, indexInput('k', 'k', 'node k', 0, 2)],
  evaluate(values) {
    const a = readVector(values, 'a', 2);
    const k = readIndex(values, 'k', 2, 'the output layer');
    const z = softmax(a);
    return {
      rows: [
        row('softmax(a)', z),
        row('softmax(a)_k', z[k]!),
        row(
          'e^(a_k) / Σ over k = 1 … n−1, the post’s sum read over nodes 0 … n−1 (node 0 left out)',
          Math.exp(a[k]!) / expSum(a.slice(1)),
          'post',
        ),
      ],
    };
  },
  post: {
    changed: {
      post: [String.raw`(a_{k})`, String.raw`k=1`, String.raw`{n^{(L)}}`],
      book: [String.raw`(a)_{k}`, String.raw`j=0`, String.raw`n^{(L)}-1`, String.raw`e^{a_{j}}`],
    },
    index: 11,
    originalTex: String.raw`\textrm{softmax}(a_{k})=\frac{e^{a_{k}}}{\sum_{k=1}^{n^{(L)}}e^{a_{k}}}`,
    erratum:
      'The post uses $k$ both for the node and for the summation index, and sums from $1$ to $n^{(L)}$ although nodes are numbered $0$ to $n^{(L)} - 1$. The denominator runs over every node: $\\mathrm{softmax}(a)_k = e^{a_k} / \\sum_{j=0}^{n^{(L)}-1} e^{a_j}$.',
  },
};

const softmaxExample: Formula = {
  id: 'softmax-example',
  title: 'Softmax of [0.3, 0.6]',
  chapter: 'nonlinearity/softmax',
  tex: String.raw`\begin{aligned}\textrm{softmax}(a^{(2)})_{0}&=\frac{e^{0.3}}{e^{0.3}+e^{0.6}}\\&=0.4256\\\textrm{softmax}(a^{(2)})_{1}\\&=\frac{e^{0.6}}{e^{0.3}+e^{0.6}}\\&=0.5744\end{aligned}`,
  code: [{ module: 'lib/activations/softmax.ts', exports: ['softmax'] }],
  inputs: pairInputs,
  evaluate(values) {
    return {
      rows: [
        row('softmax(a)', softmax(readVector(values, 'a', 2))),
        row('the post’s printed values (for a = [0.3, 0.6])', [0.4255, 0.5745], 'post'),
      ],
    };
  },
  post: {
    changed: {
      post: [
        String.raw`(a_{0}^{(2)})`,
        String.raw`(a_{1}^{(2)})`,
        String.raw`0.4255`,
        String.raw`0.5745`,
      ],
      book: [
        String.raw`(a^{(2)})_{0}`,
        String.raw`(a^{(2)})_{1}`,
        String.raw`0.4256`,
        String.raw`0.5744`,
      ],
    },
    index: 12,
    originalTex: String.raw`\begin{aligned}\textrm{softmax}(a_{0}^{(2)})&=\frac{e^{0.3}}{e^{0.3}+e^{0.6}}\\&=0.4255\\\textrm{softmax}(a_{1}^{(2)})\\&=\frac{e^{0.6}}{e^{0.3}+e^{0.6}}\\&=0.5745\end{aligned}`,
    erratum: String.raw`The post prints $0.4255$ and $0.5745$, digits cut off rather than rounded: $\mathrm{softmax}([0.3, 0.6]) = [0.425557\ldots, 0.574443\ldots]$, which rounds to $0.4256$ and $0.5744$.`,
  },
};

const softmaxDiagonal: Formula = {
  id: 'softmax-diagonal-derivative',
  title: 'Softmax: derivative of a node by its own input',
  chapter: 'nonlinearity/softmax',
  tex: String.raw`\begin{aligned}\nabla_{a_{0}}\left(z_{0}\right)&=\nabla_{a_{0}}\left(\frac{e^{a_{0}}}{e^{a_{0}}+e^{a_{1}}+e^{a_{2}}}\right)\\&=\frac{\sum e^{a_{k}}\cdot e^{a_{0}}-e^{a_{0}}\cdot e^{a_{0}}}{\left(\sum e^{a_{k}}\right)^{2}}\\&=z_{0}\cdot\left(1-z_{0}\right)\end{aligned}`,
  code: softmaxCode,
  inputs: tripleInputs,
  evaluate(values) {
    const a = readVector(values, 'a', 3);
    const [z0] = softmax(a) as [number];
    const s = expSum(a);
    const e0 = Math.exp(a[0]!);
    const numeric = centralDifference((t) => softmax([t, a[1]!, a[2]!])[0]!, a[0]!);
    return {
      rows: [
        row('(Σe^(a_k)·e^(a_0) − e^(a_0)·e^(a_0)) / (Σe^(a_k))²', (s * e0 - e0 * e0) / s ** 2),
        row('z_0(1 − z_0)', z0 * (1 - z0), 'analytic'),
      ],
      check: derivativeCheck(softmaxJacobian(a)[0]![0]!, numeric),
    };
  },
  post: { index: 13 },
};

const softmaxOffDiagonal: Formula = {
  id: 'softmax-off-diagonal-derivative',
  title: 'Softmax: derivative of a node by another node’s input',
  chapter: 'nonlinearity/softmax',
  tex: String.raw`\begin{aligned}\nabla_{a_{1}}\left(z_{0}\right)&=\nabla_{a_{1}}\left(\frac{e^{a_{0}}}{e^{a_{0}}+e^{a_{1}}+e^{a_{2}}}\right)\\&=\frac{\sum e^{a_{k}}\cdot0-e^{a_{0}}\cdot e^{a_{1}}}{\left(\sum e^{a_{k}}\right)^{2}}\\&=-z_{0}\cdot z_{1}\end{aligned}`,
  code: softmaxCode,
  inputs: tripleInputs,
  evaluate(values) {
    const a = readVector(values, 'a', 3);
    const [z0, z1] = softmax(a) as [number, number];
    const s = expSum(a);
    const numeric = centralDifference((t) => softmax([a[0]!, t, a[2]!])[0]!, a[1]!);
    return {
      rows: [
        row(
          '(Σe^(a_k)·0 − e^(a_0)·e^(a_1)) / (Σe^(a_k))²',
          (0 - Math.exp(a[0]!) * Math.exp(a[1]!)) / s ** 2,
        ),
        row('−z_0 z_1', -z0 * z1, 'analytic'),
      ],
      check: derivativeCheck(softmaxJacobian(a)[0]![1]!, numeric),
    };
  },
  post: { index: 14 },
};

const softmaxJacobian3: Formula = {
  id: 'softmax-jacobian-3',
  title: 'The softmax Jacobian for three nodes',
  chapter: 'nonlinearity/softmax',
  tex: String.raw`\begin{aligned}\nabla_{a}z&=\left[\begin{array}{ccc}z_{0}\left(1-z_{0}\right) & -z_{0}z_{1} & -z_{0}z_{2}\\-z_{1}z_{0} & z_{1}\left(1-z_{1}\right) & -z_{1}z_{2}\\-z_{2}z_{0} & -z_{2}z_{1} & z_{2}\left(1-z_{2}\right)\end{array}\right]\\&=\left[\begin{array}{c}z_{0}\\z_{1}\\z_{2}\end{array}\right]\ast\left(\left[\begin{array}{ccc}1 & 0 & 0\\0 & 1 & 0\\0 & 0 & 1\end{array}\right]-\left[\begin{array}{ccc}z_{0} & z_{1} & z_{2}\end{array}\right]\right)\end{aligned}`,
  narrowTex: String.raw`\begin{aligned}&\nabla_{a}z\\&=\left[\begin{array}{ccc}z_{0}(1-z_{0}) & -z_{0}z_{1} & -z_{0}z_{2}\\-z_{1}z_{0} & z_{1}(1-z_{1}) & -z_{1}z_{2}\\-z_{2}z_{0} & -z_{2}z_{1} & z_{2}(1-z_{2})\end{array}\right]\\&=\left[\begin{array}{c}z_{0}\\z_{1}\\z_{2}\end{array}\right]\ast\left(I-\left[\begin{array}{ccc}z_{0} & z_{1} & z_{2}\end{array}\right]\right)\end{aligned}`,
  code: [...softmaxCode, { module: 'lib/linalg.ts', exports: ['identity', 'subtract', 'scale'] }],
  inputs: tripleInputs,
  evaluate(values) {
    const a = readVector(values, 'a', 3);
    const z = softmax(a);
    const analytic = softmaxJacobian(a);
    return {
      rows: [
        row('∇_a z, entry [j][k] = ∂z_j/∂a_k', analytic, 'analytic'),
        // The broadcast: row j of I minus the row zᵀ, scaled by z_j.
        row(
          'z ∗ (I − [z_0 z_1 z_2]), broadcast row by row',
          identity(3).map((r, j) => scale(z[j]!, subtract(r, z))),
        ),
      ],
      check: derivativeCheck(analytic, numericJacobian(softmax, a)),
    };
  },
  post: { index: 15 },
};

const softmaxJacobianGeneral: Formula = {
  id: 'softmax-jacobian',
  title: 'The softmax Jacobian in general',
  chapter: 'nonlinearity/softmax',
  tex: String.raw`\begin{aligned}\nabla_{a}\textrm{softmax}(a)&=\operatorname{diag}\left(\textrm{softmax}(a)\right)\\&\qquad-\textrm{softmax}(a)\,\textrm{softmax}(a)^{T}\end{aligned}`,
  code: [
    ...softmaxCode,
    { module: 'lib/linalg.ts', exports: ['diag', 'outer', 'addScaledMatrix'] },
  ],
  inputs: tripleInputs,
  evaluate(values) {
    const a = readVector(values, 'a', 3);
    const z = softmax(a);
    const jacobian = addScaledMatrix(diag(z), -1, outer(z, z));
    const column = z.map((zk) => [zk]);
    const bracket = identity(3).map((r) => subtract(r, z));
    return {
      rows: [
        row('diag(z) − z zᵀ', jacobian, 'analytic'),
        row(
          'softmax(a)·[I − softmaxᵀ(a)] read as a matrix product: shapes [rows, columns] of its factors, which do not conform',
          [shape(column), shape(bracket)],
          'post',
        ),
      ],
      check: derivativeCheck(jacobian, numericJacobian(softmax, a)),
    };
  },
  post: {
    changed: {
      post: [String.raw`I-\textrm{softmax}^{T}(a)`],
      book: [
        String.raw`\operatorname{diag}\left(\textrm{softmax}(a)\right)`,
        String.raw`\textrm{softmax}(a)\,\textrm{softmax}(a)^{T}`,
      ],
    },
    index: 16,
    originalTex: String.raw`\nabla_{a}\textrm{softmax}(a)=\textrm{softmax}(a)\cdot\left[I-\textrm{softmax}^{T}(a)\right]`,
    erratum: String.raw`Read as a matrix product, the post’s $\mathrm{softmax}(a)\cdot[I - \mathrm{softmax}^{T}(a)]$ multiplies an $n\times 1$ column by an $n\times n$ matrix, which does not conform. What the $3\times 3$ case shows is a broadcast, each row $j$ of $I - z^{T}$ scaled by $z_j$, and that is $\operatorname{diag}(z) - z z^{T}$ with $z = \mathrm{softmax}(a)$.`,
  },
};

/** The softmax equations of the nonlinearity chapter, in book order. */
export const softmaxFormulas: readonly Formula[] = [
  softmaxFormula,
  softmaxExample,
  stackedOnNarrow(softmaxDiagonal),
  stackedOnNarrow(softmaxOffDiagonal),
  softmaxJacobian3,
  stackedOnNarrow(softmaxJacobianGeneral),
];

/**
 * Backpropagation, summing up: the update of any layer, the recursion for any layer (with softmax
 * outputs done right) and the loss gradient at the output.
 */
import { softmaxJacobian } from '../activations/softmax.ts';
import { CLASSIFICATION_OUTPUT, CLASSIFICATION_TARGET } from '../examples.ts';
import { numericGradient } from '../finite-difference.ts';
import {
  add,
  addScaledMatrix,
  hadamard,
  matVec,
  outer,
  scale,
  subtract,
  transposeMatVec,
} from '../linalg.ts';
import { crossEntropyGradient, crossEntropyValue } from '../losses/cross-entropy.ts';
import { mse, squaredError } from '../losses/mse.ts';
import { layerBiases, layerWeights } from '../network/types.ts';
import {
  etaInput,
  numericDeltas,
  phiPrimeVector,
  readLayer,
  readSample,
  sampleInputs,
  steppedNetwork,
} from './backprop-helpers.ts';
import { derivativeCheck, readRate, readVector, row, shapeText, vectorInputs } from './helpers.ts';
import type { Formula } from './types.ts';

const backwardCode = [{ module: 'lib/network/backward.ts', exports: ['backward'] }];

const weightUpdate: Formula = {
  id: 'weight-update',
  title: 'The update of every layer',
  chapter: 'backpropagation/summary',
  tex: String.raw`\begin{aligned}W^{(l)}&:=W^{(l)}+\eta\cdot Z^{(l-1)}\cdot\left(\Delta^{(l)}\right)^{T}\\b^{(l)}&:=b^{(l)}+\eta\cdot\Delta^{(l)}\end{aligned}`,
  code: [...backwardCode, { module: 'lib/network/api.ts', exports: ['trainStep'] }],
  inputs: [
    { name: 'l', tex: 'l', label: 'layer l', default: 2, min: 1, max: 2, step: 1, integer: true },
    ...sampleInputs,
    etaInput,
  ],
  evaluate(values) {
    const s = readSample(values);
    const l = readLayer(values, s.net.layers.length);
    const eta = readRate(values);
    const delta = s.back.deltas[l]!;
    const z = s.cache.z[l - 1]!;
    const after = steppedNetwork(s, eta);
    const postIncrement = outer(scale(eta, delta), z);
    return {
      rows: [
        row(
          'W(l) + η Z(l−1)(Δ(l))ᵀ',
          addScaledMatrix(layerWeights(s.net, l), eta, outer(z, delta)),
        ),
        row('W(l) after one trainStep on (x, y)', layerWeights(after, l)),
        row('b(l) + η Δ(l)', add(layerBiases(s.net, l), scale(eta, delta))),
        row('b(l) after one trainStep on (x, y)', layerBiases(after, l)),
        row(
          `η Δ(l)[Z(l−1)]ᵀ, the post’s increment: ${shapeText(postIncrement)}, not the shape of W(l)`,
          postIncrement,
          'post',
        ),
      ],
    };
  },
  post: {
    changed: {
      post: [String.raw`\Delta W^{(L)}`, String.raw`\Delta^{(L)}\cdot\left[Z^{(L-1)}\right]^{T}`],
      book: [String.raw`W^{(l)}`, String.raw`Z^{(l-1)}\cdot\left(\Delta^{(l)}\right)^{T}`],
    },
    index: 43,
    originalTex: String.raw`\begin{aligned}\Delta W^{(L)}&:=\Delta W^{(L)}+\eta\cdot\Delta^{(L)}\cdot\left[Z^{(L-1)}\right]^{T}\\b^{(L)}&:=b^{(L)}+\eta\cdot\Delta^{(L)}\end{aligned}`,
    erratum: String.raw`The post updates $\Delta W^{(L)}$ instead of $W^{(L)}$ and adds $\eta\,\Delta^{(L)}[Z^{(L-1)}]^{T}$, whose shape is the transpose of $W$’s. The book writes $l$ for any layer, since $L$ names the last one.`,
  },
};

const localGradientRecursion: Formula = {
  id: 'local-gradient-recursion',
  title: 'The local gradients, layer by layer',
  chapter: 'backpropagation/summary',
  tex: String.raw`\Delta^{(l)}=\begin{cases}\left(-\nabla_{z^{(l)}}\mathcal{L}\right)\ast\nabla\phi^{(l)} & \textrm{last layer, }\phi^{(l)}\textrm{ node by node}\\\left(\nabla_{a^{(l)}}z^{(l)}\right)^{T}\left(-\nabla_{z^{(l)}}\mathcal{L}\right) & \textrm{last layer, }\phi^{(l)}=\textrm{softmax}\\\left[W^{(l+1)}\cdot\Delta^{(l+1)}\right]\ast\nabla\phi^{(l)} & \textrm{any other layer}\end{cases}`,
  narrowTex: String.raw`\Delta^{(l)}=\begin{cases}\left(-\nabla_{z^{(l)}}\mathcal{L}\right)\ast\nabla\phi^{(l)}\\\quad\textrm{last layer, }\phi^{(l)}\textrm{ node by node}\\[0.5em]\left(\nabla_{a^{(l)}}z^{(l)}\right)^{T}\left(-\nabla_{z^{(l)}}\mathcal{L}\right)\\\quad\textrm{last layer, }\phi^{(l)}=\textrm{softmax}\\[0.5em]\left[W^{(l+1)}\cdot\Delta^{(l+1)}\right]\ast\nabla\phi^{(l)}\\\quad\textrm{any other layer}\end{cases}`,
  code: [
    ...backwardCode,
    { module: 'lib/activations/softmax.ts', exports: ['softmaxJacobian'] },
    { module: 'lib/losses/softmax-cross-entropy.ts', exports: ['softmaxCrossEntropyGradient'] },
  ],
  inputs: sampleInputs,
  evaluate(values) {
    const s = readSample(values);
    const c = readSample(values, 'softmax');
    const [aC, zC] = [c.cache.a[2]!, c.cache.z[2]!];
    const dLdz = [0, 0];
    crossEntropyGradient(zC, c.y, dLdz);
    const negGrad = scale(-1, dLdz);
    const jacobian = softmaxJacobian(aC);
    const chained = transposeMatVec(jacobian, negGrad);
    const back = matVec(layerWeights(s.net, 2), s.back.deltas[2]!);
    return {
      rows: [
        row(
          'sigmoid output, MSE: (Y − Z(2)) ∗ ∇φ(2)',
          hadamard(subtract(s.y, s.cache.z[2]!), phiPrimeVector(s, 2)),
        ),
        row('sigmoid output, MSE: Δ(2) from the backward pass', s.back.deltas[2]!),
        row('hidden layer: [W(2)Δ(2)] ∗ ∇φ(1)', hadamard(back, phiPrimeVector(s, 1))),
        row('hidden layer: Δ(1) from the backward pass', s.back.deltas[1]!),
        row('softmax output, cross-entropy: (∇_a z)ᵀ(Y/Z)', chained, 'analytic'),
        row('softmax output, cross-entropy: Y − Z (a target summing to 1)', subtract(c.y, zC)),
        row('softmax output: Δ(2) from the backward pass', c.back.deltas[2]!),
        row(
          'softmax output: (Y/Z) ∗ (diagonal of ∇_a z), the post’s elementwise product',
          hadamard(
            negGrad,
            jacobian.map((r, j) => r[j]!),
          ),
          'post',
        ),
      ],
      check: derivativeCheck(chained, numericDeltas(c, 2)),
    };
  },
  post: {
    changed: {
      post: [String.raw`\nabla\mathcal{L}\ast\nabla\phi^{(L)}`],
      book: [
        String.raw`\left(-\nabla_{z^{(l)}}\mathcal{L}\right)\ast\nabla\phi^{(l)}`,
        String.raw`\left(\nabla_{a^{(l)}}z^{(l)}\right)^{T}\left(-\nabla_{z^{(l)}}\mathcal{L}\right)`,
      ],
    },
    index: 44,
    originalTex: String.raw`\Delta^{(L)}=\begin{cases}
\nabla\mathcal{L}\ast\nabla\phi^{(L)} & L\;\textrm{is the last layer}\\
\left[W^{(L+1)}\cdot\Delta^{(L+1)}\right]\ast\nabla\phi^{(L)} & L\;\textrm{is any other layer}
\end{cases}`,
    erratum: String.raw`The post’s elementwise product $\nabla\mathcal{L} \ast \nabla\phi^{(L)}$ holds only for an activation that acts node by node. For a softmax output every $z_j$ depends on every $a_k$, so the Jacobian takes its place; for cross-entropy with a one-hot target the product is $Y - Z$.`,
  },
};

/** Outputs stay above 0 (Y/Z divides by them); targets may be 0. */
const probability = (prefix: string, label: string, values: readonly number[], min: number) =>
  vectorInputs(prefix, prefix, label, values, [min, 1], 0.01);

const lossOutputGradient: Formula = {
  id: 'loss-output-gradient',
  title: 'The loss gradient at the output',
  chapter: 'backpropagation/summary',
  tex: String.raw`-\nabla_{z^{(L)}}\mathcal{L}=\begin{cases}Y-Z^{(L)} & \textrm{squared error}\\\frac{Y}{Z^{(L)}} & \textrm{cross-entropy, }\ln\end{cases}`,
  code: [
    { module: 'lib/losses/mse.ts', exports: ['mse'] },
    { module: 'lib/losses/cross-entropy.ts', exports: ['crossEntropyGradient'] },
  ],
  inputs: [
    ...probability('z', 'output z', CLASSIFICATION_OUTPUT, 0.01),
    ...probability('y', 'target y', CLASSIFICATION_TARGET, 0),
  ],
  evaluate(values) {
    const z = readVector(values, 'z', 2);
    const y = readVector(values, 'y', 2);
    const [gMse, gCe, gCe10] = [
      [0, 0],
      [0, 0],
      [0, 0],
    ] as [number[], number[], number[]];
    mse.gradient(z, y, gMse);
    crossEntropyGradient(z, y, gCe);
    crossEntropyGradient(z, y, gCe10, 10);
    const numeric = [
      numericGradient((v) => squaredError(v, y), z),
      numericGradient((v) => crossEntropyValue(v, y), z),
    ];
    return {
      rows: [
        row('MSE: Y − Z = −∂L/∂z', scale(-1, gMse)),
        row('MSE: ∂L/∂z, the true gradient (Z − Y)', gMse, 'analytic'),
        row('cross-entropy (ln): Y/Z = −∂L/∂z', scale(-1, gCe)),
        row('cross-entropy (ln): ∂L/∂z, the true gradient (−Y/Z)', gCe, 'analytic'),
        row(
          'the post’s ∇L for MSE, Y − Z, read as the gradient (sign reversed)',
          subtract(y, z),
          'post',
        ),
        row(
          '−∂L/∂z of the base-10 cross-entropy of the post’s examples: Y/(Z ln 10), not Y/Z',
          scale(-1, gCe10),
          'post',
        ),
      ],
      check: derivativeCheck([gMse, gCe], numeric),
    };
  },
  post: {
    changed: {
      post: [String.raw`\nabla\mathcal{L}`],
      book: [String.raw`-\nabla_{z^{(L)}}\mathcal{L}`, String.raw`\ln`],
    },
    index: 45,
    originalTex: String.raw`\nabla\mathcal{L}=\begin{cases}
Y-Z^{(L)} & \textrm{Mean squared error}\\
\frac{Y}{Z^{(L)}} & \textrm{Crossentropy}
\end{cases}`,
    erratum: String.raw`What the post calls $\nabla\mathcal{L}$ is $-\partial\mathcal{L}/\partial z$: the gradient itself is $Z - Y$ for the squared error and $-Y/Z$ for cross-entropy. And $Y/Z$ holds for the natural logarithm only; for the base-10 logarithm of the post’s worked examples it is $Y/(Z \ln 10)$.`,
  },
};

/** The summary, in book order (post 43 to 45). */
export const backpropSummaryFormulas: readonly Formula[] = [
  weightUpdate,
  localGradientRecursion,
  lossOutputGradient,
];

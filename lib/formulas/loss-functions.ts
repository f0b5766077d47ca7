/** Loss functions: the post's mean squared error and cross-entropy, and cross-entropy on one output. */
import { sigmoid } from '../activations/sigmoid.ts';
import { centralDifference } from '../finite-difference.ts';
import {
  binaryCrossEntropyValue,
  crossEntropyValue,
  sigmoidCrossEntropyGradient,
} from '../losses/cross-entropy.ts';
import { meanSquaredError, squaredError } from '../losses/mse.ts';
import { CLASSIFICATION_OUTPUT, CLASSIFICATION_TARGET } from '../examples.ts';
import { derivativeCheck, read, row, scalarInput } from './helpers.ts';
import type { Formula } from './types.ts';

const meanSquaredErrorFormula: Formula = {
  id: 'mean-squared-error',
  title: 'Mean squared error over $N$ samples',
  chapter: 'loss-functions',
  tex: String.raw`L(\hat{y},y)=\frac{1}{2N}\sum_{i=1}^{N}\left(y^{(i)}-\hat{y}^{(i)}\right)^{2}`,
  code: [{ module: 'lib/losses/mse.ts', exports: ['meanSquaredError', 'squaredError'] }],
  // Two one-output samples; the post gives no numbers here, so the first is the refresher's 4 vs 2.
  inputs: [
    scalarInput('y1', 'y^{(1)}', 'target of sample 1', 2, [-10, 10]),
    scalarInput('yhat1', String.raw`\hat{y}^{(1)}`, 'output for sample 1', 4, [-10, 10]),
    scalarInput('y2', 'y^{(2)}', 'target of sample 2', 1, [-10, 10]),
    scalarInput('yhat2', String.raw`\hat{y}^{(2)}`, 'output for sample 2', 0.5, [-10, 10]),
  ],
  evaluate(values) {
    const outputs = [[read(values, 'yhat1')], [read(values, 'yhat2')]];
    const targets = [[read(values, 'y1')], [read(values, 'y2')]];
    return {
      rows: [
        row(
          '½(y(i) − ŷ(i))² for each sample',
          outputs.map((o, i) => squaredError(o, targets[i]!)),
        ),
        row('1/(2N) Σ (y(i) − ŷ(i))², N = 2', meanSquaredError(outputs, targets)),
      ],
    };
  },
  post: { index: 17 },
};

const probability = (name: string, tex: string, label: string, value: number) =>
  scalarInput(name, tex, label, value, [0, 1], 0.01);

const crossEntropyFormula: Formula = {
  id: 'cross-entropy',
  title: 'Cross-entropy for classification',
  chapter: 'loss-functions',
  tex: String.raw`\textrm{Crossentropy}(\hat{y},y)=-\sum_{j=1}^{C}y_{j}\cdot\ln(\hat{y}_{j})`,
  code: [{ module: 'lib/losses/cross-entropy.ts', exports: ['crossEntropyValue'] }],
  inputs: [
    probability('y0', 'y_{1}', 'target, class 1', CLASSIFICATION_TARGET[0]!),
    probability('y1', 'y_{2}', 'target, class 2', CLASSIFICATION_TARGET[1]!),
    probability('p0', String.raw`\hat{y}_{1}`, 'output, class 1', CLASSIFICATION_OUTPUT[0]!),
    probability('p1', String.raw`\hat{y}_{2}`, 'output, class 2', CLASSIFICATION_OUTPUT[1]!),
  ],
  evaluate(values) {
    const y = [read(values, 'y0'), read(values, 'y1')];
    const p = [read(values, 'p0'), read(values, 'p1')];
    const reversed = [p[1]!, p[0]!];
    return {
      rows: [
        row('−Σ y_j ln ŷ_j', crossEntropyValue(p, y)),
        row('the same with the output reversed, [ŷ_2, ŷ_1]', crossEntropyValue(reversed, y)),
        row('−Σ y_j log₁₀ ŷ_j, the post’s worked value', crossEntropyValue(p, y, 10), 'post'),
        row(
          'log₁₀ with the output reversed, the post’s “loss would be 1”',
          crossEntropyValue(reversed, y, 10),
          'post',
        ),
      ],
    };
  },
  post: {
    changed: { post: [String.raw`\log`], book: [String.raw`\ln`] },
    index: 18,
    originalTex: String.raw`\textrm{Crossentropy}(\hat{y}, y) = -\sum_{j=1}^{C} y_{j}\cdot \log(\hat{y}_{j})`,
    erratum: String.raw`The post’s worked losses, about $0.046$ for $[0.9, 0.1]$ and $1$ for $[0.1, 0.9]$ against the target $[1, 0]$, use the base-10 logarithm. With the natural logarithm, which the gradient $Y/Z$ it gives later assumes, they are $0.105$ and $2.303$; the book writes $\ln$.`,
  },
};

// Not one of the post's equations: the one-output case its −Σ y log ŷ leaves out.
const binaryCrossEntropyFormula: Formula = {
  id: 'binary-cross-entropy',
  title: 'Cross-entropy on one sigmoid output',
  chapter: 'loss-functions',
  tex: String.raw`\mathcal{L}(z,y)=-\bigl[y\ln z+(1-y)\ln(1-z)\bigr],\qquad z=\sigma(a),\qquad\frac{\partial\mathcal{L}}{\partial a}=z-y`,
  narrowTex: String.raw`\begin{gathered}\mathcal{L}(z,y)=-\bigl[y\ln z+(1-y)\ln(1-z)\bigr],\\z=\sigma(a),\qquad\frac{\partial\mathcal{L}}{\partial a}=z-y\end{gathered}`,
  code: [
    {
      module: 'lib/losses/cross-entropy.ts',
      exports: ['binaryCrossEntropyValue', 'sigmoidCrossEntropyGradient'],
    },
  ],
  // a = 3 gives z = 0.953, a confident "class 1" for a sample whose class is 0.
  inputs: [
    scalarInput('a', 'a', 'weighted input of the output node', 3, [-10, 10]),
    probability('y', 'y', 'target (1 for class 1, 0 for class 0)', 0),
  ],
  evaluate(values) {
    const a = read(values, 'a');
    const y = read(values, 'y');
    const z = sigmoid(a);
    const fused = [0];
    sigmoidCrossEntropyGradient([z], [y], fused);
    const numeric = centralDifference((v) => binaryCrossEntropyValue(sigmoid(v), y), a);
    return {
      rows: [
        row('z = σ(a)', z),
        row('−[y ln z + (1 − y) ln(1 − z)]', binaryCrossEntropyValue(z, y)),
        row(
          '−Σ y_j ln z_j over the two classes [z, 1 − z] with target [y, 1 − y]',
          crossEntropyValue([z, 1 - z], [y, 1 - y]),
        ),
        // The post's sum over one node keeps only −y ln z: 0 for every sample of class 0.
        row('−y ln z, the post’s sum on one node', y === 0 ? 0 : -y * Math.log(z), 'post'),
        row('∂L/∂a = z − y', fused[0]!, 'analytic'),
        row('central difference of L in a', numeric, 'numeric'),
      ],
      check: derivativeCheck(fused[0]!, numeric),
    };
  },
};

/** The loss-functions chapter's equations, in book order. */
export const lossFunctionFormulas: readonly Formula[] = [
  meanSquaredErrorFormula,
  crossEntropyFormula,
  binaryCrossEntropyFormula,
];

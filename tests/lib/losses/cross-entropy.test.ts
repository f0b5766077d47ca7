import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropyGradient,
  binaryCrossEntropyValue,
  buildCrossEntropy,
  crossEntropy,
  crossEntropyGradient,
  crossEntropyValue,
  crossEntropyWithBase,
  sigmoidCrossEntropyGradient,
} from '../../../lib/losses/cross-entropy.ts';
import { sigmoidActivation } from '../../../lib/activations/sigmoid.ts';
import { softmaxActivation } from '../../../lib/activations/softmax.ts';
import { gradients } from '../../../lib/network/api.ts';
import { fromJSON } from '../../../lib/network/json.ts';
import { mse } from '../../../lib/losses/mse.ts';
import { numericGradient } from '../../../lib/finite-difference.ts';
import { expectClose } from '../../helpers/close.ts';

// 1e-15: the same logarithm or quotient computed two ways (rounding only). 1e-4: the post's
// numbers are printed to 4 decimals, so the engine must agree to half a unit in the 4th place.

const RUNS = { seed: 20261128, numRuns: 200 };

/** A prediction z in (0.05, 1] per class and a target y ≥ 0 of the same length, C ≥ 2 classes. */
const predictionAndTarget = fc
  .integer({ min: 2, max: 5 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    ),
  );
// For z ≥ 0.05 the third derivative of ln z is at most 2/z³ = 16,000, so the truncation error is
// h²/6·16,000·Σy ≈ 1.3e-6 at worst; rounding is ε·|L|/h ≈ 1e-9. 1e-5 covers both.
const FD_TOL = 1e-5;

describe('cross-entropy', () => {
  it('uses the natural logarithm by default: −ln 0.9 for target [1, 0] and output [0.9, 0.1]', () => {
    expectClose(crossEntropyValue([0.9, 0.1], [1, 0]), -Math.log(0.9), 1e-15);
    expectClose(crossEntropy.value([0.9, 0.1], [1, 0]), 0.1054, 1e-4);
    expectClose(crossEntropy.value([0.1, 0.9], [1, 0]), 2.3026, 1e-4);
  });

  it('the post’s numbers 0.046 and 1 are base-10 logarithms: base 10 gives 0.0458 and 1, base e 0.1054 and 2.3026', () => {
    const base10 = crossEntropyWithBase(10);
    expectClose(base10.value([0.9, 0.1], [1, 0]), 0.0458, 1e-4);
    expectClose(base10.value([0.1, 0.9], [1, 0]), 1, 1e-12);
    expectClose(crossEntropyValue([0.9, 0.1], [1, 0], Math.E), 0.1054, 1e-4);
    expectClose(crossEntropyValue([0.1, 0.9], [1, 0], Math.E), 2.3026, 1e-4);
    // The post's "approximately 0.046" is the base-10 value, not the natural-log one.
    expect(Math.abs(crossEntropyValue([0.9, 0.1], [1, 0]) - 0.046)).toBeGreaterThan(0.05);
  });

  it('has gradient ∂L/∂z_j = −y_j/z_j (natural log), which central differences confirm', () => {
    fc.assert(
      fc.property(predictionAndTarget, ([z, y]) => {
        const out = new Array<number>(z.length).fill(0);
        crossEntropy.gradient(z, y, out);
        expectClose(
          out,
          numericGradient((v) => crossEntropyValue(v, y), z),
          FD_TOL,
        );
        expectClose(
          out,
          z.map((zj, j) => -y[j]! / zj),
          1e-15,
        );
      }),
      RUNS,
    );
  });

  it('in base 10 has gradient −y_j/(z_j ln 10), which central differences confirm', () => {
    fc.assert(
      fc.property(predictionAndTarget, ([z, y]) => {
        const out = new Array<number>(z.length).fill(0);
        crossEntropyGradient(z, y, out, 10);
        expectClose(
          out,
          numericGradient((v) => crossEntropyValue(v, y, 10), z),
          FD_TOL,
        );
      }),
      RUNS,
    );
  });

  it('every loss and its gradient stay finite at predictions of exactly 0 and 1', () => {
    const edge = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.tuple(
        fc.array(fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: n,
          maxLength: n,
        }),
        fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
      ),
    );
    const all = [crossEntropy, crossEntropyWithBase(10), crossEntropyWithBase(2), mse];
    fc.assert(
      fc.property(edge, ([z, y]) => {
        for (const loss of all) {
          const out = new Array<number>(z.length).fill(0);
          loss.gradient(z, y, out);
          expect(Number.isFinite(loss.value(z, y)), loss.label).toBe(true);
          for (const v of out) expect(Number.isFinite(v), loss.label).toBe(true);
        }
      }),
      RUNS,
    );
    // The worst case: all the probability on the wrong class.
    expect(Number.isFinite(crossEntropyValue([0, 1], [1, 0]))).toBe(true);
    expect(crossEntropyValue([0, 1], [1, 0])).toBeGreaterThan(20);
    expect(crossEntropyValue([1, 0], [1, 0])).toBe(0);
  });

  it('throws, naming both lengths, when output and target differ in length', () => {
    expect(() => crossEntropyValue([0.5, 0.5], [1])).toThrow(
      /output has 2 values but target has 1/,
    );
    expect(() => crossEntropyGradient([0.5], [1, 0], [0])).toThrow(
      /output has 1 values but target has 2/,
    );
  });

  it('rejects a logarithm base that is not positive, finite and different from 1', () => {
    for (const base of [1, 0, -2, Infinity, NaN]) {
      expect(() => crossEntropyWithBase(base)).toThrow(new RegExp(`got ${base}`));
      expect(() => buildCrossEntropy(base)).toThrow(/^crossEntropy: a logarithm base must be/);
    }
  });
});

describe('cross-entropy on one output node', () => {
  // One sigmoid output z = P(class 1) and a target y in [0, 1], away from the floor.
  const oneOutput = fc.tuple(
    fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );

  it('is the binary cross-entropy −[y ln z + (1 − y) ln(1 − z)]: a sample with y = 0 costs −ln(1 − z), not 0', () => {
    expectClose(crossEntropyValue([0.953], [0]), -Math.log(1 - 0.953), 1e-15);
    expectClose(crossEntropyValue([0.953], [1]), -Math.log(0.953), 1e-15);
    expectClose(
      crossEntropyValue([0.25], [0.5]),
      -0.5 * Math.log(0.25) - 0.5 * Math.log(0.75),
      1e-15,
    );
    expect(crossEntropyValue([0.953], [0])).toBeGreaterThan(3);
  });

  it('equals the categorical form over the two classes [z, 1 − z] with the one-hot target [y, 1 − y]', () => {
    fc.assert(
      fc.property(oneOutput, ([z, y]) => {
        expectClose(crossEntropyValue([z], [y]), crossEntropyValue([z, 1 - z], [y, 1 - y]), 1e-14);
        expectClose(
          binaryCrossEntropyValue(z, y, 10),
          crossEntropyValue([z, 1 - z], [y, 1 - y], 10),
          1e-14,
        );
      }),
      RUNS,
    );
  });

  it('has gradient ∂L/∂z = −y/z + (1 − y)/(1 − z), which central differences confirm in base e and 10', () => {
    fc.assert(
      fc.property(oneOutput, ([z, y]) => {
        for (const base of [Math.E, 10]) {
          const out = [0];
          crossEntropyGradient([z], [y], out, base);
          expectClose(
            out,
            numericGradient((v) => crossEntropyValue(v, [y], base), [z]),
            FD_TOL,
          );
          expectClose(out[0]!, binaryCrossEntropyGradient(z, y, base), 1e-15);
        }
        expectClose(binaryCrossEntropyGradient(z, y), -y / z + (1 - y) / (1 - z), 1e-12);
      }),
      RUNS,
    );
  });

  it('stays finite at z = 0 and z = 1 exactly, and costs nothing when z equals a hard target', () => {
    for (const [z, y] of [
      [1, 0],
      [0, 1],
      [1, 1],
      [0, 0],
    ] as const) {
      expect(Number.isFinite(binaryCrossEntropyValue(z, y))).toBe(true);
      expect(Number.isFinite(binaryCrossEntropyGradient(z, y))).toBe(true);
    }
    expect(binaryCrossEntropyValue(1, 0)).toBeGreaterThan(20);
    expect(binaryCrossEntropyValue(0, 1)).toBeGreaterThan(20);
    expect(binaryCrossEntropyValue(1, 1)).toBe(0);
    expect(binaryCrossEntropyValue(0, 0)).toBe(0);
    expect(binaryCrossEntropyGradient(1, 0)).toBeGreaterThan(1e11);
    expect(binaryCrossEntropyGradient(0, 1)).toBeLessThan(-1e11);
  });
});

describe('loss-output-gradient', () => {
  it('what the post calls ∇L is −∂L/∂z: Y − Z for MSE and Y/Z for cross-entropy with ln', () => {
    const z = [0.2, 0.7, 0.1];
    const y = [0, 1, 0];
    const g = new Array<number>(3).fill(0);
    mse.gradient(z, y, g);
    expectClose(
      g.map((v) => -v),
      [-0.2, 0.3, -0.1],
      1e-15,
    );
    crossEntropy.gradient(z, y, g);
    expectClose(
      g.map((v) => -v),
      [0, 1 / 0.7, 0],
      1e-15,
    );
  });

  it('corrects the post: Y/Z is not the gradient for the base-10 log its examples use (that is Y/(Z ln 10))', () => {
    const g = new Array<number>(2).fill(0);
    crossEntropyGradient([0.9, 0.1], [1, 0], g, 10);
    expectClose(-g[0]!, 1 / (0.9 * Math.LN10), 1e-15);
    expect(Math.abs(-g[0]! - 1 / 0.9)).toBeGreaterThan(0.5);
  });
});

describe('cross-entropy’s fused output gradients', () => {
  // Built inside each test, not taken from the cache, so that what a test checks is built there.
  const fusedFor = (base: number, activation: unknown) =>
    buildCrossEntropy(base).fused!.find((f) => f.activation === activation)!;

  it('gives ∂L/∂a = z − y exactly where the chain rule loses it: softmax(−800, 0) and σ(−800) for the true class', () => {
    // z for the true class underflows to 0: the chain −y/z · ∂z/∂a gives 0, the fused form −1.
    const zSoftmax = [0, 1];
    const out = [0, 0];
    fusedFor(Math.E, softmaxActivation).gradient(zSoftmax, [1, 0], out);
    expect(out).toEqual([-1, 1]);
    const one = [0];
    fusedFor(Math.E, sigmoidActivation).gradient([0], [1], one);
    expect(one).toEqual([-1]);
    const fromNetwork = gradients(
      fromJSON({
        layers: [{ weights: [[1]], biases: [-801], activation: 'sigmoid' }],
        loss: 'crossEntropy',
      }),
      [1],
      [1],
    );
    expect(fromNetwork[0]!.biases).toEqual([-1]);
    const softmaxNet = fromJSON({
      layers: [{ weights: [[-800, 0]], biases: [0, 0], activation: 'softmax' }],
      loss: 'crossEntropy',
    });
    expect(gradients(softmaxNet, [1], [1, 0])[0]!.biases).toEqual([-1, 1]);
  });

  it('divides by ln base in other bases: base 10 gives (z − y)/ln 10, and −y_j(1 − z_j)/ln 10 on several sigmoid nodes', () => {
    const out = [0, 0];
    fusedFor(10, softmaxActivation).gradient([0.25, 0.75], [1, 0], out);
    expectClose(out, [-0.75 / Math.LN10, 0.75 / Math.LN10], 1e-15);
    const one = [0];
    fusedFor(10, sigmoidActivation).gradient([0.25], [1], one);
    expectClose(one, [-0.75 / Math.LN10], 1e-15);
    sigmoidCrossEntropyGradient([0.25, 0.5], [1, 0], out, 10);
    expectClose(out, [-0.75 / Math.LN10, 0], 1e-15);
    sigmoidCrossEntropyGradient([0.25, 0.5], [0, 1], out);
    expectClose(out, [0, -0.5], 1e-15);
  });

  it('names the base in its label and TeX', () => {
    const base10 = buildCrossEntropy(10);
    expect(base10.name).toBe('crossEntropy');
    expect(base10.label).toBe('Cross-entropy (log base 10)');
    expect(base10.base).toBe(10);
    expect(base10.tex.value).toBe(String.raw`\mathcal{L}=-\sum_{j}y_j\,\log_{10} z_j`);
    expect(base10.tex.gradient).toBe(
      String.raw`\frac{\partial\mathcal{L}}{\partial z_j}=-\frac{y_j}{z_j\ln 10}`,
    );
    const natural = buildCrossEntropy(Math.E);
    expect(natural.name).toBe('crossEntropy');
    expect(natural.label).toBe('Cross-entropy');
    expect(natural.base).toBe(Math.E);
    expect(natural.tex.value).toBe(String.raw`\mathcal{L}=-\sum_{j}y_j\,\ln z_j`);
    expect(natural.tex.gradient).toBe(
      String.raw`\frac{\partial\mathcal{L}}{\partial z_j}=-\frac{y_j}{z_j}`,
    );
    expect(natural.fused!.map((f) => f.activation)).toEqual([softmaxActivation, sigmoidActivation]);
  });

  it('computes its value and gradient in its own base', () => {
    const base10 = buildCrossEntropy(10);
    expectClose(base10.value([0.5, 0.5], [1, 0]), Math.log10(2), 1e-15);
    const g = [0, 0];
    base10.gradient([0.5, 0.5], [1, 0], g);
    expectClose(g, [-2 / Math.LN10, 0], 1e-15);
    expectClose(buildCrossEntropy(Math.E).value([0.5, 0.5], [1, 0]), Math.LN2, 1e-15);
    expectClose(buildCrossEntropy(2).value([0.5, 0.5], [1, 0]), 1, 1e-15);
  });

  it('keeps one object per base, the natural one being the engine’s crossEntropy', () => {
    const base10 = crossEntropyWithBase(10);
    expect(crossEntropyWithBase(10)).toBe(base10);
    expect(crossEntropyWithBase(Math.E)).toBe(crossEntropy);
    expect(crossEntropyWithBase(2)).not.toBe(base10);
    // A fresh build is another object with the same contents.
    const fresh = buildCrossEntropy(10);
    expect(fresh).not.toBe(base10);
    expect({ ...fresh, value: 0, gradient: 0, fused: 0 }).toEqual({
      ...base10,
      value: 0,
      gradient: 0,
      fused: 0,
    });
    expect(crossEntropy).toMatchObject({ base: Math.E, label: 'Cross-entropy' });
  });

  it('names the function in its length errors', () => {
    expect(() => crossEntropyValue([0.5, 0.5], [1])).toThrow(/^crossEntropy: output has 2/);
    expect(() => crossEntropyGradient([0.5], [1, 0], [0])).toThrow(/^crossEntropy gradient: /);
    expect(() => sigmoidCrossEntropyGradient([0.5], [1, 0], [0])).toThrow(
      /^sigmoidCrossEntropyGradient: output has 1/,
    );
  });
});

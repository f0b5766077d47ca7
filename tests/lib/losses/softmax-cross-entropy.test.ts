import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax, softmaxJacobian } from '../../../lib/activations/softmax.ts';
import { numericGradient } from '../../../lib/finite-difference.ts';
import { matVec, transpose } from '../../../lib/linalg.ts';
import { crossEntropyGradient, crossEntropyValue } from '../../../lib/losses/cross-entropy.ts';
import { softmaxCrossEntropyGradient } from '../../../lib/losses/softmax-cross-entropy.ts';
import { expectClose } from '../../helpers/close.ts';

const RUNS = { seed: 20261128, numRuns: 200 };

/** Pre-activations a in [−5, 5] and a one-hot target of the same length. */
const logitsAndOneHot = fc
  .integer({ min: 2, max: 6 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
      fc.integer({ min: 0, max: n - 1 }),
    ),
  )
  .map(([a, c]) => [a, a.map((_, k) => (k === c ? 1 : 0))] as const);

// a ↦ CE(softmax(a), y) is smooth with bounded derivatives (its Hessian is diag(z) − zzᵀ) and
// |L| ≤ 11 for a in [−5, 5]: truncation ~1e-10 and rounding ε·11/h ≈ 3e-10; 1e-7 leaves room.
const FD_TOL = 1e-7;

describe('local-gradient-recursion', () => {
  it('the fused softmax + cross-entropy gradient z − y equals (∂z/∂a)ᵀ ∂L/∂z', () => {
    fc.assert(
      fc.property(logitsAndOneHot, ([a, y]) => {
        const z = softmax(a);
        const fused = new Array<number>(a.length).fill(0);
        softmaxCrossEntropyGradient(z, y, fused);
        expectClose(
          fused,
          z.map((zk, k) => zk - y[k]!),
          1e-15,
        );
        const dLdz = new Array<number>(a.length).fill(0);
        crossEntropyGradient(z, y, dLdz);
        // −y/z reaches 1/z ≤ e^10·6 ≈ 1.3e5 and is multiplied back by z: rounding ~1e-11.
        expectClose(fused, matVec(transpose(softmaxJacobian(a)), dLdz), 1e-9);
      }),
      RUNS,
    );
  });

  it('the fused gradient equals the numeric gradient of a ↦ CE(softmax(a), y)', () => {
    fc.assert(
      fc.property(logitsAndOneHot, ([a, y]) => {
        const fused = new Array<number>(a.length).fill(0);
        softmaxCrossEntropyGradient(softmax(a), y, fused);
        expectClose(
          fused,
          numericGradient((v) => crossEntropyValue(softmax(v), y), a),
          FD_TOL,
        );
      }),
      RUNS,
    );
  });

  it('for a target that does not sum to 1 it is z·Σy − y, which central differences confirm', () => {
    const a = [0.3, -1.2, 0.8];
    const y = [0.5, 0.2, 0.9];
    const out = new Array<number>(3).fill(0);
    softmaxCrossEntropyGradient(softmax(a), y, out);
    expectClose(
      out,
      numericGradient((v) => crossEntropyValue(softmax(v), y), a),
      FD_TOL,
    );
  });

  it('stays exact where z is tiny, which the unfused product cannot', () => {
    // softmax([−800, 0]) has z₀ = e^(−800) = 0 in doubles; the fused form still gives z − y.
    const out = new Array<number>(2).fill(0);
    softmaxCrossEntropyGradient(softmax([-800, 0]), [1, 0], out);
    expect(out).toEqual([-1, 1]);
  });

  it('throws, naming both lengths, when output and target differ in length', () => {
    expect(() => softmaxCrossEntropyGradient([0.5, 0.5], [1, 0, 0], [0, 0])).toThrow(
      /^softmaxCrossEntropyGradient: output has 2 values but target has 3$/,
    );
  });
});

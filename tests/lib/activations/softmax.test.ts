import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  softmax,
  softmaxActivation,
  softmaxBackprop,
  softmaxInto,
  softmaxJacobian,
} from '../../../lib/activations/softmax.ts';
import { numericJacobian } from '../../../lib/finite-difference.ts';
import { diag, matMul, matVec, outer, subtract, transpose } from '../../../lib/linalg.ts';
import { expectClose } from '../../helpers/close.ts';

// Tolerances of 1e-15 and 0 compare the same quantity computed two exact ways (rounding only,
// or literally the same operations); FD_TOL is for finite differences, justified where it is defined.

const RUNS = { seed: 20261128, numRuns: 200 };
const logits = (min: number, max: number) =>
  fc.array(fc.double({ min, max, noNaN: true }), { minLength: 1, maxLength: 6 });
// softmax is bounded by 1 with bounded third derivatives, so central differences with h = 1e-5
// are good to about 1e-10; 1e-8 leaves room.
const FD_TOL = 1e-8;

/** diag(z) − z zᵀ built from the linear-algebra pieces, independently of softmaxJacobian. */
const jacobianFromZ = (z: number[]) => diag(z).map((row, j) => subtract(row, outer(z, z)[j]!));

describe('softmax', () => {
  it('is e^(a_k) / Σ_j e^(a_j) on a small example', () => {
    const a = [1, 2, 3];
    const sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
    expectClose(
      softmax(a),
      a.map((ak) => Math.exp(ak) / sum),
      1e-15,
    );
  });

  it('sums to 1 with every entry in [0, 1], for inputs up to ±1e4', () => {
    fc.assert(
      fc.property(logits(-1e4, 1e4), (a) => {
        const z = softmax(a);
        // n ≤ 6 terms each rounded once: the sum is within a few ε of 1.
        expectClose(
          z.reduce((s, zk) => s + zk, 0),
          1,
          1e-14,
        );
        for (const zk of z) {
          expect(zk).toBeGreaterThanOrEqual(0);
          expect(zk).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('is unchanged by adding the same constant to every input', () => {
    fc.assert(
      fc.property(logits(-1e4, 1e4), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (a, c) => {
        // a_k + c rounds with an absolute error up to ε·2e4 ≈ 4e-12 in the exponent, a relative
        // change of the same size in each z_k: 1e-10 is a safe bound.
        expectClose(softmax(a.map((ak) => ak + c)), softmax(a), 1e-10);
      }),
      RUNS,
    );
  });

  it('stays finite at the extremes: softmax([1000, 0]) = [1, 0], softmax([−1000, −1000]) = [½, ½]', () => {
    expect(softmax([1000, 0])).toEqual([1, 0]);
    expect(softmax([-1000, 0])).toEqual([0, 1]);
    expect(softmax([-1000, -1000])).toEqual([0.5, 0.5]);
    expect(softmax([1e4, -1e4, 1e4])).toEqual([0.5, 0, 0.5]);
  });

  it('and its Jacobian have no NaN or Infinity for inputs in [−1e4, 1e4]', () => {
    fc.assert(
      fc.property(logits(-1e4, 1e4), (a) => {
        for (const v of [...softmax(a), ...softmaxJacobian(a).flat()]) {
          expect(Number.isFinite(v)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('softmaxInto writes the same values into a Float64Array', () => {
    const z = new Float64Array(3);
    softmaxInto([0.1, -2, 4], z);
    expectClose(z, softmax([0.1, -2, 4]), 0);
  });
});

describe('softmax-example', () => {
  it('softmax of [0.3, 0.6] is [0.4256, 0.5744] to 4 decimals (correcting the post’s 0.4255 / 0.5745)', () => {
    const z = softmax([0.3, 0.6]);
    // The exact values are 0.425557… and 0.574442…: rounded, 0.4256 and 0.5744.
    expect(z.map((zk) => zk.toFixed(4))).toEqual(['0.4256', '0.5744']);
    expectClose(z, [1 / (1 + Math.exp(0.3)), 1 / (1 + Math.exp(-0.3))], 1e-15);
    expect(z[0]!.toFixed(4)).not.toBe('0.4255');
  });
});

describe('softmax-diagonal-derivative', () => {
  it('∂z_j/∂a_j = z_j(1 − z_j)', () => {
    const a = [0.5, -1, 2];
    const z = softmax(a);
    const J = softmaxJacobian(a);
    z.forEach((zj, j) => expectClose(J[j]![j]!, zj * (1 - zj), 1e-15));
  });
});

describe('softmax-off-diagonal-derivative', () => {
  it('∂z_j/∂a_k = −z_j z_k for j ≠ k', () => {
    const a = [0.5, -1, 2];
    const z = softmax(a);
    const J = softmaxJacobian(a);
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 3; k++) if (j !== k) expectClose(J[j]![k]!, -z[j]! * z[k]!, 1e-15);
    }
  });
});

describe('softmax-jacobian-3', () => {
  it('for 3 outputs the 3×3 Jacobian matches central differences and is symmetric', () => {
    const a = [0.2, 0.9, -0.4];
    const J = softmaxJacobian(a);
    expectClose(J, numericJacobian(softmax, a), FD_TOL);
    expectClose(J, transpose(J), 0);
  });
});

describe('softmax-jacobian', () => {
  it('equals diag(z) − z zᵀ for seeded random inputs', () => {
    fc.assert(
      fc.property(logits(-10, 10), (a) => {
        expectClose(softmaxJacobian(a), jacobianFromZ(softmax(a)), 1e-15);
      }),
      RUNS,
    );
  });

  it('equals the numeric Jacobian of softmax', () => {
    fc.assert(
      fc.property(logits(-5, 5), (a) => {
        expectClose(softmaxJacobian(a), numericJacobian(softmax, a), FD_TOL);
      }),
      RUNS,
    );
  });

  it('has rows that sum to 0, since the outputs always sum to 1', () => {
    fc.assert(
      fc.property(logits(-10, 10), (a) => {
        for (const row of softmaxJacobian(a)) {
          expectClose(
            row.reduce((s, v) => s + v, 0),
            0,
            1e-15,
          );
        }
      }),
      RUNS,
    );
  });

  it('corrects the post: softmax(a)·[I − softmaxᵀ(a)] as a matrix product does not conform; diag(z)(I − 1zᵀ) = diag(z) − zzᵀ does', () => {
    const z = softmax([0.1, 0.2, 0.3]);
    // I − zᵀ only makes sense broadcast: row j is e_j − z, i.e. entry [j][k] = 1[j = k] − z_k.
    const broadcast = z.map((_, j) => z.map((zk, k) => (j === k ? 1 : 0) - zk));
    // The column z (3×1) cannot multiply that 3×3 matrix…
    expect(() =>
      matMul(
        z.map((zj) => [zj]),
        broadcast,
      ),
    ).toThrow(/cannot multiply 3×1 by 3×3/);
    // …but scaling row j by z_j, i.e. diag(z) times it, gives the Jacobian.
    expectClose(matMul(diag(z), broadcast), softmaxJacobian([0.1, 0.2, 0.3]), 1e-15);
    expectClose(matMul(diag(z), broadcast), jacobianFromZ(z), 1e-15);
  });

  it('softmaxBackprop(z, g) equals Jᵀg, without building J', () => {
    const vectors = fc
      .integer({ min: 1, max: 6 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(vectors, ([a, g]) => {
        const out = new Array<number>(a.length).fill(0);
        softmaxBackprop(softmax(a), g, out);
        // Both sum n ≤ 6 products of size ≤ 10; rounding differences stay near 1e-14.
        expectClose(out, matVec(transpose(softmaxJacobian(a)), g), 1e-12);
      }),
      RUNS,
    );
  });

  it('the activation object’s apply and backprop agree with f and the Jacobian', () => {
    const a = [1.5, -0.3, 0.2, 0.8];
    const g = [0.4, -1, 2, 0.1];
    const z = new Float64Array(4);
    softmaxActivation.apply(a, z);
    expectClose(z, softmaxActivation.f(a), 0);
    const out = new Float64Array(4);
    softmaxActivation.backprop(a, z, g, out);
    expectClose(out, matVec(transpose(softmaxActivation.jacobian(a)), g), 1e-14);
  });
});

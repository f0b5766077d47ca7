import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../lib/activations/sigmoid.ts';
import {
  tanh,
  tanhActivation,
  tanhDerivative,
  tanhViaSigmoid,
} from '../../../lib/activations/tanh.ts';
import { centralDifference } from '../../../lib/finite-difference.ts';
import { expectClose } from '../../helpers/close.ts';

const RUNS = { seed: 20261128, numRuns: 300 };
const moderate = fc.double({ min: -20, max: 20, noNaN: true });
// tanh is bounded by 1 with |tanh‴| ≤ 2: central differences with h = 1e-5 are good to ~1e-10.
const FD_TOL = 1e-8;

/** The post's last step: 4·(tanh + 1)/2 · (1 − (tanh − 1)/2), which simplifies to (1 + t)(3 − t). */
const postTanhDerivative = (a: number) => {
  const t = Math.tanh(a);
  return 4 * ((t + 1) / 2) * (1 - (t - 1) / 2);
};
/** The corrected step: 1 − σ(2a) = (1 − tanh)/2 = 1 − (tanh + 1)/2. */
const correctedTanhDerivative = (a: number) => {
  const t = Math.tanh(a);
  return 4 * ((t + 1) / 2) * (1 - (t + 1) / 2);
};

describe('tanh', () => {
  it('is (1 − e^(−2a))/(1 + e^(−2a)) and saturates at ±1 without NaN', () => {
    for (const a of [-3, -0.5, 0, 0.7, 2]) {
      expectClose(tanh(a), (1 - Math.exp(-2 * a)) / (1 + Math.exp(-2 * a)), 1e-14);
    }
    expect(tanh(1e4)).toBe(1);
    expect(tanh(-1e4)).toBe(-1);
  });

  it('and its derivative are finite for every input in [−1e4, 1e4]', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (a) => {
        expect(Number.isFinite(tanh(a))).toBe(true);
        expect(Number.isFinite(tanhViaSigmoid(a))).toBe(true);
        expect(Number.isFinite(tanhDerivative(a))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('tanh-via-sigmoid', () => {
  it('tanh(a) = 2σ(2a) − 1 on seeded random inputs', () => {
    fc.assert(
      fc.property(moderate, (a) => {
        // 2σ(2a) − 1 cancels near 0; the error stays at rounding level, ~1e-16 absolute.
        expectClose(tanhViaSigmoid(a), Math.tanh(a), 1e-14);
        expectClose(2 * sigmoid(2 * a) - 1, tanh(a), 1e-14);
      }),
      RUNS,
    );
  });
});

describe('tanh-derivative', () => {
  it('tanh′(a) matches the central difference of tanh', () => {
    fc.assert(
      fc.property(moderate, (a) =>
        expectClose(tanhDerivative(a), centralDifference(tanh, a), FD_TOL),
      ),
      RUNS,
    );
  });

  it('tanh′ = 1 − tanh², and the activation object’s df(a, z) reuses z = tanh(a)', () => {
    fc.assert(
      fc.property(moderate, (a) => {
        // Independent form: 1/cosh²(a).
        expectClose(tanhDerivative(a), 1 / Math.cosh(a) ** 2, 1e-14);
        expectClose(tanhActivation.df(a, tanh(a)), 1 / Math.cosh(a) ** 2, 1e-14);
      }),
      RUNS,
    );
  });

  it('∇[2σ(2a) − 1] = 4σ(2a)(1 − σ(2a)), the post’s middle step, equals 1 − tanh²', () => {
    fc.assert(
      fc.property(moderate, (a) => {
        const s = sigmoid(2 * a);
        expectClose(4 * s * (1 - s), tanhDerivative(a), 1e-14);
      }),
      RUNS,
    );
  });

  it('corrects the post: 4·(tanh+1)/2·(1 − (tanh−1)/2) is not 1 − tanh² (it is 3 at a = 0, not 1)', () => {
    // (1 − (t − 1)/2) is (3 − t)/2, so the post's product is (1 + t)(3 − t): 3 at t = 0.
    expect(postTanhDerivative(0)).toBe(3);
    expect(tanhDerivative(0)).toBe(1);
    expectClose(postTanhDerivative(0.5), (1 + Math.tanh(0.5)) * (3 - Math.tanh(0.5)), 1e-14);
    expect(Math.abs(postTanhDerivative(0.5) - tanhDerivative(0.5))).toBeGreaterThan(1);
  });

  it('the corrected 4·(tanh+1)/2·(1 − (tanh+1)/2) equals 1 − tanh² everywhere', () => {
    fc.assert(
      fc.property(moderate, (a) =>
        expectClose(correctedTanhDerivative(a), tanhDerivative(a), 1e-14),
      ),
      RUNS,
    );
  });
});

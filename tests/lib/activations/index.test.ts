import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activationNames,
  activations,
  isActivationName,
  type ElementwiseActivation,
} from '../../../lib/activations/index.ts';
import { centralDifference, numericJacobian } from '../../../lib/finite-difference.ts';
import { matVec, transpose } from '../../../lib/linalg.ts';
import { expectClose } from '../../helpers/close.ts';

const RUNS = { seed: 20261128, numRuns: 150 };
const elementwise = Object.values(activations).filter(
  (act): act is ElementwiseActivation => act.kind === 'elementwise',
);
// Away from ReLU's kink at 0; h = 1e-5 and |a| ≤ 20: truncation and rounding both ≲ 1e-10.
const layer = fc.array(
  fc.double({ min: -20, max: 20, noNaN: true }).filter((a) => Math.abs(a) > 1e-3),
  { minLength: 1, maxLength: 6 },
);
const FD_TOL = 1e-8;

describe('activations', () => {
  it('registers each activation under its own name, with TeX for φ and φ′', () => {
    expect(activationNames).toEqual(['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear', 'softmax']);
    for (const name of activationNames) {
      expect(activations[name].name).toBe(name);
      expect(activations[name].tex.f.length).toBeGreaterThan(0);
      expect(activations[name].tex.df.length).toBeGreaterThan(0);
    }
    expect(isActivationName('relu')).toBe(true);
    expect(isActivationName('constructor')).toBe(false);
    // An array of one name converts to that name as a property key, but it is not a name.
    expect(isActivationName(['relu'])).toBe(false);
  });

  it.each(elementwise.map((act) => [act.name, act] as const))(
    '%s: df(a, f(a)) matches the central difference of f',
    (_name, act) => {
      fc.assert(
        fc.property(layer, (a) => {
          for (const ak of a)
            expectClose(act.df(ak, act.f(ak)), centralDifference(act.f, ak), FD_TOL);
        }),
        RUNS,
      );
    },
  );

  it.each(elementwise.map((act) => [act.name, act] as const))(
    '%s: apply gives f of each node and backprop gives g ⊙ φ′, the numeric diagonal Jacobian times g',
    (_name, act) => {
      fc.assert(
        fc.property(layer, (a) => {
          const z = new Float64Array(a.length);
          act.apply(a, z);
          // 1e-15: tanh's layer kernel is 1 − 2/(e^{2a} + 1), within 4e-16 of Math.tanh.
          expectClose(z, a.map(act.f), 1e-15);
          const g = a.map((_, k) => k - 1.5);
          const out = new Float64Array(a.length);
          act.backprop(a, z, g, out);
          // The kernels are the same φ′ as df: backprop is g ⊙ df(a, z) to the last bits.
          expectClose(
            out,
            g.map((gk, k) => gk * act.df(a[k]!, z[k]!)),
            1e-15,
          );
          const numeric = matVec(transpose(numericJacobian((x) => x.map(act.f), a)), g);
          // g has entries up to 4.5, so the numeric product carries up to 4.5× the FD error.
          expectClose(out, numeric, 5 * FD_TOL);
        }),
        RUNS,
      );
    },
  );

  it('softmax: backprop gives Jᵀg with J the numeric Jacobian of f', () => {
    const act = activations.softmax;
    // The registry types every entry as either kind; softmax must be the vector kind.
    if (act.kind !== 'vector') throw new Error('softmax should be a vector activation');
    fc.assert(
      fc.property(layer, (a) => {
        const z = new Float64Array(a.length);
        act.apply(a, z);
        const g = a.map((_, k) => 1 - k);
        const out = new Float64Array(a.length);
        act.backprop(a, z, g, out);
        expectClose(out, matVec(transpose(numericJacobian((x) => act.f(x), a)), g), 5 * FD_TOL);
      }),
      RUNS,
    );
  });

  it('every activation and its derivative is finite for inputs in [−1e4, 1e4]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (a) => {
          for (const act of Object.values(activations)) {
            const z = new Float64Array(a.length);
            act.apply(a, z);
            const out = new Float64Array(a.length);
            act.backprop(a, z, new Array<number>(a.length).fill(1), out);
            for (const v of [...z, ...out]) expect(Number.isFinite(v), act.name).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});

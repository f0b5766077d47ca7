import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activations } from '../../../lib/activations/index.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { hadamard, matVec, subtract } from '../../../lib/linalg.ts';
import { backward, createNetwork, forward, layerWeights } from '../../../lib/network/index.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';
import { chain, FD_TOLERANCE, evaluateAt, rowValue, sampleArbitrary } from './support.ts';

describe('weight-update', () => {
  it('gives W(l) + η Z(l−1)(Δ(l))ᵀ and b(l) + η Δ(l) equal to one trainStep, for both layers', () => {
    for (const l of [1, 2]) {
      const evaluation = evaluateAt('weight-update', { l });
      expectClose(
        rowValue(evaluation, 'W(l) after one trainStep'),
        rowValue(evaluation, 'W(l) + η Z(l−1)(Δ(l))ᵀ'),
        1e-12,
      );
      expectClose(
        rowValue(evaluation, 'b(l) after one trainStep'),
        rowValue(evaluation, 'b(l) + η Δ(l)'),
        1e-12,
      );
    }
  });

  it('matches the layer-specific updates of post equations 31, 32, 38 and 39', () => {
    expectClose(
      rowValue(evaluateAt('weight-update', { l: 2 }), 'W(l) + η Z(l−1)(Δ(l))ᵀ'),
      rowValue(evaluateAt('output-weight-matrix-update'), 'W(2) + η Z(1)(Δ(2))ᵀ'),
      0,
    );
    expectClose(
      rowValue(evaluateAt('weight-update', { l: 1 }), 'W(l) + η Z(l−1)(Δ(l))ᵀ'),
      rowValue(evaluateAt('hidden-weight-matrix-update'), 'W(1) + η Z(0)(Δ(1))ᵀ'),
      0,
    );
    expectClose(
      rowValue(evaluateAt('weight-update', { l: 1 }), 'b(l) + η Δ(l)'),
      rowValue(evaluateAt('hidden-bias-vector-update'), 'b(1) + η Δ(1)'),
      0,
    );
  });

  it('refuses a layer l that has no weights', () => {
    expect(() => evaluateAt('weight-update', { l: 3 })).toThrow(/layers 1 to 2/);
    expect(() => evaluateAt('weight-update', { l: 0 })).toThrow(/layers 1 to 2/);
  });

  it('corrects the post’s ΔW(L) := ΔW(L) + η·Δ(L)[Z(L−1)]ᵀ: it updates W(l) itself, with the increment Z(l−1)(Δ(l))ᵀ in W’s shape', () => {
    const evaluation = evaluateAt('weight-update', { l: 2 });
    const increment = rowValue(evaluation, 'the post’s increment') as number[][];
    const W = rowValue(evaluation, 'W(l) + η Z(l−1)(Δ(l))ᵀ') as number[][];
    expect([increment.length, increment[0]!.length]).toEqual([W[0]!.length, W.length]);
    expect(chain(formulaById('weight-update').tex).startsWith('W^{(l)}:=W^{(l)}+')).toBe(true);
    expect(
      chain(formulaById('weight-update').post?.originalTex ?? '').startsWith(
        String.raw`\Delta W^{(L)}:=\Delta W^{(L)}`,
      ),
    ).toBe(true);
  });
});

describe('local-gradient-recursion', () => {
  it('gives the elementwise output rule and the hidden recursion equal to the backward pass for the sigmoid network', () => {
    const evaluation = evaluateAt('local-gradient-recursion');
    expectClose(
      rowValue(evaluation, 'sigmoid output, MSE: (Y − Z(2)) ∗ ∇φ(2)'),
      rowValue(evaluation, 'sigmoid output, MSE: Δ(2) from the backward pass'),
      1e-15,
    );
    expectClose(
      rowValue(evaluation, 'hidden layer: [W(2)Δ(2)] ∗ ∇φ(1)'),
      rowValue(evaluation, 'hidden layer: Δ(1) from the backward pass'),
      1e-15,
    );
  });

  it('gives (∇_a z)ᵀ(Y/Z) = Y − Z for a softmax output under cross-entropy, equal to the backward pass and to central differences within 1e-7', () => {
    const evaluation = evaluateAt('local-gradient-recursion');
    const chained = rowValue(evaluation, '(∇_a z)ᵀ(Y/Z)');
    expectClose(rowValue(evaluation, 'Y − Z (a target summing to 1)'), chained, 1e-12);
    expectClose(
      rowValue(evaluation, 'softmax output: Δ(2) from the backward pass'),
      chained,
      1e-12,
    );
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
  });

  it('corrects the post’s ∇L ∗ ∇φ(L) for softmax outputs: the elementwise product differs from the true Δ(L)', () => {
    const evaluation = evaluateAt('local-gradient-recursion');
    const post = rowValue(evaluation, 'the post’s elementwise product') as number[];
    const correct = rowValue(evaluation, '(∇_a z)ᵀ(Y/Z)') as number[];
    expect(Math.abs(post[1]! - correct[1]!)).toBeGreaterThan(0.1);
    expect(formulaById('local-gradient-recursion').tex).toContain(
      String.raw`\left(\nabla_{a^{(l)}}z^{(l)}\right)^{T}`,
    );
  });

  it('keeps the softmax rule equal to central differences for random samples with a one-hot target (property)', () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.boolean(), (sample, first) => {
        const evaluation = evaluateAt('local-gradient-recursion', {
          ...sample,
          y0: first ? 1 : 0,
          y1: first ? 0 : 1,
        });
        expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
      }),
      { numRuns: 30, seed: 44 },
    );
  });

  it('holds Δ(l) = [W(l+1)Δ(l+1)] ∗ ∇φ(l) in every hidden layer of random seeded networks (property)', () => {
    const hidden = fc.constantFrom('sigmoid', 'tanh', 'leakyRelu', 'linear') as fc.Arbitrary<
      'sigmoid' | 'tanh' | 'leakyRelu' | 'linear'
    >;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 5 }),
        hidden,
        (seed, sizes, name) => {
          const rng = createRng(seed);
          const net = createNetwork({
            sizes,
            activations: { hidden: name, output: 'sigmoid' },
            loss: 'mse',
            rng,
          });
          const x = Array.from({ length: sizes[0]! }, () => rng.uniform(-2, 2));
          const y = Array.from({ length: sizes[sizes.length - 1]! }, () => rng.uniform(0, 1));
          const cache = forward(net, x);
          const { deltas } = backward(net, cache, y);
          const L = sizes.length - 1;
          const dPhi = (l: number) => {
            const phi = activations[l === L ? 'sigmoid' : name];
            if (phi.kind !== 'elementwise') throw new Error('expected an elementwise activation');
            return cache.a[l]!.map((a, j) => phi.df(a, cache.z[l]![j]!));
          };
          expectClose(deltas[L]!, hadamard(subtract(y, cache.z[L]!), dPhi(L)), 1e-12);
          for (let l = L - 1; l >= 1; l--) {
            expectClose(
              deltas[l]!,
              hadamard(matVec(layerWeights(net, l + 1), deltas[l + 1]!), dPhi(l)),
              1e-12,
            );
          }
        },
      ),
      { numRuns: 50, seed: 4242 },
    );
  });
});

describe('loss-output-gradient', () => {
  it('gives −∂L/∂z = Y − Z = [0.1, −0.1] for MSE and Y/Z = [1.111, 0] for cross-entropy at the post’s [0.9, 0.1] and [1, 0]', () => {
    const evaluation = evaluateAt('loss-output-gradient');
    expectClose(rowValue(evaluation, 'MSE: Y − Z = −∂L/∂z'), [0.1, -0.1], 1e-12);
    expectClose(rowValue(evaluation, 'cross-entropy (ln): Y/Z = −∂L/∂z'), [1 / 0.9, 0], 1e-12);
  });

  it('agrees with the central differences of both losses within 1e-7', () => {
    expect(evaluateAt('loss-output-gradient').check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
    expect(
      evaluateAt('loss-output-gradient', { z0: 0.3, z1: 0.6, y0: 0.2, y1: 0.8 }).check!.maxAbsDiff,
    ).toBeLessThan(FD_TOLERANCE);
  });

  it('corrects the post’s ∇L = Y − Z: the gradient of the loss is Z − Y, the opposite sign; Y − Z is −∂L/∂z', () => {
    const evaluation = evaluateAt('loss-output-gradient');
    const post = rowValue(evaluation, 'the post’s ∇L for MSE') as number[];
    const gradient = rowValue(evaluation, 'MSE: ∂L/∂z, the true gradient (Z − Y)') as number[];
    expectClose(
      post,
      gradient.map((g) => -g),
      1e-15,
    );
    expect(
      formulaById('loss-output-gradient').tex.startsWith(String.raw`-\nabla_{z^{(L)}}\mathcal{L}=`),
    ).toBe(true);
  });

  it('corrects the post’s Y/Z for its own base-10 examples: there −∂L/∂z is Y/(Z ln 10)', () => {
    const evaluation = evaluateAt('loss-output-gradient');
    expectClose(rowValue(evaluation, 'base-10 cross-entropy'), [1 / (0.9 * Math.LN10), 0], 1e-12);
    expect(
      Math.abs((rowValue(evaluation, 'base-10 cross-entropy') as number[])[0]! - 1 / 0.9),
    ).toBeGreaterThan(0.5);
  });
});

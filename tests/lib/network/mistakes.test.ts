import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { train, trainStep } from '../../../lib/network/api.ts';
import {
  carriesMistake,
  MISTAKES,
  mistakeApplies,
  mistakeById,
  mistakenNetwork,
  type Mistake,
  type MistakeId,
} from '../../../lib/network/mistakes.ts';
import { checkSteps, STEP_CHECK_H, STEP_CHECK_TOLERANCE } from '../../../lib/network/step-check.ts';
import { stepThrough } from '../../../lib/network/step-through.ts';
import { repeatSteps } from '../../../lib/network/step-training.ts';
import type { Network } from '../../../lib/network/types.ts';
import { expectClose } from '../../helpers/close.ts';
import { createRng, randomNetwork, randomTarget, randomVector } from './helpers.ts';

const mistake = (id: MistakeId): Mistake => mistakeById(id)!;

/** Seeded random networks a mistake should show on (its layer shapes and activations). */
function networksFor(
  id: MistakeId | 'none',
  seed: number,
): { net: Network; x: number[]; y: number[] }[] {
  const rng = createRng(seed);
  const shapes: [number[], 'sigmoid' | 'tanh', 'sigmoid' | 'softmax', 'mse' | 'crossEntropy'][] =
    id === 'softmaxElementwise'
      ? [
          [[3, 4, 3], 'tanh', 'softmax', 'crossEntropy'],
          [[2, 3, 3], 'sigmoid', 'softmax', 'crossEntropy'],
          [[2, 2, 4], 'tanh', 'softmax', 'mse'],
        ]
      : id === 'transposedUpdate'
        ? [
            [[3, 3, 3], 'tanh', 'sigmoid', 'mse'],
            [[2, 2, 2], 'sigmoid', 'sigmoid', 'mse'],
            [[4, 4], 'tanh', 'softmax', 'crossEntropy'],
          ]
        : [
            [[3, 4, 2], 'tanh', 'sigmoid', 'mse'],
            [[2, 3, 3], 'sigmoid', 'softmax', 'crossEntropy'],
            [[2, 5, 4, 1], 'tanh', 'sigmoid', 'crossEntropy'],
          ];
  return shapes.flatMap(([sizes, hidden, output, loss]) =>
    [0, 1, 2].map(() => {
      const net = randomNetwork(rng, sizes, hidden, output, loss);
      return {
        net,
        x: randomVector(rng, sizes[0]!),
        y: randomTarget(rng, sizes.at(-1)!, loss),
      };
    }),
  );
}

describe('the right backpropagation under the step check', () => {
  it(`agrees with −η times central differences at h = ${STEP_CHECK_H} within ${STEP_CHECK_TOLERANCE}, and far inside it`, () => {
    for (const id of ['none', 'softmaxElementwise', 'transposedUpdate'] as const) {
      for (const { net, x, y } of networksFor(id, 11)) {
        const run = stepThrough(net, x, y, 0.2);
        const check = checkSteps(net, x, y, 0.2, run.updates);
        expect(check.passed, `${net.layers.map((l) => l.nOut).join('-')}`).toBe(true);
        // The margin the tolerance is justified by: a right step is off by rounding alone.
        expect(check.worst).toBeLessThan(STEP_CHECK_TOLERANCE / 10);
      }
    }
  });
});

describe.each(MISTAKES.map((m) => [m.id, m] as const))('the mistake %s', (id, m) => {
  it('disagrees with central differences on every seeded random network it applies to', () => {
    for (const { net, x, y } of networksFor(id, 23)) {
      expect(mistakeApplies(net, m)).toBe(true);
      const run = stepThrough(net, x, y, 0.2, m);
      const check = checkSteps(net, x, y, 0.2, run.updates);
      expect(check.passed).toBe(false);
      // Not a near miss: the worst parameter is off by more than 1 % of its step.
      expect(check.worst).toBeGreaterThan(0.01);
      expect(check.failed).toBeGreaterThan(0);
    }
  });

  it('marks the steps where it acts, and only those', () => {
    const run = stepThrough(exampleNetwork('softmax'), EXAMPLE_X, EXAMPLE_Y, 0.1, m);
    const marked = run.steps.filter((s) => s.broken !== undefined).map((s) => s.kind);
    const expected =
      m.output !== undefined
        ? ['outputDelta']
        : m.hidden !== undefined
          ? ['hiddenDelta']
          : ['update', 'update'];
    expect(marked).toEqual(expected);
    expect(
      stepThrough(exampleNetwork(), EXAMPLE_X, EXAMPLE_Y, 0.1).steps.some((s) => s.broken),
    ).toBe(false);
  });

  it('can never reach train() or trainStep()', () => {
    const net = mistakenNetwork(exampleNetwork(), m);
    expect(carriesMistake(net)).toBe(true);
    expect(() => train(net, [EXAMPLE_X], [EXAMPLE_Y], { eta: 0.1, epochs: 1 })).toThrow(
      /deliberate backpropagation mistake/,
    );
    expect(() => trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.1)).toThrow(
      /deliberate backpropagation mistake/,
    );
  });

  it('leaves the network it was shown on unmarked and trainable', () => {
    const net = exampleNetwork();
    stepThrough(net, EXAMPLE_X, EXAMPLE_Y, 0.1, m);
    expect(carriesMistake(net)).toBe(false);
    expect(Number.isFinite(trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.1))).toBe(true);
  });
});

describe('mistakes on networks they cannot change', () => {
  it('the transposed update cannot even be added on a layer that is not square, and says why', () => {
    const net = exampleNetwork();
    const run = stepThrough(net, EXAMPLE_X, EXAMPLE_Y, 0.1, mistake('transposedUpdate'));
    expect(run.updated).toBeNull();
    expect(run.updates[0]!.refused).toMatch(/W\(1\) is 3 × 4 but .* is 4 × 3/);
    const check = checkSteps(net, EXAMPLE_X, EXAMPLE_Y, 0.1, run.updates);
    expect(check.passed).toBe(false);
    expect(check.rows.filter((r) => r.step === null)).toHaveLength(3 * 4 + 4 * 2);
    expect(run.steps.find((s) => s.kind === 'update')!.note).toMatch(/cannot be added/);
  });

  it('the elementwise softmax slip applies only to a softmax output; the hidden slip only with a hidden layer', () => {
    expect(mistakeApplies(exampleNetwork('sigmoid'), mistake('softmaxElementwise'))).toBe(false);
    expect(mistakeApplies(exampleNetwork('softmax'), mistake('softmaxElementwise'))).toBe(true);
    const oneLayer = randomNetwork(createRng(2), [2, 2], 'tanh', 'sigmoid', 'mse');
    expect(mistakeApplies(oneLayer, mistake('hiddenNoDerivative'))).toBe(false);
    expect(mistakeApplies(oneLayer, mistake('flippedSign'))).toBe(true);
  });

  it('forgetting the output φ′ of softmax with cross-entropy gives δ = Y/Z, the post’s ∇L alone', () => {
    const net = exampleNetwork('softmax');
    const run = stepThrough(net, EXAMPLE_X, EXAMPLE_Y, 0.1, mistake('outputNoDerivative'));
    const z = run.cache.z[2]!;
    expectClose(run.back.deltas[2]!, [EXAMPLE_Y[0]! / z[0]!, 0], 1e-15);
  });

  it('a flipped sign makes repeated steps raise the loss', () => {
    const { losses } = repeatSteps(
      exampleNetwork(),
      EXAMPLE_X,
      EXAMPLE_Y,
      0.5,
      10,
      mistake('flippedSign'),
    );
    for (let k = 1; k < losses.length; k++) expect(losses[k]!).toBeGreaterThan(losses[k - 1]!);
  });

  it('repeated transposed steps stop at once on a layer that is not square, with the reason', () => {
    const run = repeatSteps(
      exampleNetwork(),
      EXAMPLE_X,
      EXAMPLE_Y,
      0.5,
      10,
      mistake('transposedUpdate'),
    );
    expect(run.losses).toHaveLength(1);
    expect(run.stopped).toMatch(/cannot be added/);
  });
});

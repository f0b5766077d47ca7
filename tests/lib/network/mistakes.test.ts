import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { train, trainStep } from '../../../lib/network/api.ts';
import {
  carriesMistake,
  MISTAKES,
  mistakeApplies,
  mistakeById,
  mistakeNeeds,
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

  it('shows, on each step it marks, its own equation for that layer beside a different right one', () => {
    const run = stepThrough(exampleNetwork('softmax'), EXAMPLE_X, EXAMPLE_Y, 0.1, m);
    for (const s of run.steps.filter((step) => step.broken !== undefined)) {
      expect(s.broken!.label).toBe(m.label);
      expect(s.broken!.tex).toBe(m.tex(s.layer));
      expect(s.broken!.tex).toContain(`^{(${s.layer})}`);
      expect(s.broken!.tex).not.toBe(s.equation.tex);
    }
  });

  it('can never reach train() or trainStep()', () => {
    const net = mistakenNetwork(exampleNetwork(), m);
    expect(carriesMistake(net)).toBe(true);
    expect(() => train(net, [EXAMPLE_X], [EXAMPLE_Y], { eta: 0.1, epochs: 1 })).toThrow(
      /^train: this network carries a deliberate backpropagation mistake/,
    );
    expect(() => trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.1)).toThrow(
      /^trainStep: this network carries a deliberate backpropagation mistake/,
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
    expect(mistakeNeeds(oneLayer, mistake('hiddenNoDerivative'))).toBe('a hidden layer');
    expect(mistakeNeeds(exampleNetwork(), mistake('softmaxElementwise'))).toBe(
      'a softmax output layer',
    );
    expect(mistakeNeeds(exampleNetwork(), mistake('flippedSign'))).toBeNull();
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

describe('the equation each mistake shows', () => {
  it('writes the slip itself: φ′ missing, the transposed product, the diagonal only, the minus', () => {
    const tex = (id: MistakeId, l: number) => mistake(id).tex(l);
    expect(tex('outputNoDerivative', 2)).toBe(
      String.raw`\delta^{(2)}_{j}=-\frac{\partial\mathcal{L}}{\partial z^{(2)}_{j}}`,
    );
    expect(tex('hiddenNoDerivative', 1)).toBe(
      String.raw`\delta^{(1)}_{j}=\sum_{k}w^{(2)}_{jk}\,\delta^{(2)}_{k}`,
    );
    expect(tex('transposedUpdate', 2)).toMatch(
      /^W\^\{\(2\)\}:=W\^\{\(2\)\}\+\\eta\\,\\delta\^\{\(2\)\}\\left\(z\^\{\(1\)\}\\right\)\^\{T\}/,
    );
    expect(tex('softmaxElementwise', 2)).toContain(
      String.raw`z^{(2)}_{j}\left(1-z^{(2)}_{j}\right)`,
    );
    expect(tex('flippedSign', 1)).toContain(String.raw`W^{(1)}:=W^{(1)}-\eta\,z^{(0)}`);
    expect(tex('flippedSign', 1)).toContain(String.raw`b^{(1)}:=b^{(1)}-\eta\,\delta^{(1)}`);
  });
});

describe('what each mistake computes, exactly', () => {
  const rng = createRng(21);
  const softmaxNet = randomNetwork(rng, [2, 3, 3], 'tanh', 'softmax', 'crossEntropy');
  const sigmoidNet = randomNetwork(rng, [2, 3, 2], 'tanh', 'sigmoid', 'mse');
  const x = [0.4, -0.7];
  const last = (net: Network) => net.layers.length;

  it('forgetting the output φ′ leaves δ(L) = −∂L/∂z: y − z for squared error', () => {
    const y = [1, 0];
    const run = stepThrough(sigmoidNet, x, y, 0.1, mistake('outputNoDerivative'));
    const z = run.cache.z[last(sigmoidNet)]!;
    expectClose(run.back.deltas[last(sigmoidNet)]!, [y[0]! - z[0]!, y[1]! - z[1]!], 1e-15);
  });

  it('forgetting φ′ makes the activation’s own slope 1, so the step’s numbers show it too', () => {
    for (const net of [sigmoidNet, softmaxNet]) {
      const slipped = mistakenNetwork(net, mistake('outputNoDerivative')).layers.at(-1)!.activation;
      expect(slipped.label).toBe(`${net.layers.at(-1)!.activation.label} without φ′`);
      expect(slipped.kind).toBe(net.layers.at(-1)!.activation.kind);
      if (slipped.kind === 'elementwise') expect(slipped.df(0.3, 0.57)).toBe(1);
      else
        expect(slipped.jacobian([0.1, 0.2, 0.3])).toEqual([
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ]);
    }
  });

  it('forgetting the hidden φ′ leaves δ(l) = W(l+1) δ(l+1), the output δ untouched', () => {
    const y = [0, 1, 0];
    const right = stepThrough(softmaxNet, x, y, 0.1);
    const run = stepThrough(softmaxNet, x, y, 0.1, mistake('hiddenNoDerivative'));
    expectClose(run.back.deltas[2]!, right.back.deltas[2]!, 0);
    const W = softmaxNet.layers[1]!;
    const expected = Array.from({ length: W.nIn }, (_, i) =>
      run.back.deltas[2]!.reduce((s, d, k) => s + W.weights[i * W.nOut + k]! * d, 0),
    );
    expectClose(run.back.deltas[1]!, expected, 1e-15);
  });

  it('the elementwise softmax slip gives δ(L) = (Y/Z) ⊙ z(1 − z) = y ⊙ (1 − z) under cross-entropy', () => {
    const y = [0, 1, 0];
    const run = stepThrough(softmaxNet, x, y, 0.1, mistake('softmaxElementwise'));
    const z = run.cache.z[2]!;
    expectClose(
      run.back.deltas[2]!,
      y.map((yj, j) => yj * (1 - z[j]!)),
      1e-15,
    );
    const slipped = mistakenNetwork(softmaxNet, mistake('softmaxElementwise')).layers[1]!
      .activation;
    expect(slipped.label).toBe(`${softmaxNet.layers[1]!.activation.label} with an elementwise φ′`);
    const J = slipped.kind === 'vector' ? slipped.jacobian(run.cache.a[2]!) : [];
    expectClose(
      J,
      z.map((zj, j) => z.map((_, k) => (j === k ? zj * (1 - zj) : 0))),
      1e-15,
    );
  });

  it('the softmax slip changes nothing on an elementwise output, even a tanh one', () => {
    const tanhOut = randomNetwork(createRng(4), [2, 2], 'tanh', 'tanh', 'mse');
    const right = stepThrough(tanhOut, x, [0.5, -0.5], 0.1);
    const run = stepThrough(tanhOut, x, [0.5, -0.5], 0.1, mistake('softmaxElementwise'));
    expectClose(run.back.deltas[1]!, right.back.deltas[1]!, 0);
  });

  it('a slip of the hidden layers leaves a softmax output’s full Jacobian in place', () => {
    const y = [1, 0, 0];
    const right = stepThrough(softmaxNet, x, y, 0.1);
    const run = stepThrough(softmaxNet, x, y, 0.1, mistake('hiddenNoDerivative'));
    const output = mistakenNetwork(softmaxNet, mistake('hiddenNoDerivative')).layers[1]!;
    expect(output.activation).toBe(softmaxNet.layers[1]!.activation);
    expectClose(run.back.deltas[2]!, right.back.deltas[2]!, 0);
  });

  it('a mistake in δ reaches the repeated steps too, not only the update slips', () => {
    const y = [1, 0];
    const right = repeatSteps(sigmoidNet, x, y, 0.5, 3).losses;
    const wrong = repeatSteps(sigmoidNet, x, y, 0.5, 3, mistake('hiddenNoDerivative')).losses;
    expect(wrong[0]).toBe(right[0]);
    expect(Math.abs(wrong[3]! - right[3]!)).toBeGreaterThan(1e-6);
  });
});

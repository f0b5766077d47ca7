import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { loss, trainStep } from '../../../lib/network/api.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { toJSON } from '../../../lib/network/json.ts';
import { texNumber } from '../../../lib/network/step-equations.ts';
import { mistakeById } from '../../../lib/network/mistakes.ts';
import { parameterValues, sampleValues, stepThrough } from '../../../lib/network/step-through.ts';
import { repeatSteps } from '../../../lib/network/step-training.ts';
import { layerWeights } from '../../../lib/network/types.ts';
import { expectClose } from '../../helpers/close.ts';
import { createRng, randomNetwork, randomTarget, randomVector } from './helpers.ts';

const valueOf = (run: ReturnType<typeof stepThrough>, symbol: string): number => {
  const found = run.steps.flatMap((s) => s.values).find((v) => v.symbol === symbol);
  if (found === undefined) throw new Error(`no value ${symbol}`);
  return found.value;
};

describe('stepThrough', () => {
  it('walks forward layer by layer, then the loss, δ(L), each earlier δ, the gradients and the updates: 4L + 1 steps', () => {
    const net = randomNetwork(createRng(1), [2, 3, 4, 2], 'tanh', 'sigmoid', 'mse');
    const run = stepThrough(net, [0.5, -1], [1, 0], 0.1);
    expect(run.steps.map((s) => `${s.kind} ${s.layer}`)).toEqual([
      'forward 1',
      'forward 2',
      'forward 3',
      'loss 3',
      'outputDelta 3',
      'hiddenDelta 2',
      'hiddenDelta 1',
      'gradients 3',
      'gradients 2',
      'gradients 1',
      'update 1',
      'update 2',
      'update 3',
    ]);
    expect(run.steps).toHaveLength(4 * 3 + 1);
  });

  it('shows at every step exactly the numbers forward and backward compute, on seeded networks', () => {
    const rng = createRng(7);
    for (const [hidden, output, lossName] of [
      ['sigmoid', 'sigmoid', 'mse'],
      ['tanh', 'softmax', 'crossEntropy'],
      ['relu', 'linear', 'mse'],
    ] as const) {
      const net = randomNetwork(rng, [3, 4, 2], hidden, output, lossName);
      const x = randomVector(rng, 3);
      const y = randomTarget(rng, 2, lossName);
      const run = stepThrough(net, x, y, 0.3);
      const cache = forward(net, x);
      const { deltas, gradients } = backward(net, cache, y);
      for (const l of [1, 2]) {
        for (let j = 0; j < cache.a[l]!.length; j++) {
          expect(valueOf(run, `a(${l})_${j}`)).toBe(cache.a[l]![j]);
          expect(valueOf(run, `z(${l})_${j}`)).toBe(cache.z[l]![j]);
          expect(valueOf(run, `delta(${l})_${j}`)).toBe(deltas[l]![j]);
          expect(valueOf(run, `dL/db(${l})_${j}`)).toBe(gradients[l - 1]!.biases[j]);
        }
        gradients[l - 1]!.weights.forEach((row, i) =>
          row.forEach((g, j) => {
            expect(valueOf(run, `dL/dW(${l})_${i}${j}`)).toBe(g);
            expectClose(
              valueOf(run, `W(${l})_${i}${j} new`),
              layerWeights(net, l)[i]![j]! - 0.3 * g,
              1e-15,
            );
          }),
        );
      }
      // loss() runs the training fast path, whose sums may round in another order.
      expectClose(valueOf(run, 'L'), loss(net, x, y), 1e-14);
    }
  });

  it('updates the network as the engine’s trainStep does, and leaves the one it was given alone', () => {
    const net = exampleNetwork('softmax');
    const before = toJSON(net);
    const run = stepThrough(net, EXAMPLE_X, EXAMPLE_Y, 0.5);
    expect(toJSON(net)).toEqual(before);
    trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.5);
    const engine = toJSON(net);
    const ours = toJSON(run.updated!);
    engine.layers.forEach((layer, l) => {
      expectClose(ours.layers[l]!.weights, layer.weights, 1e-14);
      expectClose(ours.layers[l]!.biases, layer.biases, 1e-14);
    });
  });

  it('names, for every step, an equation of the chapters by a formula id the registry knows', () => {
    for (const output of ['sigmoid', 'softmax'] as const) {
      const run = stepThrough(exampleNetwork(output), EXAMPLE_X, EXAMPLE_Y, 0.1);
      for (const step of run.steps) {
        expect(formulaById(step.equation.formula).id).toBe(step.equation.formula);
        expect(step.equation.tex.length).toBeGreaterThan(5);
        expect(step.substituted.length).toBeGreaterThan(0);
      }
    }
  });

  it('writes each step’s numbers into its equation: the first hidden pre-activation of the book’s example', () => {
    const net = exampleNetwork();
    const run = stepThrough(net, EXAMPLE_X, EXAMPLE_Y, 0.1);
    const W = layerWeights(net, 1);
    const a = forward(net, EXAMPLE_X).a[1]![0]!;
    const line = run.steps[0]!.substituted[0]!;
    expect(line.startsWith(`a^{(1)}_{0}=${texNumber(W[0]![0]!)}`)).toBe(true);
    expect(line).toContain(`=${texNumber(a)},`);
    expect(run.steps[0]!.substituted).toHaveLength(4);
  });

  it('names every parameter before the step as the table does', () => {
    const symbols = parameterValues(exampleNetwork()).map((v) => v.symbol);
    expect(symbols).toHaveLength(3 * 4 + 4 + 4 * 2 + 2);
    expect(symbols).toContain('W(2)_31');
    expect(symbols).toContain('b(1)_3');
  });

  it('names the sample as the table does: x as z(0), the target as y', () => {
    expect(sampleValues([0.5, -1], [1], 2)).toEqual([
      { symbol: 'z(0)_0', layer: 0, node: 0, value: 0.5 },
      { symbol: 'z(0)_1', layer: 0, node: 1, value: -1 },
      { symbol: 'y_0', layer: 2, node: 0, value: 1 },
    ]);
  });

  it('shows only the new biases of an update whose weights could not be changed', () => {
    const run = stepThrough(
      exampleNetwork(),
      EXAMPLE_X,
      EXAMPLE_Y,
      0.1,
      mistakeById('transposedUpdate'),
    );
    const update = run.steps.find((s) => s.kind === 'update' && s.layer === 2)!;
    expect(update.values.map((v) => v.symbol)).toEqual(['b(2)_0 new', 'b(2)_1 new']);
  });

  it('throws the engine’s message for a sample of the wrong size', () => {
    expect(() => stepThrough(exampleNetwork(), [1, 2], EXAMPLE_Y, 0.1)).toThrow(/3 inputs/);
  });
});

describe('texNumber', () => {
  it('writes 4 significant digits, and small or large numbers with a power of ten', () => {
    expect(texNumber(0.123456)).toBe('0.1235');
    expect(texNumber(-2)).toBe('-2');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(1.5e-9)).toBe(String.raw`1.5\times10^{-9}`);
  });
});

describe('repeatSteps', () => {
  it('takes, with no mistake, the very steps of the engine’s trainStep', () => {
    const run = repeatSteps(exampleNetwork(), EXAMPLE_X, EXAMPLE_Y, 0.5, 6);
    const net = exampleNetwork();
    const expected: number[] = [];
    for (let k = 0; k < 6; k++) expected.push(trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.5));
    expected.push(loss(net, EXAMPLE_X, EXAMPLE_Y));
    expectClose(run.losses, expected, 1e-13);
    expect(run.stopped).toBeUndefined();
  });
});

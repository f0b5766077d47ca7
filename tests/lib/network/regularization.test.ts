import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loss, train, trainStep } from '../../../lib/network/api.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import {
  activePenalty,
  isRegularizationName,
  L1,
  L2,
  regularizationNames,
  regularizationPenalty,
  regularizationProblem,
  regularizations,
  type RegularizationName,
  type RegularizationSetting,
} from '../../../lib/network/regularization.ts';
import type { Network } from '../../../lib/network/types.ts';
import { expectClose } from '../../helpers/close.ts';
import { createRng, randomNetwork, randomTarget, randomVector } from './helpers.ts';

/** One linear neuron with two inputs: W = [[w0], [w1]], b. */
const neuron = (w0: number, w1: number, b = 0): Network =>
  fromJSON({
    layers: [{ weights: [[w0], [w1]], biases: [b], activation: 'linear' }],
    loss: 'mse',
  });

const copy = (net: Network): Network => fromJSON(toJSON(net));
const params = (net: Network) =>
  net.layers.map((l) => [Array.from(l.weights), Array.from(l.biases)]);

describe('the penalties', () => {
  it('are none, L1 and L2, by name, and nothing else', () => {
    expect(regularizationNames).toEqual(['none', 'L1', 'L2']);
    expect(regularizationNames.every(isRegularizationName)).toBe(true);
    expect(isRegularizationName('toString')).toBe(false);
    expect(isRegularizationName('l2')).toBe(false);
  });

  it('are named by strings only, not by an object whose text is a name', () => {
    // Object.hasOwn turns its key into a string, so only the type check refuses these.
    expect(isRegularizationName({ toString: () => 'L1' })).toBe(false);
    expect(isRegularizationName(['L2'])).toBe(false);
    expect(isRegularizationName(null)).toBe(false);
  });

  it('give |−2| = 2 with slope −1 for L1, ½·(−2)² = 2 with slope −2 for L2, 0 for none', () => {
    expect([L1.value(-2), L1.der(-2), L2.value(-2), L2.der(-2)]).toEqual([2, -1, 2, -2]);
    expect([regularizations.none.value(-2), regularizations.none.der(-2)]).toEqual([0, 0]);
  });

  it('give L1 the slope 0 at w = 0, so a weight at 0 is not pushed off it', () => {
    expect(L1.der(0)).toBe(0);
    expect(L1.der(-0)).toBe(0);
  });

  it('have R′ equal to a central difference of R away from L1’s kink (h = 1e-6, within 1e-8)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (w) => {
        fc.pre(Math.abs(w) > 1e-3);
        for (const name of regularizationNames) {
          const r = regularizations[name];
          const h = 1e-6;
          expectClose(r.der(w), (r.value(w + h) - r.value(w - h)) / (2 * h), 1e-8);
        }
      }),
    );
  });
});

describe('regularizationPenalty', () => {
  const net = fromJSON({
    layers: [
      { weights: [[1, -2]], biases: [3, 4], activation: 'tanh' },
      { weights: [[0.5], [0]], biases: [-7], activation: 'linear' },
    ],
    loss: 'mse',
  });

  it('sums |w| over every weight, not the biases: |1| + |−2| + |0.5| + |0| = 3.5', () => {
    expect(regularizationPenalty(net, 'L1')).toBe(3.5);
  });

  it('sums ½w² over every weight: ½(1 + 4 + 0.25) = 2.625, and none gives 0', () => {
    expect(regularizationPenalty(net, 'L2')).toBe(2.625);
    expect(regularizationPenalty(net, 'none')).toBe(0);
  });

  it('refuses an unknown penalty with a RangeError that names it', () => {
    expect(() => regularizationPenalty(net, 'L3' as RegularizationName)).toThrow(
      new RangeError('regularizationPenalty: unknown penalty L3'),
    );
  });

  it('refuses a name found only on the prototype (toString, constructor) the same way', () => {
    for (const name of ['toString', 'constructor', '__proto__'])
      expect(() => regularizationPenalty(net, name as RegularizationName), name).toThrow(
        new RangeError(`regularizationPenalty: unknown penalty ${name}`),
      );
  });
});

describe('regularizationProblem', () => {
  it('accepts { name, rate } with a known name and a finite rate ≥ 0', () => {
    expect(regularizationProblem({ name: 'L1', rate: 0 })).toBeNull();
    expect(regularizationProblem({ name: 'none', rate: 3 })).toBeNull();
  });

  it('refuses a setting that is not an object, null included, in plain words', () => {
    const message = 'the regularization must be an object { name, rate }';
    expect(regularizationProblem(null as unknown as RegularizationSetting)).toBe(message);
    expect(regularizationProblem('L2' as unknown as RegularizationSetting)).toBe(message);
    expect(regularizationProblem(undefined as unknown as RegularizationSetting)).toBe(message);
  });
});

describe('activePenalty', () => {
  it('is null when there is nothing to do: no setting, none at any rate, or a rate of 0', () => {
    expect(activePenalty(undefined)).toBeNull();
    expect(activePenalty({ name: 'none', rate: 0.7 })).toBeNull();
    expect(activePenalty({ name: 'L1', rate: 0 })).toBeNull();
    expect(activePenalty({ name: 'L2', rate: 0 })).toBeNull();
  });

  it('carries R′ and λ, and stops weights at 0 for L1 only', () => {
    expect(activePenalty({ name: 'L1', rate: 0.3 })).toEqual({
      der: L1.der,
      rate: 0.3,
      clipAtZero: true,
    });
    expect(activePenalty({ name: 'L2', rate: 0.2 })).toEqual({
      der: L2.der,
      rate: 0.2,
      clipAtZero: false,
    });
  });

  it('throws the setting’s problem as a RangeError', () => {
    expect(() => activePenalty({ name: 'L2', rate: -0.5 })).toThrow(RangeError);
  });
});

/**
 * The step a trainStep takes, read back as a gradient: −(θ_after − θ_before)/η, which is exactly
 * ∂/∂θ [L̄ + λΣR(w)] when the step is gradient descent on that objective.
 */
function stepGradient(
  net: Network,
  xs: number[][],
  ys: number[][],
  eta: number,
  name: RegularizationName,
  rate: number,
) {
  const after = copy(net);
  trainStep(after, xs, ys, eta, { name, rate });
  return net.layers.map((layer, l) => ({
    w: Array.from(layer.weights, (w, k) => -(after.layers[l]!.weights[k]! - w) / eta),
    b: Array.from(layer.biases, (b, j) => -(after.layers[l]!.biases[j]! - b) / eta),
  }));
}

/** Central differences of J = L̄ + λΣR(w) in every weight and bias. */
function objectiveGradient(
  net: Network,
  xs: number[][],
  ys: number[][],
  name: RegularizationName,
  rate: number,
  h: number,
) {
  const J = () =>
    xs.reduce((s, x, k) => s + loss(net, x, ys[k]!), 0) / xs.length +
    rate * regularizationPenalty(net, name);
  const central = (values: Float64Array, k: number) => {
    const old = values[k]!;
    values[k] = old + h;
    const up = J();
    values[k] = old - h;
    const down = J();
    values[k] = old;
    return (up - down) / (2 * h);
  };
  return net.layers.map((layer) => ({
    w: Array.from(layer.weights, (_, k) => central(layer.weights, k)),
    b: Array.from(layer.biases, (_, j) => central(layer.biases, j)),
  }));
}

describe('a regularised training step', () => {
  // h = 1e-6: the truncation error h²·J‴/6 is ~1e-13 and the rounding error ε·|J|/h ~1e-10 for
  // losses of order 1; reading the step back as (Δθ)/η with η = 0.01 adds ~ε·|θ|/η ~ 1e-14. A
  // tolerance of 1e-7 sits well above all three and far below the penalty's own part of the
  // slope, λ·R′(w) ≥ 0.01·1e-2 for these weights, so leaving the penalty out fails the test.
  const TOLERANCE = 1e-7;
  const eta = 0.01;
  const cases = [
    { name: 'L1', rate: 0.01, batch: 1 },
    { name: 'L1', rate: 0.3, batch: 5 },
    { name: 'L2', rate: 0.01, batch: 1 },
    { name: 'L2', rate: 0.3, batch: 5 },
  ] as const;

  for (const { name, rate, batch } of cases) {
    it(`is gradient descent on L̄ + λΣR for ${name}, λ = ${rate}, batch ${batch} (central differences, 1e-7)`, () => {
      for (let seed = 1; seed <= 4; seed++) {
        const rng = createRng(seed * 101);
        const net = randomNetwork(rng, [3, 4, 2], 'tanh', 'sigmoid', 'mse');
        // L1 has a kink at 0: keep every weight far from it compared with h and with ηλ.
        for (const layer of net.layers)
          for (let k = 0; k < layer.weights.length; k++)
            if (Math.abs(layer.weights[k]!) < 0.01) layer.weights[k] = 0.05;
        const xs = Array.from({ length: batch }, () => randomVector(rng, 3));
        const ys = xs.map(() => randomTarget(rng, 2, 'mse'));
        const taken = stepGradient(net, xs, ys, eta, name, rate);
        const expected = objectiveGradient(net, xs, ys, name, rate, 1e-6);
        taken.forEach((layer, l) => {
          expectClose(layer.w, expected[l]!.w, TOLERANCE, `seed ${seed} W(${l + 1})`);
          expectClose(layer.b, expected[l]!.b, TOLERANCE, `seed ${seed} b(${l + 1})`);
        });
      }
    });
  }

  it('stops an L1 weight at exactly 0 where the penalty’s pull would carry it across', () => {
    // x = [0, 1]: w0 sees input 0, so only the penalty moves it: 0.001 − 0.1·0.5·1 would be −0.049.
    const net = neuron(0.001, 0.4);
    trainStep(net, [[0, 1]], [[0.4]], 0.1, { name: 'L1', rate: 0.5 });
    expect(net.layers[0]!.weights[0]).toBe(0);
    // L2 at the same rate shrinks it by the factor 1 − ηλ and leaves it on its side of 0.
    const shrunk = neuron(0.001, 0.4);
    trainStep(shrunk, [[0, 1]], [[0.4]], 0.1, { name: 'L2', rate: 0.5 });
    expectClose(shrunk.layers[0]!.weights[0]!, 0.001 * (1 - 0.05), 1e-15);
  });

  it('keeps an L1 weight at 0 at 0 while its data gradient is 0, in batches too', () => {
    const net = neuron(0, 0.4);
    train(
      net,
      [
        [0, 1],
        [0, -1],
      ],
      [[0.4], [-0.4]],
      {
        eta: 0.1,
        batchSize: 2,
        epochs: 5,
        regularization: { name: 'L1', rate: 0.5 },
      },
    );
    expect(net.layers[0]!.weights[0]).toBe(0);
  });

  it('lets L2 carry a weight across 0 when ηλ > 1: only L1 is stopped at 0', () => {
    // w0 sees input 0: the step is the penalty's alone, w0·(1 − ηλ) = 0.001·(1 − 1.5) = −0.0005.
    const net = neuron(0.001, 0.4);
    trainStep(net, [[0, 1]], [[0.4]], 1, { name: 'L2', rate: 1.5 });
    expectClose(net.layers[0]!.weights[0]!, -0.0005, 1e-15);
  });

  it('still pulls an L1 weight that the data’s step brings to exactly 0, online and in a batch', () => {
    // w0 = 0.5, x = [1, 0], y = −0.5: z − y = 1, so the data step η·1·1 = 0.5 lands w0 on 0 and
    // the pull ηλ·sign(0.5) = 0.05 (R′ at the old weight) takes it on to −0.05, as Playground's
    // test w·w′ < 0 leaves a weight that starts the pull from 0.
    const online = neuron(0.5, 0);
    trainStep(online, [[1, 0]], [[-0.5]], 0.5, { name: 'L1', rate: 0.1 });
    expectClose(online.layers[0]!.weights[0]!, -0.05, 1e-15);
    const batch = neuron(0.5, 0);
    trainStep(
      batch,
      [
        [1, 0],
        [1, 0],
      ],
      [[-0.5], [-0.5]],
      0.5,
      { name: 'L1', rate: 0.1 },
    );
    expectClose(batch.layers[0]!.weights[0]!, -0.05, 1e-15);
  });

  it('does not clip a weight that the data’s own step carries across 0', () => {
    // At b = 0 and w1 = 0, z = w0 = −0.001, so ∂L/∂w0 = (z − y)·x0 = −1.001.
    const net = neuron(-0.001, 0);
    trainStep(net, [[1, 0]], [[1]], 0.1, { name: 'L1', rate: 0.5 });
    // data step: −0.001 − 0.1·(−0.001 − 1)·1 = 0.0991; penalty pull: −0.1·0.5·sign(−0.001) = +0.05.
    expectClose(net.layers[0]!.weights[0]!, -0.001 + 0.1 * 1.001 + 0.05, 1e-15);
  });

  it('with none, or a rate of 0, gives the unregularised step bit for bit', () => {
    const rng = createRng(7);
    const base = randomNetwork(rng, [3, 5, 2], 'relu', 'softmax', 'crossEntropy');
    const xs = Array.from({ length: 12 }, () => randomVector(rng, 3));
    const ys = xs.map(() => randomTarget(rng, 2, 'crossEntropy'));
    for (const batchSize of [1, 4]) {
      const plain = copy(base);
      const plainLosses = train(plain, xs, ys, { eta: 0.2, batchSize, epochs: 3 });
      for (const regularization of [
        { name: 'none', rate: 0.7 },
        { name: 'L1', rate: 0 },
        { name: 'L2', rate: 0 },
      ] as const) {
        const other = copy(base);
        expect(train(other, xs, ys, { eta: 0.2, batchSize, epochs: 3, regularization })).toEqual(
          plainLosses,
        );
        expect(params(other)).toEqual(params(plain));
      }
    }
  });

  it('refuses a rate that is negative or not finite, and an unknown penalty, by name', () => {
    const net = neuron(0.1, 0.2);
    const step = (name: RegularizationName, rate: number) =>
      trainStep(net, [[1, 1]], [[0]], 0.1, { name, rate });
    expect(() => step('L2', -1)).toThrow(
      /^the regularization rate λ must be a finite number ≥ 0, got -1$/,
    );
    expect(() => step('L1', NaN)).toThrow(/rate λ .* got NaN$/);
    expect(() => step('L1', Infinity)).toThrow(/rate λ .* got Infinity$/);
    expect(() => step('L3' as RegularizationName, 0.1)).toThrow(/'none', 'L1' or 'L2', got "L3"/);
    expect(params(net)).toEqual(params(neuron(0.1, 0.2)));
  });
});

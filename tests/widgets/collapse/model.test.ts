import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predict } from '../../../lib/network/api.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { collapse, collapsed, HIDDEN_WIDTH, stack } from '../../../src/widgets/collapse/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(collapse.params);

describe('the collapse widget', () => {
  it('builds 1 → 4 → … → 1 with L layers, φ in the hidden layers and a linear output', () => {
    const net = stack({ ...start, layers: 4, phi: 'tanh' });
    expect(net.layers.map((l) => [l.nIn, l.nOut])).toEqual([
      [1, HIDDEN_WIDTH],
      [HIDDEN_WIDTH, HIDDEN_WIDTH],
      [HIDDEN_WIDTH, HIDDEN_WIDTH],
      [HIDDEN_WIDTH, 1],
    ]);
    expect(net.layers.map((l) => l.activation.name)).toEqual(['tanh', 'tanh', 'tanh', 'linear']);
  });

  it('draws the same weights for the same seed and other weights for another', () => {
    const w = (seed: number) => Array.from(stack({ ...start, seed }).layers[0]!.weights);
    expect(w(7)).toEqual(w(7));
    expect(w(7)).not.toEqual(w(8));
  });

  it('finds a linear stack equal to its collapsed line (W′)ᵀx + b′ at every depth and seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 999 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (layers, seed, x) => {
          const net = stack({ ...start, layers, seed, phi: 'linear' });
          const { W, b } = collapsed(net);
          expectClose(predict(net, [x])[0]!, W[0]![0]! * x + b[0]!, 1e-9);
        },
      ),
    );
    const d = collapse.derive({ ...start, layers: 5 });
    expect(d.gap).toBeLessThan(1e-9);
    expect(collapse.summary(d, { ...start, layers: 5 })).toMatch(
      /a straight line, the collapsed map/,
    );
  });

  it('bends away from the line once a hidden layer is nonlinear', () => {
    for (const phi of ['tanh', 'relu', 'leakyRelu', 'sigmoid']) {
      const s = { ...start, phi };
      const d = collapse.derive(s);
      expect(d.gap, phi).toBeGreaterThan(0.05);
      expect(collapse.summary(d, s)).toMatch(/leaves the collapsed line/);
    }
  });

  it('has no bend with a single layer, whatever φ, since the output layer is linear', () => {
    expect(collapse.derive({ ...start, layers: 1, phi: 'tanh' }).gap).toBeLessThan(1e-12);
  });

  it('reads out the network and the line at x, and New random weights moves to the next seed', () => {
    const s = { ...start, x: -2 };
    const d = collapse.derive(s);
    expectClose(d.output, predict(stack(s), [-2])[0]!);
    expectClose(d.line, d.wPrime * -2 + d.bPrime);
    expect(collapse.actions!['reseed']!({ ...start, seed: 999 }).seed).toBe(1);
    expect(collapse.actions!['reseed']!(start).seed).toBe(2);
  });

  it('can show every depth, activation and seed corner with finite numbers', () => {
    for (const phi of collapse.params.phi.options)
      for (const layers of [1, 5])
        for (const seed of [1, 999])
          expect('problem' in evaluateState(collapse, { ...start, phi, layers, seed })).toBe(false);
  });
});

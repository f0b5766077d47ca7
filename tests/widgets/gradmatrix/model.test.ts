import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { gradients, trainStep } from '../../../lib/network/api.ts';
import { toJSON } from '../../../lib/network/json.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { gradmatrix } from '../../../src/widgets/gradmatrix/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(gradmatrix.params);

describe('the output-weight gradient widget', () => {
  it('builds −Z(1)(Δ(2))ᵀ entry by entry, equal to the engine’s ∂L/∂W(2)', () => {
    for (const output of ['sigmoid', 'softmax']) {
      const d = gradmatrix.derive({ ...start, output });
      d.gradient.forEach((row, i) =>
        row.forEach((g, j) => expectClose(g, -d.z[i]! * d.delta[j]!, 1e-15)),
      );
      expectClose(d.gradient, d.engine, 1e-12);
      expectClose(
        d.gradient,
        gradients(exampleNetwork(output as 'sigmoid'), EXAMPLE_X, EXAMPLE_Y)[1]!.weights,
        1e-12,
      );
    }
  });

  it('updates W(2) exactly as a training step does', () => {
    const d = gradmatrix.derive({ ...start, eta: 0.3 });
    const net = exampleNetwork('sigmoid');
    trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.3);
    expectClose(d.after, toJSON(net).layers[1]!.weights, 1e-12);
  });

  it('leaves W(2) where it was with η = 0, and lays out a 4 × 2 matrix like W(2)', () => {
    const d = gradmatrix.derive({ ...start, eta: 0 });
    expect(d.after).toEqual(d.before);
    expect([d.gradient.length, d.gradient[0]!.length]).toEqual([4, 2]);
    const r = gradmatrix.readouts(d, start);
    expect(Object.keys(r).filter((k) => k.startsWith('g'))).toHaveLength(8);
  });

  it('can show the corners of its inputs', () => {
    for (const v of [-3, 3])
      expect(
        'problem' in evaluateState(gradmatrix, { ...start, x1: v, x2: v, x3: -v, eta: 10 }),
      ).toBe(false);
  });
});

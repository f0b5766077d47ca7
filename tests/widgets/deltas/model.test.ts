import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { loss } from '../../../lib/network/api.ts';
import { layerWeights } from '../../../lib/network/types.ts';
import { sigmoid } from '../../../lib/activations/sigmoid.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { deltas, lossNudged } from '../../../src/widgets/deltas/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(deltas.params);

describe('the local-gradient widget', () => {
  it('opens on the book’s sample x and shows the backward pass’s δ(2) and δ(1)', () => {
    const d = deltas.derive(start);
    const net = exampleNetwork('sigmoid');
    const { deltas: expected } = backward(net, forward(net, EXAMPLE_X), EXAMPLE_Y);
    expect(d.rows.map((r) => [r.l, r.j])).toEqual([
      [2, 0],
      [2, 1],
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    for (const r of d.rows) expect(r.delta).toBe(expected[r.l]![r.j]);
  });

  it('finds every δ equal to minus the central difference of L in its pre-activation', () => {
    for (const output of ['sigmoid', 'softmax']) {
      const d = deltas.derive({ ...start, output, x1: -2.2, x3: 2.9 });
      for (const r of d.rows) expectClose(r.delta, r.numeric, 1e-8);
      expect(d.maxDiff).toBeLessThan(1e-8);
    }
  });

  it('nudges nothing with t = 0, and a nudge of the output pre-activation moves the loss', () => {
    const net = exampleNetwork('sigmoid');
    expectClose(
      lossNudged(net, EXAMPLE_X, EXAMPLE_Y, 2, 0, 0),
      loss(net, EXAMPLE_X, EXAMPLE_Y),
      1e-15,
    );
    expect(lossNudged(net, EXAMPLE_X, EXAMPLE_Y, 2, 0, 0.1)).not.toBe(
      loss(net, EXAMPLE_X, EXAMPLE_Y),
    );
  });

  it('spells out the recursion for hidden node j: (Σₖ w⁽²⁾ⱼₖ δ⁽²⁾ₖ) · σ′(a⁽¹⁾ⱼ) = δ⁽¹⁾ⱼ', () => {
    const s = { ...start, j: 2 };
    const d = deltas.derive(s);
    const net = exampleNetwork('sigmoid');
    const cache = forward(net, EXAMPLE_X);
    const d2 = backward(net, cache, EXAMPLE_Y).deltas[2]!;
    const w = layerWeights(net, 2)[2]!;
    expectClose(d.sum, w[0]! * d2[0]! + w[1]! * d2[1]!);
    const a = cache.a[1]![2]!;
    expectClose(d.slope, sigmoid(a) * (1 - sigmoid(a)));
    expectClose(d.product, d.rows.find((r) => r.l === 1 && r.j === 2)!.delta);
    expect(deltas.summary(d, s)).toMatch(/^δ\(1\) of node 2 = /);
  });

  it('can show the corners of its inputs for both outputs', () => {
    for (const output of deltas.params.output.options)
      for (const v of [-3, 3])
        expect(
          'problem' in evaluateState(deltas, { ...start, output, x1: v, x2: -v, x3: v, j: 3 }),
        ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { deltas } from '../../../src/widgets/deltas/model.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the local-gradient widget’s readouts', () => {
  it('reads out the recursion and every δ and its finite difference under the names delta{l}_{j}', () => {
    const s = { ...defaults(deltas.params), j: 1 };
    const d = deltas.derive(s);
    const r = deltas.readouts(d, s);
    const net = exampleNetwork('sigmoid');
    const expected = backward(net, forward(net, EXAMPLE_X), EXAMPLE_Y).deltas;
    const rows = ['2_0', '2_1', '1_0', '1_1', '1_2', '1_3'];
    expect(Object.keys(r).sort()).toEqual(
      [
        'sum',
        'slope',
        'product',
        ...rows.map((k) => `delta${k}`),
        ...rows.map((k) => `numeric${k}`),
      ].sort(),
    );
    expect([r['sum'], r['slope'], r['product']]).toEqual([d.sum, d.slope, d.product]);
    expectClose(r['product']!, expected[1]![1]!);
    for (const k of rows) {
      const [l, j] = k.split('_').map(Number) as [number, number];
      expect(r[`delta${k}`], k).toBe(expected[l]![j]);
      expectClose(r[`numeric${k}`]!, expected[l]![j]!, 1e-8);
    }
  });

  it('reports the largest of the six differences between δ and its finite difference', () => {
    const s = { ...defaults(deltas.params), output: 'softmax', x1: -2.2, x3: 2.9 };
    const d = deltas.derive(s);
    const diffs = d.rows.map((row) => Math.abs(row.delta - row.numeric));
    expect(diffs.every((diff) => diff <= d.maxDiff)).toBe(true);
    expect(diffs).toContain(d.maxDiff);
    expect(new Set(diffs).size).toBeGreaterThan(1);
  });
});

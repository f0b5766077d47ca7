import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS, EXAMPLE_X } from '../../../lib/examples.ts';
import { transposeMatVec } from '../../../lib/linalg.ts';
import { fromJSON } from '../../../lib/network/json.ts';
import { forward } from '../../../lib/network/forward.ts';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults, readAddress, writeAddress } from '../../../src/widgets/kit/params.ts';
import { layerDiagram } from '../../../src/widgets/layer-matrix/diagram.ts';
import { factorText, layerMatrix, weightIndex } from '../../../src/widgets/layer-matrix/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(layerMatrix.params);
const { W1, b1 } = EXAMPLE_PARAMETERS;

/** a(1) by the engine's forward pass, with a linear hidden layer (z(1) = a(1), as the chapter has it). */
function engineLayer(x: readonly number[], W: number[][], b: number[]): number[] {
  const net = fromJSON({
    layers: [{ weights: W, biases: b, activation: 'linear' }],
    loss: 'mse',
  });
  return forward(net, x).a[1]!;
}

describe('the layer-as-a-matrix-product widget', () => {
  it('opens on the book’s example: x = [1, 2, 1] and W(1), b(1) of the 3-4-2 network', () => {
    expect([start.x0, start.x1, start.x2]).toEqual(EXAMPLE_X);
    expect(start.W).toEqual(W1.flat());
    expect(start.b).toEqual(b1);
    expect(start.j).toBe(0);
  });

  it('computes a(1) = (W(1))ᵀ a(0) + b(1) as the engine’s forward pass does', () => {
    const d = layerMatrix.derive(start);
    expectClose(
      d.a,
      engineLayer(
        EXAMPLE_X,
        W1.map((r) => [...r]),
        [...b1],
      ),
    );
    expectClose(d.a, [0, -0.4, -1.4, 1.5]);
  });

  it('takes node j’s weights from column j of W, with one product per input, then adds b(1)ⱼ', () => {
    const s = { ...start, j: 2 };
    const d = layerMatrix.derive(s);
    expect(d.column).toEqual([W1[0]![2], W1[1]![2], W1[2]![2]]);
    expectClose(d.products, [0.7 * 1, -0.5 * 2, -0.5 * 1]);
    expectClose(d.aj, d.products.reduce((a, p) => a + p, 0) + b1[2]!);
    expect(d.aj).toBe(d.a[2]);
    expect(factorText(d, s)).toBe('0.7·1 + (−0.5)·2 + (−0.5)·1 + (−0.6)');
  });

  it('changes only entry j of the result when a weight into node j changes, and all of them for an input', () => {
    const before = layerMatrix.derive(start).a;
    const W = start.W.map((w, k) => (k === weightIndex(1, 3) ? w + 1 : w));
    const afterWeight = layerMatrix.derive({ ...start, W }).a;
    expectClose(
      afterWeight,
      before.map((a, j) => (j === 3 ? a + EXAMPLE_X[1]! : a)),
    );
    const afterInput = layerMatrix.derive({ ...start, x1: 3 }).a;
    const shift = transposeMatVec(W1, [0, 1, 0]);
    expectClose(
      afterInput,
      before.map((a, j) => a + shift[j]!),
    );
  });

  it('reads out the result, node j’s products, its bias and its entry under stable names', () => {
    const s = { ...start, j: 1 };
    const d = layerMatrix.derive(s);
    expect(layerMatrix.readouts(d, s)).toEqual({
      x0: 1,
      x1: 2,
      x2: 1,
      a0: d.a[0],
      a1: d.a[1],
      a2: d.a[2],
      a3: d.a[3],
      p0: d.products[0],
      p1: d.products[1],
      p2: d.products[2],
      bj: b1[1],
      aj: d.a[1],
      j: 1,
    });
  });

  it('steps through the nodes with Previous and Next, stopping at 0 and 3', () => {
    const { previous, next } = layerMatrix.actions!;
    expect(next!(start).j).toBe(1);
    expect(previous!(start).j).toBe(0);
    expect(next!({ ...start, j: 3 }).j).toBe(3);
  });

  it('says node j’s sum and the whole result in one sentence', () => {
    expect(layerMatrix.summary(layerMatrix.derive(start), start)).toBe(
      'Hidden node 0: a(1)₀ = 0.2 + (−1.4) + 0.7 + 0.5 = 0; a(1) = [0, −0.4, −1.4, 1.5].',
    );
  });

  it('keeps all 19 entries and j in the address, and opens a bad or short list at its default', () => {
    const s = { ...start, x1: -2, b: [1, 2, 3, -4.5], j: 3 };
    const params = writeAddress(layerMatrix.params, 'layer-matrix', s, new URLSearchParams());
    expect(params.get('layer-matrix.x1')).toBe('-2');
    expect(params.get('layer-matrix.b')).toBe('1,2,3,-4.5');
    expect(params.has('layer-matrix.W')).toBe(false);
    expect(readAddress(layerMatrix.params, 'layer-matrix', params).state).toEqual(s);
    const bad = new URLSearchParams('layer-matrix.W=1,2&layer-matrix.b=1,2,NaN,4&layer-matrix.j=4');
    const read = readAddress(layerMatrix.params, 'layer-matrix', bad);
    expect(read.state).toEqual(start);
    expect(read.problems.map((p) => p.key)).toEqual(['W', 'b', 'j']);
  });

  it('can show every entry at the ends of its range', () => {
    const corners = {
      x0: 10,
      x1: -10,
      x2: 10,
      W: start.W.map((_, k) => (k % 2 ? 10 : -10)),
      b: [10, -10, 10, -10],
      j: 3,
    };
    expect('problem' in evaluateState(layerMatrix, corners)).toBe(false);
  });
});

describe('the layer’s diagram beside the matrices', () => {
  it('highlights exactly the three connections into hidden node j, which carry column j of W', () => {
    const g = layerDiagram(serverDocument(), 2);
    const marked = [...g.querySelectorAll('.ff-in')].map((e) => e.getAttribute('data-edge'));
    expect(marked).toEqual(['1,0,2', '1,1,2', '1,2,2']);
    expect(g.querySelector('.ff-current')?.getAttribute('data-node')).toBe('1,2');
    expect(g.querySelectorAll('[data-edge]')).toHaveLength(3 * 4);
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_SIZES } from '../../../lib/examples.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { addScaledMatrix } from '../../../lib/linalg.ts';
import { expectClose } from '../../helpers/close.ts';
import {
  derivationTests,
  evaluateAt,
  offByOneTests,
  rowNumber,
  rowValue,
  termCountTest,
} from './support.ts';

const [n0, n1, n2] = EXAMPLE_SIZES as [number, number, number];
const hiddenIndices = [n0, n1] as const;

describe('hidden-weight-gradient-setup', () => {
  derivationTests('hidden-weight-gradient-setup', hiddenIndices, 0);
  offByOneTests('hidden-weight-gradient-setup', 'n^{(2)}', 'n^{(2)}-1');
  termCountTest('hidden-weight-gradient-setup', n2);

  it('refuses an index j outside layer 1 with a message naming its nodes', () => {
    expect(() => evaluateAt('hidden-weight-gradient-setup', { j: 4 })).toThrow(
      /j = 4 is not a node of layer 1: its nodes are 0 to 3/,
    );
  });
});

describe('hidden-weight-gradient-chain', () => {
  derivationTests('hidden-weight-gradient-chain', hiddenIndices, 3);
  offByOneTests('hidden-weight-gradient-chain', 'n^{(2)}', 'n^{(2)}-1');

  it('names the inner summation index m, not the post’s l, which names layers', () => {
    expect(formulaById('hidden-weight-gradient-chain').tex).toContain('w_{mk}^{(2)}z_{m}^{(1)}');
  });
});

describe('hidden-weight-gradient-chain-2', () => {
  derivationTests('hidden-weight-gradient-chain-2', hiddenIndices, 2);
  offByOneTests('hidden-weight-gradient-chain-2', 'n^{(2)}', 'n^{(2)}-1');

  it('finds ∂z_j(1)/∂w_ij(1) = φ′(a_j(1)) x_i by central difference', () => {
    const evaluation = evaluateAt('hidden-weight-gradient-chain-2', { i: 2, j: 3 });
    const a = 0.3 * 1 + 0.2 * 2 + 0.8 * 1 + 0; // a_3(1): column 3 of W(1) is [0.3, 0.2, 0.8], b_3 = 0
    const s = 1 / (1 + Math.exp(-a));
    expectClose(
      rowNumber(evaluation, '∂z_j(1)/∂w_ij(1) by central difference'),
      s * (1 - s) * 1,
      1e-9,
    );
  });
});

describe('hidden-weight-gradient-result', () => {
  derivationTests('hidden-weight-gradient-result', hiddenIndices, 2);
  offByOneTests('hidden-weight-gradient-result', 'n^{(2)}', 'n^{(2)}-1');
  termCountTest('hidden-weight-gradient-result', n2);
});

describe('hidden-weight-gradient', () => {
  derivationTests('hidden-weight-gradient', hiddenIndices, 2);

  it('uses the input itself as z(0): −δ_j(1) z_i(0) and −δ_j(1) x_i are the same number', () => {
    const evaluation = evaluateAt('hidden-weight-gradient', { x1: -2.5 });
    expectClose(rowNumber(evaluation, '−δ_j(1) z_i(0)'), rowNumber(evaluation, '−δ_j(1) x_i'), 0);
  });
});

describe('hidden-weight-matrix-update', () => {
  it('gives W(1) + η Z(0)(Δ(1))ᵀ equal to W(1) after one trainStep', () => {
    const evaluation = evaluateAt('hidden-weight-matrix-update');
    expectClose(
      rowValue(evaluation, 'after one trainStep'),
      rowValue(evaluation, 'W(1) + η Z(0)(Δ(1))ᵀ'),
      1e-12,
    );
  });

  it('equals the elementwise update w_ij − η ∂L/∂w_ij(1) = w_ij + η δ_j(1) x_i, entry by entry', () => {
    const evaluation = evaluateAt('hidden-weight-matrix-update');
    const before = rowValue(evaluation, 'W(1) before') as number[][];
    const updated = rowValue(evaluation, 'W(1) + η Z(0)(Δ(1))ᵀ') as number[][];
    for (let i = 0; i < n0; i++) {
      for (let j = 0; j < n1; j++) {
        const gradient = rowNumber(evaluateAt('hidden-weight-gradient', { i, j }), '−δ_j(1) x_i');
        expectClose(updated[i]![j]!, before[i]![j]! - 0.5 * gradient, 1e-15);
      }
    }
  });

  it('corrects the post’s W(1) + η·Δ(1)(Z(0))ᵀ: that increment is 4×3 and cannot be added to the 3×4 W(1)', () => {
    const evaluation = evaluateAt('hidden-weight-matrix-update');
    const increment = rowValue(evaluation, 'the post’s increment') as number[][];
    expect(() =>
      addScaledMatrix(rowValue(evaluation, 'W(1) before') as number[][], 1, increment),
    ).toThrow(/3×4 and 4×3/);
    expect(formulaById('hidden-weight-matrix-update').tex).toContain(
      String.raw`Z^{(0)}\cdot\left(\Delta^{(1)}\right)^{T}`,
    );
  });
});

describe('hidden-bias-vector-update', () => {
  it('gives b(1) + η Δ(1) equal to the biases after one trainStep', () => {
    const evaluation = evaluateAt('hidden-bias-vector-update', { eta: 2 });
    expectClose(
      rowValue(evaluation, 'after one trainStep'),
      rowValue(evaluation, 'b(1) + η Δ(1)'),
      1e-12,
    );
    expect(rowValue(evaluation, 'b(1) + η Δ(1)')).not.toEqual(rowValue(evaluation, 'b(1) before'));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SIZES } from '../../../lib/examples.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { addScaledMatrix, transpose } from '../../../lib/linalg.ts';
import { expectClose } from '../../helpers/close.ts';
import {
  chain,
  FD_TOLERANCE,
  evaluateAt,
  rowNumber,
  rowValue,
  sampleArbitrary,
} from './support.ts';

const [, n1, n2] = EXAMPLE_SIZES as [number, number, number];

describe('output-weight-update', () => {
  it('gives w_ij + η δ_j z_i equal to w_ij − η ∂L/∂w_ij and to the weight after one trainStep', () => {
    const evaluation = evaluateAt('output-weight-update');
    const update = rowNumber(evaluation, 'w_ij(2) + η δ_j(2) z_i(1)');
    expectClose(rowNumber(evaluation, 'w_ij(2) − η ∂L/∂w_ij(2)'), update, 1e-15);
    expectClose(rowNumber(evaluation, 'after one trainStep'), update, 1e-12);
    expect(update).not.toBe(rowNumber(evaluation, 'w_ij(2) before'));
  });

  it('lowers the sample’s loss at the default η = 0.5', () => {
    const evaluation = evaluateAt('output-weight-update');
    expect(rowNumber(evaluation, 'L after the step')).toBeLessThan(
      rowNumber(evaluation, 'L before the step'),
    );
  });

  it('matches trainStep for random samples, indices and learning rates (property)', () => {
    const extra = fc.record({
      i: fc.integer({ min: 0, max: n1 - 1 }),
      j: fc.integer({ min: 0, max: n2 - 1 }),
      eta: fc.double({ min: 0.01, max: 5, noNaN: true }),
    });
    fc.assert(
      fc.property(sampleArbitrary, extra, (sample, more) => {
        const evaluation = evaluateAt('output-weight-update', { ...sample, ...more });
        expectClose(
          rowNumber(evaluation, 'after one trainStep'),
          rowNumber(evaluation, 'w_ij(2) + η δ_j(2) z_i(1)'),
          1e-12,
        );
      }),
      { numRuns: 30, seed: 27 },
    );
  });
});

describe('output-bias-gradient', () => {
  it('gives ∂L/∂b_j(2) = −δ_j(2), agreeing with the central difference of L within 1e-7', () => {
    const evaluation = evaluateAt('output-bias-gradient', { j: 1 });
    expectClose(
      rowNumber(evaluation, '= −δ_j(2)'),
      rowNumber(evaluation, '∂L/∂b_j(2) by backpropagation'),
      1e-15,
    );
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
  });

  it('corrects the post’s ∂/∂w_ij (b_j z_i + b_j): that factor is 0, the right one ∂/∂b_j (w_ij z_i + b_j) is 1', () => {
    const evaluation = evaluateAt('output-bias-gradient');
    expectClose(rowNumber(evaluation, '∂/∂b_j(2) (w_ij(2) z_i(1) + b_j(2))'), 1, 1e-9);
    expectClose(rowNumber(evaluation, 'the post’s factor'), 0, 1e-9);
    expect(formulaById('output-bias-gradient').tex).toContain(
      String.raw`\frac{\partial}{\partial b_{j}^{(2)}}\left(w_{ij}^{(2)}z_{i}^{(1)}+b_{j}^{(2)}\right)`,
    );
  });
});

describe('output-bias-update', () => {
  it('gives b_j + η δ_j equal to the bias after one trainStep', () => {
    for (const j of [0, 1]) {
      const evaluation = evaluateAt('output-bias-update', { j });
      expectClose(
        rowNumber(evaluation, 'after one trainStep'),
        rowNumber(evaluation, 'b_j(2) + η δ_j(2)'),
        1e-12,
      );
    }
  });
});

describe('output-weight-gradient-matrix', () => {
  it('gives −Z(1)(Δ(2))ᵀ of shape 4×2, equal to backprop’s ∂L/∂W(2) and to central differences within 1e-7', () => {
    const evaluation = evaluateAt('output-weight-gradient-matrix');
    const gradient = rowValue(evaluation, '−Z(1)(Δ(2))ᵀ') as number[][];
    expect([gradient.length, gradient[0]!.length]).toEqual([n1, n2]);
    expectClose(rowValue(evaluation, '∂L/∂W(2) by backpropagation'), gradient, 1e-15);
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
  });

  it('holds entry by entry: [i][j] is the elementwise −δ_j z_i of output-local-gradient', () => {
    const gradient = rowValue(
      evaluateAt('output-weight-gradient-matrix'),
      '−Z(1)(Δ(2))ᵀ',
    ) as number[][];
    for (let i = 0; i < n1; i++) {
      for (let j = 0; j < n2; j++) {
        expectClose(
          gradient[i]![j]!,
          rowNumber(evaluateAt('output-local-gradient', { i, j }), '−δ_j(2) z_i(1)'),
          1e-15,
        );
      }
    }
  });

  it('corrects the post’s −Δ(2)(Z(1))ᵀ = Δ(2)(Z(1))ᵀ: its product is the 2×4 transpose, and its last step drops the minus sign', () => {
    const evaluation = evaluateAt('output-weight-gradient-matrix');
    const gradient = rowValue(evaluation, '−Z(1)(Δ(2))ᵀ') as number[][];
    const postProduct = rowValue(evaluation, 'the post’s column times row') as number[][];
    expect([postProduct.length, postProduct[0]!.length]).toEqual([n2, n1]);
    expectClose(postProduct, transpose(gradient), 1e-15);
    expectClose(
      rowValue(evaluation, 'minus sign dropped'),
      transpose(gradient).map((r) => r.map((v) => -v)),
      1e-15,
    );
    expect(chain(formulaById('output-weight-gradient-matrix').tex)).toMatch(
      /=-Z\^\{\(1\)\}\\left\(\\Delta\^\{\(2\)\}\\right\)\^\{T\}$/,
    );
  });
  it('corrects the post’s last indices δ_n(2) and z_n(1): the last nodes are n(2) − 1 and n(1) − 1', () => {
    const formula = formulaById('output-weight-gradient-matrix');
    expect(formula.tex).toContain(String.raw`\delta_{n^{(2)}-1}^{(2)}z_{n^{(1)}-1}^{(1)}`);
    expect(formula.post?.originalTex).toContain(
      String.raw`\delta_{n^{(2)}}^{(2)}z_{n^{(1)}}^{(1)}`,
    );
    expect(formula.tex).not.toContain('_{n^{(2)}}');
  });
});

describe('output-weight-matrix-update', () => {
  it('gives W(2) + η Z(1)(Δ(2))ᵀ equal to W(2) after one trainStep', () => {
    const evaluation = evaluateAt('output-weight-matrix-update');
    expectClose(
      rowValue(evaluation, 'after one trainStep'),
      rowValue(evaluation, 'W(2) + η Z(1)(Δ(2))ᵀ'),
      1e-12,
    );
  });

  it('equals the elementwise update w_ij + η δ_j z_i of output-weight-update, entry by entry', () => {
    const updated = rowValue(
      evaluateAt('output-weight-matrix-update'),
      'W(2) + η Z(1)(Δ(2))ᵀ',
    ) as number[][];
    for (let i = 0; i < n1; i++) {
      for (let j = 0; j < n2; j++) {
        expectClose(
          updated[i]![j]!,
          rowNumber(evaluateAt('output-weight-update', { i, j }), 'w_ij(2) + η δ_j(2) z_i(1)'),
          1e-15,
        );
      }
    }
  });

  it('corrects the post’s W(2) + η·Δ(2)(Z(1))ᵀ: that increment is 2×4 and cannot be added to the 4×2 W(2)', () => {
    const evaluation = evaluateAt('output-weight-matrix-update');
    const W = rowValue(evaluation, 'W(2) before') as number[][];
    const increment = rowValue(evaluation, 'the post’s increment') as number[][];
    expect(() => addScaledMatrix(W, 1, increment)).toThrow(/4×2 and 2×4/);
  });
});

describe('output-bias-vector-update', () => {
  it('gives b(2) + η Δ(2) equal to the biases after one trainStep and to the elementwise b_j + η δ_j', () => {
    const updated = rowValue(evaluateAt('output-bias-vector-update'), 'b(2) + η Δ(2)') as number[];
    expectClose(
      rowValue(evaluateAt('output-bias-vector-update'), 'after one trainStep'),
      updated,
      1e-12,
    );
    updated.forEach((bj, j) =>
      expectClose(
        bj,
        rowNumber(evaluateAt('output-bias-update', { j }), 'b_j(2) + η δ_j(2)'),
        1e-15,
      ),
    );
  });
});

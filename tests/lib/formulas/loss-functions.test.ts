import { describe, expect, it } from 'vitest';
import { formulaById } from '../../../lib/formulas/index.ts';
import { expectClose } from '../../helpers/close.ts';
import { evaluateAt, rowNumber, rowValue } from './support.ts';

describe('mean-squared-error', () => {
  it('gives 1/(2·2)·((2 − 4)² + (1 − 0.5)²) = 1.0625 for the two default samples', () => {
    expectClose(
      rowNumber(evaluateAt('mean-squared-error'), '1/(2N) Σ (y(i) − ŷ(i))², N = 2'),
      1.0625,
      1e-12,
    );
  });

  it('is the mean of the per-sample ½(y − ŷ)²', () => {
    const evaluation = evaluateAt('mean-squared-error', { yhat2: -3 });
    const perSample = rowValue(evaluation, 'for each sample') as number[];
    expectClose(rowNumber(evaluation, '1/(2N)'), (perSample[0]! + perSample[1]!) / 2, 1e-12);
  });

  it('is 0 when every output equals its target and does not care which is subtracted from which', () => {
    expectClose(
      rowNumber(evaluateAt('mean-squared-error', { yhat1: 2, yhat2: 1 }), '1/(2N)'),
      0,
      0,
    );
    const swapped = evaluateAt('mean-squared-error', { y1: 4, yhat1: 2, y2: 0.5, yhat2: 1 });
    expectClose(rowNumber(swapped, '1/(2N)'), 1.0625, 1e-12);
  });
});

describe('cross-entropy', () => {
  it('gives 0.105 for the output [0.9, 0.1] and 2.303 for [0.1, 0.9] against the target [1, 0], with the natural log', () => {
    const evaluation = evaluateAt('cross-entropy');
    expectClose(rowNumber(evaluation, '−Σ y_j ln ŷ_j'), -Math.log(0.9), 1e-12);
    expectClose(rowNumber(evaluation, 'the same with the output reversed'), -Math.log(0.1), 1e-12);
    expect(rowNumber(evaluation, '−Σ y_j ln ŷ_j').toFixed(3)).toBe('0.105');
    expect(rowNumber(evaluation, 'the same with the output reversed').toFixed(3)).toBe('2.303');
  });

  it('corrects the post’s worked losses 0.046 and 1: those are base-10 values, not the natural-log loss the book uses', () => {
    const evaluation = evaluateAt('cross-entropy');
    expect(rowNumber(evaluation, 'the post’s worked value').toFixed(3)).toBe('0.046');
    expectClose(rowNumber(evaluation, 'the post’s “loss would be 1”'), 1, 1e-12);
    expect(Math.abs(rowNumber(evaluation, '−Σ y_j ln ŷ_j') - 0.046)).toBeGreaterThan(0.05);
    expect(formulaById('cross-entropy').tex).toContain(String.raw`\ln(\hat{y}_{j})`);
    expect(formulaById('cross-entropy').post?.originalTex).toContain(String.raw`\log(\hat{y}_{j})`);
  });

  it('stays finite when the true class gets probability 0', () => {
    expect(
      Number.isFinite(rowNumber(evaluateAt('cross-entropy', { p0: 0, p1: 1 }), '−Σ y_j ln ŷ_j')),
    ).toBe(true);
  });
});

describe('binary-cross-entropy', () => {
  it('costs −ln(1 − σ(3)) ≈ 3.05 for a confident z = 0.953 at a target of 0, where the post’s one-node sum gives 0', () => {
    const evaluation = evaluateAt('binary-cross-entropy');
    expectClose(rowNumber(evaluation, 'z = σ(a)'), 1 / (1 + Math.exp(-3)), 1e-15);
    expectClose(
      rowNumber(evaluation, '−[y ln z + (1 − y) ln(1 − z)]'),
      -Math.log(1 - 1 / (1 + Math.exp(-3))),
      1e-12,
    );
    expect(rowNumber(evaluation, '−y ln z, the post’s sum on one node')).toBe(0);
  });

  it('equals the categorical cross-entropy over the two classes [z, 1 − z] with target [y, 1 − y]', () => {
    for (const [a, y] of [
      [3, 0],
      [-1.5, 1],
      [0.4, 0.3],
    ] as const) {
      const evaluation = evaluateAt('binary-cross-entropy', { a, y });
      expectClose(
        rowNumber(evaluation, '−[y ln z + (1 − y) ln(1 − z)]'),
        rowNumber(evaluation, 'over the two classes'),
        1e-14,
      );
    }
  });

  it('has ∂L/∂a = z − y, which the central difference of L in a confirms within 1e-8', () => {
    for (const [a, y] of [
      [3, 0],
      [-2, 1],
      [0.7, 0.25],
    ] as const) {
      const evaluation = evaluateAt('binary-cross-entropy', { a, y });
      const z = rowNumber(evaluation, 'z = σ(a)');
      expectClose(rowNumber(evaluation, '∂L/∂a = z − y'), z - y, 1e-15);
      expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-8);
      expectClose(evaluation.check!.numeric, z - y, 1e-8);
    }
  });
});

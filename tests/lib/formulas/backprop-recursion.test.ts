import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SIZES } from '../../../lib/examples.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { expectClose } from '../../helpers/close.ts';
import {
  FD_TOLERANCE,
  evaluateAt,
  offByOneTests,
  rowNumber,
  rowValue,
  sampleArbitrary,
  termCountTest,
} from './support.ts';

const [, n1, n2] = EXAMPLE_SIZES as [number, number, number];

describe('output-delta-vector', () => {
  it('gives Δ(2) = (Y − Z(2)) ∗ ∇φ(2) equal to the backward pass and to −∂L/∂b(2) by central differences within 1e-7', () => {
    const evaluation = evaluateAt('output-delta-vector');
    const vector = rowValue(evaluation, 'Δ(2) = (Y − Z(2)) ∗ ∇φ(2)');
    expectClose(rowValue(evaluation, 'Δ(2) from the backward pass'), vector, 1e-15);
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
  });

  it('holds node by node: entry j of Δ(2) is δ_j(2)', () => {
    for (let j = 0; j < n2; j++) {
      const evaluation = evaluateAt('output-delta-vector', { j });
      expectClose(
        rowNumber(evaluation, 'δ_j(2) = (y_j − z_j(2)) φ′(a_j(2))'),
        (rowValue(evaluation, 'Δ(2) from the backward pass') as number[])[j]!,
        1e-15,
      );
    }
  });

  it('corrects the post’s ∂φ(2)/δa_j(2): the denominator is the partial ∂a_j(2)', () => {
    const formula = formulaById('output-delta-vector');
    expect(formula.tex).toContain(String.raw`\frac{\partial\phi^{(2)}}{\partial a_{j}^{(2)}}`);
    expect(formula.post?.originalTex).toContain(
      String.raw`\frac{\partial\phi^{(2)}}{\delta a_{j}^{(2)}}`,
    );
    expect(formula.tex).not.toContain(String.raw`\delta a`);
  });
});

describe('hidden-local-gradient', () => {
  it('gives [Σ_k w_jk(2) δ_k(2)] φ′(a_j(1)) equal to the backward pass and to −∂L/∂b_j(1) by central difference, for every j', () => {
    for (let j = 0; j < n1; j++) {
      const evaluation = evaluateAt('hidden-local-gradient', { j });
      const delta = rowNumber(evaluation, 'δ_j(1) = [Σ_k w_jk(2) δ_k(2)] φ′(a_j(1))');
      expectClose(rowNumber(evaluation, 'δ_j(1) from the backward pass'), delta, 1e-15);
      expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
    }
  });

  it('keeps the recursion equal to the central difference for random samples (property)', () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.integer({ min: 0, max: n1 - 1 }), (sample, j) => {
        expect(
          evaluateAt('hidden-local-gradient', { ...sample, j }).check!.maxAbsDiff,
        ).toBeLessThan(FD_TOLERANCE);
      }),
      { numRuns: 30, seed: 41 },
    );
  });

  offByOneTests('hidden-local-gradient', 'n^{(2)}', 'n^{(2)}-1');
  termCountTest('hidden-local-gradient', n2);
});

describe('hidden-delta-vector', () => {
  it('gives Δ(1) = (W(2)Δ(2)) ∗ ∇φ(1) with 4 entries, equal to the backward pass and to central differences within 1e-7', () => {
    const evaluation = evaluateAt('hidden-delta-vector');
    const vector = rowValue(evaluation, 'Δ(1) = (W(2)Δ(2)) ∗ ∇φ(1)') as number[];
    expect(vector).toHaveLength(n1);
    expectClose(rowValue(evaluation, 'Δ(1) from the backward pass'), vector, 1e-15);
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
  });

  it('is the vector of the elementwise δ_j(1) of hidden-local-gradient', () => {
    const vector = rowValue(
      evaluateAt('hidden-delta-vector'),
      'Δ(1) = (W(2)Δ(2)) ∗ ∇φ(1)',
    ) as number[];
    vector.forEach((v, j) =>
      expectClose(
        v,
        rowNumber(evaluateAt('hidden-local-gradient', { j }), 'δ_j(1) from the backward pass'),
        1e-15,
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaById } from '../../../lib/formulas/index.ts';
import { matMul } from '../../../lib/linalg.ts';
import { expectClose } from '../../helpers/close.ts';
import { chain, evaluateAt, rowNumber, rowValue } from './support.ts';

const a = fc.double({ min: -10, max: 10, noNaN: true });
const triple = fc.record({ a0: a, a1: a, a2: a });

describe('softmax', () => {
  it('gives softmax([0.3, 0.6]) = [0.4256, 0.5744], which sums to 1', () => {
    const z = rowValue(evaluateAt('softmax'), 'softmax(a)') as number[];
    expectClose(z, [0.4255574832, 0.5744425168], 1e-9);
    expectClose(z[0]! + z[1]!, 1, 1e-15);
  });

  it('picks node k of the vector', () => {
    expectClose(rowNumber(evaluateAt('softmax', { k: 1 }), 'softmax(a)_k'), 0.5744425168, 1e-9);
  });

  it('refuses a node k outside 0 … n − 1 with a message naming the range', () => {
    expect(() => evaluateAt('softmax', { k: 2 })).toThrow(/nodes are 0 to 1/);
  });

  it('corrects the post’s Σ_{k=1}^{n(L)} e^(a_k): starting at node 1 leaves node 0 out and gives 0.7408, not 0.4256', () => {
    const evaluation = evaluateAt('softmax');
    expectClose(rowNumber(evaluation, 'the post’s sum'), Math.exp(0.3) / Math.exp(0.6), 1e-12);
    expect(formulaById('softmax').tex).toContain(String.raw`\sum_{j=0}^{n^{(L)}-1}e^{a_{j}}`);
    expect(formulaById('softmax').post?.originalTex).toContain(String.raw`\sum_{k=1}^{n^{(L)}}`);
  });
});

describe('softmax-example', () => {
  it('corrects the post’s 0.4255 and 0.5745: rounded to four places softmax([0.3, 0.6]) is [0.4256, 0.5744]', () => {
    const evaluation = evaluateAt('softmax-example');
    const z = rowValue(evaluation, 'softmax(a)') as number[];
    expect(z.map((v) => v.toFixed(4))).toEqual(['0.4256', '0.5744']);
    expect(rowValue(evaluation, 'the post’s printed values')).toEqual([0.4255, 0.5745]);
    expect(chain(formulaById('softmax-example').tex)).toMatch(/=0\.4256.*=0\.5744$/);
  });
});

describe('softmax-diagonal-derivative', () => {
  it('gives the quotient-rule side and z_0(1 − z_0) the same value, which matches its central difference within 1e-9', () => {
    const evaluation = evaluateAt('softmax-diagonal-derivative');
    expectClose(evaluation.rows[0]!.value as number, rowNumber(evaluation, 'z_0(1 − z_0)'), 1e-12);
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-9);
  });

  it('holds for any three pre-activations in [−10, 10] (property)', () => {
    fc.assert(
      fc.property(triple, (values) => {
        const evaluation = evaluateAt('softmax-diagonal-derivative', values);
        expectClose(
          evaluation.rows[0]!.value as number,
          evaluation.check!.analytic as number,
          1e-9,
        );
        expectClose(
          rowNumber(evaluation, 'z_0(1 − z_0)'),
          evaluation.check!.analytic as number,
          1e-12,
        );
        expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-8);
      }),
      { seed: 13 },
    );
  });
});

describe('softmax-off-diagonal-derivative', () => {
  it('gives the quotient-rule side and −z_0 z_1 the same negative value, which matches its central difference within 1e-9', () => {
    const evaluation = evaluateAt('softmax-off-diagonal-derivative');
    const value = rowNumber(evaluation, '−z_0 z_1');
    expect(value).toBeLessThan(0);
    expectClose(evaluation.rows[0]!.value as number, value, 1e-12);
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-9);
  });

  it('holds for any three pre-activations in [−10, 10] (property)', () => {
    fc.assert(
      fc.property(triple, (values) => {
        const evaluation = evaluateAt('softmax-off-diagonal-derivative', values);
        expectClose(
          evaluation.rows[0]!.value as number,
          evaluation.check!.analytic as number,
          1e-9,
        );
        expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-8);
      }),
      { seed: 14 },
    );
  });
});

describe('softmax-jacobian-3', () => {
  it('gives the broadcast z ∗ (I − zᵀ) equal to the 3×3 Jacobian, whose rows sum to 0', () => {
    const evaluation = evaluateAt('softmax-jacobian-3');
    const jacobian = rowValue(evaluation, '∇_a z') as number[][];
    expectClose(rowValue(evaluation, 'broadcast row by row'), jacobian, 1e-15);
    for (const r of jacobian) expectClose(r[0]! + r[1]! + r[2]!, 0, 1e-15);
  });

  it('agrees with the central-difference Jacobian within 1e-8 for any pre-activations (property)', () => {
    fc.assert(
      fc.property(triple, (values) => {
        expect(evaluateAt('softmax-jacobian-3', values).check!.maxAbsDiff).toBeLessThan(1e-8);
      }),
      { seed: 15 },
    );
  });
});

describe('softmax-jacobian', () => {
  it('gives diag(z) − z zᵀ, symmetric, agreeing with the central-difference Jacobian within 1e-9', () => {
    const evaluation = evaluateAt('softmax-jacobian');
    const jacobian = rowValue(evaluation, 'diag(z) − z zᵀ') as number[][];
    for (let j = 0; j < 3; j++)
      for (let k = 0; k < 3; k++) expect(jacobian[j]![k]).toBe(jacobian[k]![j]);
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-9);
  });

  it('equals the three-node broadcast form of softmax-jacobian-3', () => {
    expectClose(
      rowValue(evaluateAt('softmax-jacobian'), 'diag(z) − z zᵀ'),
      rowValue(evaluateAt('softmax-jacobian-3'), '∇_a z'),
      1e-15,
    );
  });

  it('corrects the post’s softmax(a)·[I − softmaxᵀ(a)]: as a matrix product a 3×1 column cannot multiply a 3×3 matrix', () => {
    const evaluation = evaluateAt('softmax-jacobian');
    expect(rowValue(evaluation, 'read as a matrix product')).toEqual([
      [3, 1],
      [3, 3],
    ]);
    const column = [[0.2], [0.3], [0.5]];
    expect(() =>
      matMul(column, [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]),
    ).toThrow(/cannot multiply 3×1 by 3×3/);
    expect(formulaById('softmax-jacobian').tex).toContain(String.raw`\operatorname{diag}`);
  });
});

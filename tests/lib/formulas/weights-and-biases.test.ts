import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS } from '../../../lib/examples.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { expectClose } from '../../helpers/close.ts';
import { chain, evaluateAt, rowNumber, rowValue } from './support.ts';

const xArbitrary = fc.record({
  x0: fc.double({ min: -5, max: 5, noNaN: true }),
  x1: fc.double({ min: -5, max: 5, noNaN: true }),
  x2: fc.double({ min: -5, max: 5, noNaN: true }),
});

describe('neuron-weighted-sum', () => {
  it('gives a = 3 for w = [1, 0, −1], x = [1, 2, 1] and b = 3, the post’s worked value', () => {
    const evaluation = evaluateAt('neuron-weighted-sum');
    expectClose(rowNumber(evaluation, 'wᵀx'), 0);
    expectClose(rowNumber(evaluation, 'a = wᵀx + b'), 3);
  });

  it('shifts a by exactly the change in b', () => {
    expectClose(rowNumber(evaluateAt('neuron-weighted-sum', { b: -1.5 }), 'a = wᵀx + b'), -1.5);
  });

  it('weighs each input by its own weight', () => {
    expectClose(rowNumber(evaluateAt('neuron-weighted-sum', { w1: 2 }), 'a = wᵀx + b'), 3 + 2 * 2);
  });
});

describe('input-layer', () => {
  it('makes a(0) and z(0) the input x itself', () => {
    const evaluation = evaluateAt('input-layer', { x0: 0.5, x1: -1, x2: 3 });
    expect(rowValue(evaluation, 'a(0)')).toEqual([0.5, -1, 3]);
    expect(rowValue(evaluation, 'z(0)')).toEqual([0.5, -1, 3]);
  });
});

describe('layer-1-preactivation', () => {
  it('gives a(1) = [0, −0.4, −1.4, 1.5] for the post’s x = [1, 2, 1] and the example weights', () => {
    expectClose(
      rowValue(evaluateAt('layer-1-preactivation'), '(W(1))ᵀa(0) + b(1)'),
      [0, -0.4, -1.4, 1.5],
      1e-12,
    );
  });

  it('agrees with its written-out sums and with the forward pass for any x (property)', () => {
    fc.assert(
      fc.property(xArbitrary, (x) => {
        const evaluation = evaluateAt('layer-1-preactivation', x);
        const matrixForm = rowValue(evaluation, '(W(1))ᵀa(0) + b(1)');
        expectClose(rowValue(evaluation, 'written out'), matrixForm, 1e-12);
        expectClose(rowValue(evaluation, 'forward pass'), matrixForm, 1e-12);
      }),
      { seed: 1 },
    );
  });

  it('corrects the post’s first equality a(1) = (W(1))ᵀa(0): without + b(1) it misses its own expansion by b(1)', () => {
    const evaluation = evaluateAt('layer-1-preactivation');
    const post = rowValue(evaluation, 'the post’s first equality') as number[];
    const correct = rowValue(evaluation, '(W(1))ᵀa(0) + b(1)') as number[];
    expectClose(
      correct.map((v, j) => v - post[j]!),
      EXAMPLE_PARAMETERS.b1,
      1e-12,
    );
    expect(chain(formulaById('layer-1-preactivation').tex)).toMatch(
      /^a\^\{\(1\)\}=\\left\(W\^\{\(1\)\}\\right\)\^\{T\}a\^\{\(0\)\}\+b\^\{\(1\)\}=/,
    );
  });
});

describe('layer-2-preactivation', () => {
  it('feeds a(1) into layer 2: a(2) = [−0.78, −0.95] for the post’s x and the example weights', () => {
    expectClose(
      rowValue(evaluateAt('layer-2-preactivation'), '(W(2))ᵀa(1) + b(2)'),
      [-0.78, -0.95],
      1e-12,
    );
  });

  it('agrees with its written-out sums for any x (property)', () => {
    fc.assert(
      fc.property(xArbitrary, (x) => {
        const evaluation = evaluateAt('layer-2-preactivation', x);
        expectClose(
          rowValue(evaluation, 'written out'),
          rowValue(evaluation, '(W(2))ᵀa(1) + b(2)'),
          1e-12,
        );
      }),
      { seed: 2 },
    );
  });

  it('corrects the post’s first equality a(2) = (W(2))ᵀa(1): without + b(2) it misses its own expansion by b(2)', () => {
    const evaluation = evaluateAt('layer-2-preactivation');
    const post = rowValue(evaluation, 'the post’s first equality') as number[];
    const correct = rowValue(evaluation, '(W(2))ᵀa(1) + b(2)') as number[];
    expectClose(
      correct.map((v, j) => v - post[j]!),
      EXAMPLE_PARAMETERS.b2,
      1e-12,
    );
    expect(chain(formulaById('layer-2-preactivation').post?.originalTex ?? '')).toMatch(
      /^a\^\{\(2\)\}=\\left\(W\^\{\(2\)\}\\right\)\^\{T\}a\^\{\(1\)\}=/,
    );
  });
});

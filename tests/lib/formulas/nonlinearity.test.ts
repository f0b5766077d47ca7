import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaById } from '../../../lib/formulas/index.ts';
import { add } from '../../../lib/linalg.ts';
import { expectClose } from '../../helpers/close.ts';
import { evaluateAt, rowNumber, rowValue } from './support.ts';

const a = fc.double({ min: -10, max: 10, noNaN: true });

describe('linear-collapse', () => {
  it('gives the same a(2) layer by layer as one affine layer (W′)ᵀx + b′, for any x (property)', () => {
    const x = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(x, x, x, (x0, x1, x2) => {
        const evaluation = evaluateAt('linear-collapse', { x0, x1, x2 });
        expectClose(
          rowValue(evaluation, 'one affine layer'),
          rowValue(evaluation, 'layer by layer'),
          1e-12,
        );
      }),
      { seed: 5 },
    );
  });

  it('has W′ = W(1)W(2) of shape 3×2', () => {
    const wPrime = rowValue(evaluateAt('linear-collapse'), 'W′ = W(1)W(2)') as number[][];
    expect([wPrime.length, wPrime[0]!.length]).toEqual([3, 2]);
  });

  it('corrects the post’s a(2) = (W(2))ᵀ(W(1))ᵀx: dropping the biases loses exactly b′ = (W(2))ᵀb(1) + b(2)', () => {
    const evaluation = evaluateAt('linear-collapse');
    const post = rowValue(evaluation, 'the post’s form') as number[];
    const bPrime = rowValue(evaluation, 'b′ = (W(2))ᵀb(1) + b(2)') as number[];
    expectClose(add(post, bPrime), rowValue(evaluation, 'layer by layer'), 1e-12);
    expect(bPrime.some((v) => Math.abs(v) > 0.1)).toBe(true);
  });
});

describe('sigmoid', () => {
  it('gives σ(1) = 0.7311 and equals the scaled form with c = 1 and β = 1', () => {
    const evaluation = evaluateAt('sigmoid');
    expectClose(rowNumber(evaluation, 'σ(a) = 1/(1 + e^(−a))'), 0.7310585786, 1e-9);
    expectClose(rowNumber(evaluation, 'c/(1 + e^(−βa))'), 0.7310585786, 1e-9);
  });

  it('scales the ceiling with c and the steepness with β: c/(1 + e^(−βa)) = c·σ(βa)', () => {
    const scaled = rowNumber(evaluateAt('sigmoid', { c: 2, beta: 3, a: 0.5 }), 'c/(1 + e^(−βa))');
    const plain = rowNumber(evaluateAt('sigmoid', { a: 1.5 }), 'σ(a) = 1/(1 + e^(−a))');
    expectClose(scaled, 2 * plain, 1e-12);
  });
});

describe('sigmoid-derivative', () => {
  it('gives σ′(1) = 0.1966 on every side of the chain', () => {
    const { rows } = evaluateAt('sigmoid-derivative');
    for (const r of rows) expectClose(r.value as number, 0.1966119332, 1e-9);
  });

  it('keeps every side equal and agrees with its central difference within 1e-9, for any a in [−10, 10] (property)', () => {
    fc.assert(
      fc.property(a, (value) => {
        const { rows, check } = evaluateAt('sigmoid-derivative', { a: value });
        for (const r of rows) expectClose(r.value as number, check!.analytic as number, 1e-12);
        expect(check!.maxAbsDiff).toBeLessThan(1e-9);
      }),
      { seed: 7 },
    );
  });
});

describe('tanh-via-sigmoid', () => {
  it('gives tanh(0.5) = 0.4621 on every side', () => {
    for (const r of evaluateAt('tanh-via-sigmoid').rows)
      expectClose(r.value as number, 0.4621171573, 1e-9);
  });

  it('keeps all four forms equal for any a in [−10, 10] (property)', () => {
    fc.assert(
      fc.property(a, (value) => {
        const { rows } = evaluateAt('tanh-via-sigmoid', { a: value });
        for (const r of rows) expectClose(r.value as number, rows[0]!.value as number, 1e-12);
      }),
      { seed: 8 },
    );
  });
});

describe('tanh-derivative', () => {
  it('gives tanh′(0.5) = 0.7864 on every corrected side and agrees with its central difference within 1e-9', () => {
    const evaluation = evaluateAt('tanh-derivative');
    for (const r of evaluation.rows.filter((row) => row.role !== 'post'))
      expectClose(r.value as number, 0.7864477329, 1e-9);
    expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-9);
  });

  it('keeps the corrected sides equal to 1 − tanh²(a) for any a in [−10, 10] (property)', () => {
    fc.assert(
      fc.property(a, (value) => {
        const evaluation = evaluateAt('tanh-derivative', { a: value });
        for (const r of evaluation.rows.filter((row) => row.role !== 'post')) {
          expectClose(r.value as number, evaluation.check!.analytic as number, 1e-12);
        }
        expect(evaluation.check!.maxAbsDiff).toBeLessThan(1e-9);
      }),
      { seed: 9 },
    );
  });

  it('corrects the post’s factor 1 − (tanh(a) − 1)/2: it must be 1 − (tanh(a) + 1)/2, and the post’s product is not tanh′', () => {
    const evaluation = evaluateAt('tanh-derivative');
    const post = rowNumber(evaluation, 'the post’s factor');
    expectClose(post, 3.7106781, 1e-6);
    expect(Math.abs(post - (evaluation.check!.analytic as number))).toBeGreaterThan(1);
    expect(formulaById('tanh-derivative').tex).toContain(
      String.raw`\left(1-\frac{\tanh(a)+1}{2}\right)`,
    );
    expect(formulaById('tanh-derivative').post?.originalTex).toContain(
      String.raw`\left(1-\frac{\tanh(a)-1}{2}\right)`,
    );
  });
});

describe('leaky-relu', () => {
  it('gives −0.02 at a = −2 with α = 0.01, and passes a ≥ 0 through unchanged', () => {
    expectClose(rowNumber(evaluateAt('leaky-relu'), 'LeakyReLU(a) with slope α'), -0.02, 1e-12);
    expectClose(
      rowNumber(evaluateAt('leaky-relu', { a: 3 }), 'LeakyReLU(a) with slope α'),
      3,
      1e-12,
    );
  });

  it('is ReLU when α = 0', () => {
    const evaluation = evaluateAt('leaky-relu', { alpha: 0, a: -4 });
    expectClose(
      rowNumber(evaluation, 'LeakyReLU(a) with slope α'),
      rowNumber(evaluation, 'ReLU(a) = max(0, a), for comparison'),
      0,
    );
  });

  it('corrects the post’s name δ for the slope, which clashes with the local gradient δ: the book writes α', () => {
    const formula = formulaById('leaky-relu');
    expect(formula.tex).toContain(String.raw`\alpha\cdot a`);
    expect(formula.tex).not.toContain(String.raw`\delta`);
    expect(formula.post?.originalTex).toContain(String.raw`\delta\cdot a`);
  });
});

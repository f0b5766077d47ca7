/** Shared pieces of the formula tests: evaluate an entry by id and pick rows out of its evaluation. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { formulaById } from '../../../lib/formulas/index.ts';
import { defaultValues } from '../../../lib/formulas/helpers.ts';
import type { Evaluation, Quantity } from '../../../lib/formulas/types.ts';
import { expectClose } from '../../helpers/close.ts';

/** The entry's evaluation at its defaults, with some inputs changed. */
export function evaluateAt(id: string, overrides: Record<string, number> = {}): Evaluation {
  const formula = formulaById(id);
  return formula.evaluate({ ...defaultValues(formula.inputs), ...overrides });
}

/**
 * The value of the row labelled exactly `fragment`, or else of the one row whose label contains
 * it (fails when none or several match).
 */
export function rowValue(evaluation: Evaluation, fragment: string): Quantity {
  const exact = evaluation.rows.filter((r) => r.label === fragment);
  const rows = exact.length > 0 ? exact : evaluation.rows.filter((r) => r.label.includes(fragment));
  if (rows.length !== 1) {
    throw new Error(`expected one row containing "${fragment}", found ${rows.length}`);
  }
  return rows[0]!.value;
}

/** rowValue for a row that holds a number. */
export function rowNumber(evaluation: Evaluation, fragment: string): number {
  const value = rowValue(evaluation, fragment);
  if (typeof value !== 'number') throw new Error(`row "${fragment}" is not a number`);
  return value;
}

/** The rows marked as the post's own form. */
export const postRows = (evaluation: Evaluation) =>
  evaluation.rows.filter((r) => r.role === 'post');

/**
 * The sides of a derivation: rows written as a negated expression ("−…", the form every side of the
 * post's ∂L/∂θ derivations takes) that are not the post's own form.
 */
export function derivationSides(evaluation: Evaluation): number[] {
  return evaluation.rows
    .filter((r) => r.label.startsWith('−') && r.role !== 'post')
    .map((r) => r.value as number);
}

/** Inputs of the example network's sample, for property tests: x in [−3, 3]³, y in [−1, 1]². */
export const sampleArbitrary = fc.record({
  x0: fc.double({ min: -3, max: 3, noNaN: true }),
  x1: fc.double({ min: -3, max: 3, noNaN: true }),
  x2: fc.double({ min: -3, max: 3, noNaN: true }),
  y0: fc.double({ min: -1, max: 1, noNaN: true }),
  y1: fc.double({ min: -1, max: 1, noNaN: true }),
});

/** Central differences of a smooth network agree with backprop to this (h = 1e-5, error O(h²)). */
export const FD_TOLERANCE = 1e-7;

/**
 * The tests every step of a ∂L/∂θ derivation shares: at the defaults and for random samples and
 * indices, each side equals the backprop gradient, which agrees with the central difference of L.
 */
export function derivationTests(
  id: string,
  indexSizes: readonly [number, number] | null,
  sides: number,
): void {
  it(`shows ${sides} side(s) of the equality, each equal to the gradient by backpropagation, at the defaults`, () => {
    const evaluation = evaluateAt(id);
    const found = derivationSides(evaluation);
    expect(found).toHaveLength(sides);
    for (const side of found) expectClose(side, evaluation.check!.analytic as number, FD_TOLERANCE);
  });

  it(`agrees with the central difference of L within ${FD_TOLERANCE}`, () => {
    const { check } = evaluateAt(id);
    expect(check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
    expectClose(check!.numeric, check!.analytic, FD_TOLERANCE);
  });

  it('keeps every side equal to the gradient for random samples and indices (property)', () => {
    const indices = indexSizes
      ? fc.record({
          i: fc.integer({ min: 0, max: indexSizes[0] - 1 }),
          j: fc.integer({ min: 0, max: indexSizes[1] - 1 }),
        })
      : fc.constant({});
    fc.assert(
      fc.property(sampleArbitrary, indices, (sample, index) => {
        const evaluation = evaluateAt(id, { ...sample, ...index });
        const analytic = evaluation.check!.analytic as number;
        for (const side of derivationSides(evaluation)) expectClose(side, analytic, FD_TOLERANCE);
        expect(evaluation.check!.maxAbsDiff).toBeLessThan(FD_TOLERANCE);
      }),
      { numRuns: 25, seed: 20261128 },
    );
  });
}

/** Tests for an entry whose post sums run k = 0 … n(l), one node too far. */
export function offByOneTests(id: string, wrongUpper: string, rightUpper: string): void {
  const plain = (tex: string) => tex.replace('^{(', '(').replace(')}', ')').replace('-1', ' − 1');
  it(`corrects the post’s sums up to ${plain(wrongUpper)}: the nodes end at ${plain(rightUpper)}, and so do the book’s sums`, () => {
    const formula = formulaById(id);
    expect(formula.tex).toContain(`^{${rightUpper}}`);
    expect(formula.tex.replaceAll(rightUpper, '')).not.toContain(`^{${wrongUpper}}`);
    expect(formula.post?.originalTex).toContain(`^{${wrongUpper}}`);
    expect(formula.post?.originalTex).not.toContain(rightUpper);
  });
}

/** The post's n + 1 terms against the layer's n nodes, from the entry's term-count row. */
export function termCountTest(id: string, nodes: number): void {
  it(`counts ${nodes + 1} terms in the post’s sum against ${nodes} nodes in the layer`, () => {
    expect(rowValue(evaluateAt(id), 'terms in the post’s sum')).toEqual([nodes + 1, nodes]);
  });
}

/**
 * Display TeX as one chain of equalities: an aligned derivation's layout (its lines, `&`
 * alignment points) removed, so a test can read `a = b = c` however the book breaks its lines.
 */
export function chain(tex: string): string {
  return tex
    .replace(/^\\begin\{aligned\}|\\end\{aligned\}$/g, '')
    .replaceAll('\\\\&', '')
    .replace(/&(?=:?=)/g, '');
}

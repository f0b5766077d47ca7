import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formulaById, formulas, formulasByChapter } from '../../../lib/formulas/index.ts';
import { defaultValues } from '../../../lib/formulas/helpers.ts';
import type { FormulaInput, Quantity } from '../../../lib/formulas/types.ts';

const root = new URL('../../../', import.meta.url);

/** Any value the reader may enter for this input: inside [min, max], whole when it must be. */
const inputArbitrary = (input: FormulaInput): fc.Arbitrary<number> =>
  input.integer
    ? fc.integer({ min: input.min, max: input.max })
    : fc.double({ min: input.min, max: input.max, noNaN: true });

const finite = (q: Quantity): boolean =>
  typeof q === 'number'
    ? Number.isFinite(q)
    : q.every((entry) =>
        typeof entry === 'number' ? Number.isFinite(entry) : entry.every(Number.isFinite),
      );

describe('the formula registry', () => {
  it('gives every formula a unique kebab-case id', () => {
    const ids = formulas.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('holds each of the post’s 45 display equations exactly once, by index 1 to 45', () => {
    const indices = formulas.flatMap((f) => (f.post ? [f.post.index] : [])).sort((a, b) => a - b);
    expect(indices).toEqual(Array.from({ length: 45 }, (_, k) => k + 1));
  });

  it('lists the post’s equations in the post’s order', () => {
    const indices = formulas.flatMap((f) => (f.post ? [f.post.index] : []));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it('adds the three optimization equations, which have no post index', () => {
    expect(formulasByChapter('optimization').map((f) => f.id)).toEqual([
      'optimization-loss-curve',
      'optimization-loss-derivative',
      'optimization-step',
    ]);
    for (const f of formulasByChapter('optimization')) expect(f.post).toBeUndefined();
  });

  it('finds a formula by id and names an unknown id in its error', () => {
    expect(formulaById('neuron-weighted-sum').post?.index).toBe(1);
    expect(() => formulaById('no-such-formula')).toThrow(/no-such-formula/);
  });

  it('gives an original TeX exactly where it gives an erratum or a slip', () => {
    for (const f of formulas) {
      const corrected = f.post?.erratum !== undefined || f.post?.slip !== undefined;
      expect(f.post?.originalTex !== undefined, f.id).toBe(corrected);
      if (f.post?.originalTex !== undefined) expect(f.post.originalTex, f.id).not.toBe(f.tex);
    }
  });

  for (const f of formulas) {
    describe(`entry ${f.id}`, () => {
      it('renders its TeX (and the post’s TeX, when given) with KaTeX in display mode', () => {
        expect(() =>
          katex.renderToString(f.tex, { displayMode: true, throwOnError: true }),
        ).not.toThrow();
        const original = f.post?.originalTex;
        if (original !== undefined) {
          expect(() =>
            katex.renderToString(original, { displayMode: true, throwOnError: true }),
          ).not.toThrow();
        }
      });

      it('writes its title and erratum, if any, with balanced $…$ inline math that KaTeX renders', () => {
        const slip = f.post?.slip;
        const prose = [f.title, f.post?.erratum, slip?.explanation, slip?.reminder];
        for (const text of prose.filter((t) => t !== undefined)) {
          expect(text.split('$').length % 2, `an unmatched $ in "${text}"`).toBe(1);
          for (const tex of text.split('$').filter((_, k) => k % 2 === 1)) {
            expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow();
          }
          // Outside $…$ no math written as plain text: no w_ij, no (W(1))ᵀ, no ∂L/∂z.
          const outside = text
            .split('$')
            .filter((_, k) => k % 2 === 0)
            .join(' ');
          expect(outside, text).not.toMatch(/[_^ᵀ∂∇δσφηΔ×∗]|\\w|\w\(\d\)/);
        }
      });

      const changed = f.post?.changed;
      // /errata/ sets the post's form beside the book's: the difference is marked in each pair.
      const corrected = f.post?.erratum !== undefined || f.post?.slip !== undefined;
      if (f.post?.originalTex !== undefined && corrected) {
        it('marks what the book changed in the post’s form beside its own', () => {
          expect(changed, 'post.changed').toBeDefined();
        });
      }
      if (changed !== undefined) {
        it('marks changed terms that occur in the form they are marked in', () => {
          expect([...changed.post, ...changed.book].length).toBeGreaterThan(0);
          for (const term of changed.post) expect(f.post?.originalTex, term).toContain(term);
          for (const term of changed.book) expect(f.tex, term).toContain(term);
          // On a phone /errata/ shows the narrow forms: the marks must survive the restacking.
          const narrowPost = f.post?.narrowOriginalTex;
          if (narrowPost !== undefined)
            for (const term of changed.post)
              expect(narrowPost, `narrow post: ${term}`).toContain(term);
          if (f.narrowTex !== undefined)
            for (const term of changed.book) expect(f.narrowTex, `narrow: ${term}`).toContain(term);
        });
      }

      it('names lib modules that export the functions it lists', async () => {
        expect(f.code.length).toBeGreaterThan(0);
        for (const { module, exports } of f.code) {
          expect(module).toMatch(/^lib\/.+\.ts$/);
          const mod = (await import(new URL(module, root).href)) as Record<string, unknown>;
          for (const name of exports)
            expect(['function', 'object'], `${module} ${name}`).toContain(typeof mod[name]);
        }
      });

      it('has input defaults inside their ranges, whole numbers for indices', () => {
        for (const input of f.inputs) {
          expect(input.min, input.name).toBeLessThanOrEqual(input.default);
          expect(input.default, input.name).toBeLessThanOrEqual(input.max);
          if (input.integer) expect(Number.isInteger(input.default), input.name).toBe(true);
        }
        expect(new Set(f.inputs.map((input) => input.name)).size).toBe(f.inputs.length);
      });

      it('evaluates at its defaults to finite values only', () => {
        const { rows, check } = f.evaluate(defaultValues(f.inputs));
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) expect(finite(r.value), r.label).toBe(true);
        if (check) {
          for (const q of [check.analytic, check.numeric, check.maxAbsDiff, check.step])
            expect(finite(q)).toBe(true);
        }
      });

      it('evaluates to finite values for any inputs inside their ranges (property)', () => {
        const values = fc.record(
          Object.fromEntries(f.inputs.map((input) => [input.name, inputArbitrary(input)])),
        );
        fc.assert(
          fc.property(values, (v) => {
            const { rows, check } = f.evaluate(v);
            for (const r of rows) expect(finite(r.value), r.label).toBe(true);
            if (check)
              expect(
                finite(check.analytic) && finite(check.numeric) && finite(check.maxAbsDiff),
              ).toBe(true);
          }),
          { numRuns: 20, seed: 45 },
        );
      });

      it('rejects an input that is not a finite number with a message', () => {
        const first = f.inputs[0];
        if (!first) return;
        expect(() => f.evaluate({ ...defaultValues(f.inputs), [first.name]: Number.NaN })).toThrow(
          first.name,
        );
      });
    });
  }
});

import { describe, expect, it } from 'vitest';
import type { Formula, PostSource } from '../../../lib/formulas/types.ts';
import {
  erratumParts,
  firstWithSlip,
  isCorrected,
  markChanged,
} from '../../../src/lib-site/errata.ts';
import { renderTex } from '../../../src/lib-site/tex.ts';

const slip = { id: 'too-far', explanation: 'The sums go too far.', reminder: 'the sums end early' };
const formula = (id: string, post?: PostSource) =>
  ({ id, title: id, tex: 'x', ...(post && { post }) }) as unknown as Formula;
const a = formula('a', { index: 1, originalTex: 'y', slip });
const b = formula('b', { index: 2, originalTex: 'y', slip, erratum: 'Also $m$.' });
const c = formula('c', { index: 3, originalTex: 'y', erratum: 'Only this.' });
const kept = formula('kept', { index: 4 });
const book = [a, b, c, kept];
const own = formula('own');
const again = formula('again', { index: 5, originalTex: 'y', slip });

describe('erratumParts', () => {
  it('explains a slip in full on the first equation that makes it', () => {
    expect(erratumParts(a, book)).toEqual([{ prose: 'The sums go too far.' }]);
  });

  it('names a repeated slip and refers to its first equation, then adds the equation’s own note', () => {
    expect(erratumParts(b, book)).toEqual([
      { prose: 'The sums end early, as explained at ' },
      { ref: 'a' },
      { prose: '.' },
      { prose: ' Also $m$.' },
    ]);
  });

  it('gives an erratum without a slip as it is', () => {
    expect(erratumParts(c, book)).toEqual([{ prose: 'Only this.' }]);
  });

  it('says nothing for an equation the book keeps', () => {
    expect(erratumParts(kept, book)).toEqual([]);
    expect(isCorrected(kept)).toBe(false);
    expect(book.filter(isCorrected).map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('says nothing for an equation of the book’s own, which the post does not have', () => {
    expect(erratumParts(own, book)).toEqual([]);
    expect(isCorrected(own)).toBe(false);
  });

  it('explains a slip in full when no equation before it makes the slip', () => {
    expect(erratumParts(a, [])).toEqual([{ prose: 'The sums go too far.' }]);
  });

  it('gives a repeated slip without a note of its own as the reference alone', () => {
    expect(erratumParts(again, [...book, again])).toEqual([
      { prose: 'The sums end early, as explained at ' },
      { ref: 'a' },
      { prose: '.' },
    ]);
  });
});

describe('firstWithSlip', () => {
  it('finds the first equation with the same slip, past equations without a slip or a post', () => {
    expect(firstWithSlip(b, [own, c, kept, a, b])).toBe(a);
  });

  it('finds nothing for an equation without a slip, or without a post', () => {
    expect(firstWithSlip(c, book)).toBeUndefined();
    expect(firstWithSlip(own, book)).toBeUndefined();
  });
});

describe('markChanged', () => {
  it('wraps every occurrence of each term in the highlight class', () => {
    expect(markChanged('\\sum^{n-1} + \\sum^{n-1}', ['n-1'])).toBe(
      '\\sum^{{\\htmlClass{ff-changed}{n-1}}} + \\sum^{{\\htmlClass{ff-changed}{n-1}}}',
    );
  });

  it('wraps a term once even when another term is part of it', () => {
    expect(markChanged('a_{n-1}', ['n', 'n-1'])).toBe('a_{{\\htmlClass{ff-changed}{n-1}}}');
  });

  it('gives TeX that KaTeX renders with the class on the changed term', () => {
    expect(renderTex(markChanged('\\sum_{k=0}^{n^{(2)}-1} x_k', ['n^{(2)}-1']))).toContain(
      'ff-changed',
    );
  });

  it('leaves TeX without terms as it was', () => {
    expect(markChanged('x^2', [])).toBe('x^2');
  });
});

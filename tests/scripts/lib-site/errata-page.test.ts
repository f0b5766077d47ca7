import { describe, expect, it } from 'vitest';
import { errataEntries } from '../../../src/lib-site/errata-page.ts';
import { isCorrected } from '../../../src/lib-site/errata.ts';
import { equationNumber } from '../../../src/lib-site/numbering.ts';
import { formulas } from '../../../src/lib-site/registry.ts';

describe('errataEntries', () => {
  it('lists every formula the book corrects, and only those, in the registry’s order', () => {
    const ids = errataEntries().map((e) => e.formula.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(formulas.filter(isCorrected).map((f) => f.id));
  });

  it('gives an entry its equation number, a heading id and the numbered title as its heading', () => {
    const softmax = errataEntries().find((e) => e.formula.id === 'softmax')!;
    expect(softmax.number).toEqual(equationNumber('softmax'));
    expect(softmax.slug).toBe('erratum-softmax');
    expect(softmax.text).toBe(`(${equationNumber('softmax')!.number}) Softmax`);
  });

  it('writes the math of a title as plain text in the heading', () => {
    for (const entry of errataEntries()) expect(entry.text).not.toContain('$');
  });
});

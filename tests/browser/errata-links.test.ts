/**
 * The errata page and the chapters agree on every corrected equation: its book form on /errata/
 * carries the same `data-formula` hook as in its chapter, and the entry's link lands on that
 * chapter's equation (by its book number), whose card holds the code, the live evaluation and
 * the tests of the corrected form.
 * Read from the built HTML in dist/, so it checks what a reader is served.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { errataEntries } from '../../src/lib-site/errata-page.ts';
import { numberHref } from '../../src/lib-site/numbering.ts';
import { DIST } from './site-pages.ts';

const built = new Map<string, Document>();
/** The built page at a URL path ('/nonlinearity/'), parsed once. */
function page(path: string): Document {
  let doc = built.get(path);
  if (doc === undefined) {
    doc = parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
    built.set(path, doc);
  }
  return doc;
}

const entries = [...page('/errata/').querySelectorAll('section.ff-erratum-entry')];
const corrected = errataEntries().map((e) => e.formula.id);

describe('the errata page', () => {
  it('lists one entry for each equation the book corrects', () => {
    const hooks = entries.map((e) =>
      e.querySelector('[aria-label="The corrected form"]')?.getAttribute('data-formula'),
    );
    expect(hooks.sort()).toEqual([...corrected].sort());
  });

  it.each(corrected)('links %s to its equation in the chapter, which has the same hook', (id) => {
    const entry = entries.find((e) => e.querySelector(`[data-formula="${id}"]`) !== null);
    expect(entry, `no entry on /errata/ carries data-formula="${id}"`).toBeDefined();
    const formula = errataEntries().find((e) => e.formula.id === id)!;
    const href = formula.number ? numberHref(formula.number) : `/${formula.formula.chapter}/#${id}`;
    expect(entry!.querySelector(`a[href="${href}"]`), `a link to ${href}`).not.toBeNull();
    const [path, fragment] = href.split('#');
    const target = page(path!);
    expect(target.getElementById(fragment!), `${href} lands nowhere`).not.toBeNull();
    expect(
      target.querySelector(`.ff-equation[data-formula="${id}"]`),
      `${id} on ${path}`,
    ).not.toBeNull();
  });
});

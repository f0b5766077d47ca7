import { describe, expect, it } from 'vitest';
import { contentPages } from '../../../src/lib-site/content-pages.ts';
import {
  equationNumber,
  numberAnchor,
  numberEquations,
  numberHref,
} from '../../../src/lib-site/numbering.ts';

const page = (file: string, ...ids: string[]) => ({
  file,
  text: ids.map((id) => `Some prose.\n\n<Formula id="${id}" />\n`).join('\n'),
});

describe('numberEquations', () => {
  // Computed inside each test (not when the file is collected), so the mutation run sees which
  // tests use it.
  const numbers = () =>
    numberEquations([
      // Listed out of reading order on purpose: the chapter list decides the order, not the files.
      page('content/backpropagation/output-layer.mdx', 'c', 'd'),
      page('content/backpropagation/index.mdx', 'b'),
      page('content/weights-and-biases.mdx', 'a'),
      page('content/nonlinearity/index.mdx', 'x'),
      page('content/nonlinearity/softmax.mdx', 'y'),
    ]);
  const byId = (): Record<string, string> =>
    Object.fromEntries(numbers().map((n) => [n.id, n.number]));

  it('numbers a chapter by its place among the chapters, counting the ones without equations', () => {
    expect(byId()['a']).toBe('2.1');
  });

  it('keeps counting across the pages of a chapter split into parts', () => {
    expect([byId()['x'], byId()['y']]).toEqual(['3.1', '3.2']);
    expect([byId()['b'], byId()['c'], byId()['d']]).toEqual(['6.1', '6.2', '6.3']);
  });

  it('lists the equations in reading order with the page that shows them', () => {
    expect(numbers().map((n) => n.id)).toEqual(['a', 'x', 'y', 'b', 'c', 'd']);
    expect(numbers().find((n) => n.id === 'c')?.page).toBe('backpropagation/output-layer');
  });

  it('gives an equation shown twice the number of its first use', () => {
    const twice = numberEquations([page('content/weights-and-biases.mdx', 'a', 'b', 'a')]);
    expect(twice.map((n) => `${n.id} ${n.number}`)).toEqual(['a 2.1', 'b 2.2']);
  });

  it('ignores a <Formula> inside a code example', () => {
    const shown = numberEquations([
      { file: 'content/weights-and-biases.mdx', text: '```mdx\n<Formula id="code" />\n```\n' },
    ]);
    expect(shown).toEqual([]);
  });
});

describe('equationNumber', () => {
  it('gives a formula the number the book’s content gives it', () => {
    const first = numberEquations(contentPages(process.cwd()))[0]!;
    expect(equationNumber(first.id)).toEqual(first);
  });

  it('gives no number to a formula no chapter shows', () => {
    expect(equationNumber('no-such-formula')).toBeUndefined();
  });
});

describe('numberHref', () => {
  const n = { id: 'c', page: 'backpropagation/output-layer', number: '6.2' };

  it('links to the number’s anchor on the equation’s page', () => {
    expect(numberHref(n)).toBe('/backpropagation/output-layer/#eq-6.2');
  });

  it('keeps to the fragment on the same page', () => {
    expect(numberHref(n, 'backpropagation/output-layer')).toBe('#eq-6.2');
  });

  it('names the anchor after the number', () => {
    expect(numberAnchor('3.4')).toBe('eq-3.4');
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mathRuns, mathText, symbolMarkup } from '../../../src/figures/math-text.ts';

/** The text of each italic run in SVG markup. */
const italics = (markup: string): string[] =>
  [...parseHTML(`<svg><text>${markup}</text></svg>`).document.querySelectorAll('.ff-var')].map(
    (t) => t.textContent ?? '',
  );

describe('mathRuns', () => {
  it('cuts a label into its variables and what lies between them, in order', () => {
    expect(mathRuns('n(1) = 3')).toEqual([
      { text: 'n', variable: true },
      { text: '(1) = 3', variable: false },
    ]);
    expect(mathRuns('(l−1)')).toEqual([
      { text: '(', variable: false },
      { text: 'l', variable: true },
      { text: '−1)', variable: false },
    ]);
  });

  it('keeps letters together as one run and the text whole', () => {
    const text = 'ij, i = 0, …, n − 1';
    const runs = mathRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.variable).map((r) => r.text)).toEqual(['ij', 'i', 'n']);
    expect(mathRuns('')).toEqual([]);
  });

  it('takes lowercase Greek and accented letters as variables, but not capital Greek, primes or digits', () => {
    expect(mathRuns('φ′').map((r) => [r.text, r.variable])).toEqual([
      ['φ', true],
      ['′', false],
    ]);
    expect(mathRuns('ŷ')).toEqual([{ text: 'ŷ', variable: true }]);
    expect(mathRuns('y\u0302')).toEqual([{ text: 'y\u0302', variable: true }]);
    expect(mathRuns('Δ')).toEqual([{ text: 'Δ', variable: false }]);
    expect(mathRuns('Σ 12 ⊙ ×')).toEqual([{ text: 'Σ 12 ⊙ ×', variable: false }]);
  });
});

describe('mathText', () => {
  it('sets each variable in an ff-var tspan and leaves the rest as text', () => {
    expect(mathText('(l−1)')).toBe('(<tspan class="ff-var">l</tspan>−1)');
  });

  it('escapes markup in and between variables', () => {
    expect(mathText('a<b & c>')).toBe(
      '<tspan class="ff-var">a</tspan>&lt;<tspan class="ff-var">b</tspan> &amp; <tspan class="ff-var">c</tspan>&gt;',
    );
  });
});

describe('symbolMarkup', () => {
  it('writes W_ij^(l) with the base, the subscript and the superscript’s l italic', () => {
    const markup = symbolMarkup('W', 'ij', '(l)');
    expect(italics(markup)).toEqual(['W', 'ij', 'l']);
    const doc = parseHTML(`<svg><text>${markup}</text></svg>`).document;
    expect(doc.querySelector('text')!.textContent).toBe('Wij(l)\u200b');
  });

  it('shifts the scripts and puts the baseline back after them', () => {
    expect(symbolMarkup('z', '2', '(1)')).toBe(
      '<tspan class="ff-var">z</tspan><tspan font-size="0.72em" dy="0.35em">2</tspan>' +
        '<tspan font-size="0.72em" dy="-0.875em">(1)</tspan><tspan dy="0.38em">&#8203;</tspan>',
    );
    expect(symbolMarkup('n', undefined, '(0)')).toMatch(
      /dy="-0\.53em">\(0\)<\/tspan><tspan dy="0\.38em">/,
    );
    expect(symbolMarkup('a', 'j')).toMatch(
      /dy="0\.35em"><tspan class="ff-var">j<\/tspan><\/tspan><tspan dy="-0\.25em">/,
    );
  });

  it('writes a lone variable without scripts or a baseline reset, and capital Greek upright', () => {
    expect(symbolMarkup('x')).toBe('<tspan class="ff-var">x</tspan>');
    expect(italics(symbolMarkup('Δ', undefined, '(2)'))).toEqual([]);
  });
});

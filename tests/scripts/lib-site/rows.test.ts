import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  evaluationHtml,
  isFiniteEvaluation,
  quantityHtml,
} from '../../../src/lib-site/rows.ts';

describe('quantityHtml', () => {
  it('shows a number as formatted text', () => {
    expect(quantityHtml(-0.5)).toBe('<span class="ff-num">−0.5</span>');
  });
  it('shows a vector as a one-column table', () => {
    expect(quantityHtml([1, 2])).toBe(
      '<table class="ff-matrix" aria-label="vector of 2"><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>',
    );
  });
  it('shows a matrix row by row with its shape', () => {
    const html = quantityHtml([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(html).toContain('aria-label="2 × 3 matrix"');
    expect(html).toContain('<tr><td>4</td><td>5</td><td>6</td></tr>');
  });
});

describe('evaluationHtml', () => {
  it('marks the post’s form and escapes labels', () => {
    const html = evaluationHtml({ rows: [{ label: 'a<b', value: 1, role: 'post' }] });
    expect(html).toContain('ff-row-post');
    expect(html).toContain('a&#60;b');
    expect(html).toContain('the post’s form');
  });
  it('shows the derivative check: analytic, central difference with h, largest difference', () => {
    const html = evaluationHtml({
      rows: [],
      check: { analytic: 0.25, numeric: 0.25, maxAbsDiff: 1e-11, step: 1e-5 },
    });
    expect(html).toContain('central difference, h = 1e−5');
    expect(html).toContain('1e−11');
  });
  it('refuses an evaluation with a non-finite value rather than print NaN', () => {
    expect(() => evaluationHtml({ rows: [{ label: 'x', value: [1, Number.NaN] }] })).toThrow(
      RangeError,
    );
  });
});

describe('isFiniteEvaluation', () => {
  it('looks at the derivative check too', () => {
    expect(
      isFiniteEvaluation({
        rows: [],
        check: { analytic: 1, numeric: Infinity, maxAbsDiff: 0, step: 1e-5 },
      }),
    ).toBe(false);
    expect(isFiniteEvaluation({ rows: [{ label: 'x', value: [[1]] }] })).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});

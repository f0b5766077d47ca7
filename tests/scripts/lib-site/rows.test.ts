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
  it('calls an empty quantity a vector of 0', () => {
    expect(quantityHtml([])).toBe(
      '<table class="ff-matrix" aria-label="vector of 0"><tbody></tbody></table>',
    );
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
  it('writes each row as a term and its value, and the check as three more rows', () => {
    expect(
      evaluationHtml({
        rows: [
          { label: 'z', value: 1 },
          { label: 'a', value: 2, role: 'post' },
        ],
        check: { analytic: 0.25, numeric: 0.5, maxAbsDiff: 0.25, step: 0.001 },
      }),
    ).toBe(
      '<dl class="ff-rows">' +
        '<div class="ff-row"><dt>z</dt><dd><span class="ff-num">1</span></dd></div>' +
        '<div class="ff-row ff-row-post"><dt>a <span class="ff-badge">the post’s form</span></dt>' +
        '<dd><span class="ff-num">2</span></dd></div>' +
        '</dl>' +
        '<dl class="ff-rows ff-check" aria-label="derivative check">' +
        '<div class="ff-row"><dt>analytic derivative</dt><dd><span class="ff-num">0.25</span></dd></div>' +
        '<div class="ff-row"><dt>central difference, h = 0.001</dt><dd><span class="ff-num">0.5</span></dd></div>' +
        '<div class="ff-row"><dt>largest |difference|</dt><dd><span class="ff-num">0.25</span></dd></div>' +
        '</dl>',
    );
  });
  it('refuses an evaluation with a non-finite value rather than print NaN', () => {
    expect(() => evaluationHtml({ rows: [{ label: 'x', value: [1, Number.NaN] }] })).toThrow(
      new RangeError('evaluationHtml: the evaluation has a non-finite value'),
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
  it('is false for a non-finite row, with or without a check', () => {
    expect(isFiniteEvaluation({ rows: [{ label: 'x', value: Number.NaN }] })).toBe(false);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});

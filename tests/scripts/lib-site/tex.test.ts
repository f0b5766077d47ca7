import { afterEach, describe, expect, it, vi } from 'vitest';
import { proseToText, renderProse, renderTex, texToText } from '../../../src/lib-site/tex.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('renderTex', () => {
  it('sets an equation as display math unless told it is inline', () => {
    expect(renderTex('x')).toContain('class="katex-display"');
    expect(renderTex('x', false)).not.toContain('katex-display');
  });

  it('writes both the visible HTML and the hidden MathML', () => {
    const html = renderTex('x');
    expect(html).toContain('class="katex-html"');
    expect(html).toContain('<math');
  });

  it('throws on a TeX error instead of showing red text', () => {
    expect(() => renderTex(String.raw`\frac{a}`)).toThrow();
  });

  it('accepts input LaTeX would not without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderTex(String.raw`a\\b`);
    expect(warn).not.toHaveBeenCalled();
  });

  it('trusts the highlight of a changed term', () => {
    expect(renderTex(String.raw`\htmlClass{ff-changed}{x}`)).toContain(
      'class="enclosing ff-changed"',
    );
  });

  it('trusts no other HTML command, so a link is not written', () => {
    expect(renderTex(String.raw`\href{https://example.com}{x}`)).not.toContain('href=');
  });
});

describe('renderProse', () => {
  it('typesets the math between dollars and escapes the text around it', () => {
    const html = renderProse('a <b> and $w_{ij}$');
    expect(html).toContain('a &#60;b&#62; and ');
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('$');
  });

  it('joins the text and the math with nothing between them', () => {
    const html = renderProse('a $x$ b');
    expect(html.startsWith('a <span class="katex">')).toBe(true);
    expect(html.endsWith('</span> b')).toBe(true);
  });

  it('sets the math inline, not as display math', () => {
    expect(renderProse('a $x$ b')).not.toContain('katex-display');
  });
});

describe('texToText', () => {
  it('writes indices and layer numbers as Unicode sub- and superscripts', () => {
    expect(texToText('w_{ij}^{(1)}')).toBe('wᵢⱼ⁽¹⁾');
  });

  it('names Greek letters and drops calligraphic markup', () => {
    expect(texToText(String.raw`\delta_j^{(2)}`)).toBe('δⱼ⁽²⁾');
    expect(texToText(String.raw`\mathcal{L}`)).toBe('L');
  });

  it('keeps a script with no Unicode form readable instead of dropping it', () => {
    expect(texToText('x_{q}')).toBe('x_(q)');
    expect(texToText('x^{q}')).toBe('x^(q)');
  });

  it('writes a script in Unicode only when every character of it has a form', () => {
    expect(texToText('x_{q1}')).toBe('x_(q1)');
  });
});

describe('proseToText', () => {
  it('turns only the math of a sentence into text', () => {
    expect(proseToText('Only output $j$ depends on $w_{ij}$')).toBe('Only output j depends on wᵢⱼ');
  });

  it('leaves the text outside the math as it is written', () => {
    expect(proseToText('snake_case {braces} $x$')).toBe('snake_case {braces} x');
  });
});

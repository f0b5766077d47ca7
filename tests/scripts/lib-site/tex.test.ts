import { describe, expect, it } from 'vitest';
import { proseToText, renderProse, texToText } from '../../../src/lib-site/tex.ts';

describe('renderProse', () => {
  it('typesets the math between dollars and escapes the text around it', () => {
    const html = renderProse('a <b> and $w_{ij}$');
    expect(html).toContain('a &#60;b&#62; and ');
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('$');
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
  });
});

describe('proseToText', () => {
  it('turns only the math of a sentence into text', () => {
    expect(proseToText('Only output $j$ depends on $w_{ij}$')).toBe('Only output j depends on wᵢⱼ');
  });
});

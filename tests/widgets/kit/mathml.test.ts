import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { activationNames, type ActivationName } from '../../../lib/activations/index.ts';
import { fromJSON, type NetworkJSON } from '../../../lib/network/json.ts';
import { MISTAKES } from '../../../lib/network/mistakes.ts';
import { stepThrough } from '../../../lib/network/step-through.ts';
import { texToMathML, TexError } from '../../../src/widgets/kit/mathml.ts';
import { PRESETS, PRESET_NAMES } from '../../../src/widgets/step/presets.ts';

/** A 2-2-k network with the given activations and loss, and a sample for it. */
function network(hidden: ActivationName, output: ActivationName, loss: NetworkJSON['loss']) {
  const k = output === 'softmax' || loss.name === 'mse' ? 2 : 1;
  const json: NetworkJSON = {
    format: 2,
    layers: [
      {
        weights: [
          [0.3, -0.2],
          [0.5, 1e-7],
        ],
        biases: [0.1, -0.4],
        activation: hidden,
      },
      {
        weights: [
          Array.from({ length: k }, (_, j) => 0.2 - j),
          Array.from({ length: k }, () => -0.6),
        ],
        biases: Array.from({ length: k }, () => 0.05),
        activation: output,
      },
    ],
    loss,
  };
  return { net: fromJSON(json), x: [0.7, -1.2], y: k === 2 ? [0, 1] : [1] };
}

/** Every equation the step-through can write: presets, activations, losses, each mistake. */
function everyStepTex(): string[] {
  const cases = PRESET_NAMES.map((name) => ({
    net: fromJSON(PRESETS[name].json),
    x: PRESETS[name].x,
    y: PRESETS[name].y,
  }));
  for (const hidden of activationNames.filter((a) => a !== 'softmax')) {
    for (const output of activationNames) {
      cases.push(network(hidden, output, { name: 'mse' }));
      if (output === 'sigmoid' || output === 'softmax') {
        cases.push(network(hidden, output, { name: 'crossEntropy' }));
        cases.push(network(hidden, output, { name: 'crossEntropy', base: 2 }));
      }
    }
  }
  const tex = new Set<string>();
  for (const { net, x, y } of cases) {
    for (const mistake of [undefined, ...MISTAKES]) {
      for (const step of stepThrough(net, x, y, 0.5, mistake).steps) {
        tex.add(step.equation.tex);
        for (const line of step.substituted) tex.add(line);
        if (step.broken !== undefined) tex.add(step.broken.tex);
      }
    }
  }
  return [...tex];
}

/**
 * The characters a MathML string shows, in order, without the TeX annotation or spacing. KaTeX
 * writes a script L as mathvariant="script" on a plain L; ours is the character ℒ itself.
 */
function shown(mathml: string): string {
  return mathml
    .replace(/<mi mathvariant="script">L<\/mi>/g, 'ℒ')
    .replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u2061\u2062]/g, '');
}

/** Whether every opened element is closed in order (the markup is well nested). */
function wellNested(markup: string): boolean {
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of markup.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing === '/') continue;
    if (closing === '/') {
      if (open.pop() !== name) return false;
    } else open.push(name!);
  }
  return open.length === 0;
}

const all = everyStepTex();

describe('texToMathML', () => {
  it('writes every equation of the step-through, for every network kind and mistake', () => {
    expect(all.length).toBeGreaterThan(300);
    for (const tex of all) {
      const mathml = texToMathML(tex, false);
      expect(wellNested(mathml), tex).toBe(true);
      expect(mathml, tex).not.toMatch(/style=/);
    }
  });

  it('shows the same characters in the same order as KaTeX’s MathML of the same TeX', () => {
    for (const tex of all) {
      const ours = shown(texToMathML(tex, true));
      const theirs = shown(katex.renderToString(tex, { output: 'mathml', displayMode: true }));
      expect(ours, tex).toBe(theirs);
    }
  });

  it('builds fractions, scripts, primes and fences as MathML structure', () => {
    expect(texToMathML(String.raw`\frac{\partial\mathcal{L}}{\partial z_j}`, false)).toContain(
      '<mfrac><mrow><mi>∂</mi><mi>ℒ</mi></mrow><mrow><mi>∂</mi><msub><mi>z</mi><mi>j</mi></msub></mrow></mfrac>',
    );
    expect(texToMathML(String.raw`\phi'^{(2)}`, false)).toContain(
      '<msup><mi>ϕ</mi><mrow><mo>′</mo><mrow><mo>(</mo><mn>2</mn><mo>)</mo></mrow></mrow></msup>',
    );
    expect(texToMathML(String.raw`w^{(1)}_{01}`, false)).toContain(
      '<msubsup><mi>w</mi><mrow><mn>01</mn></mrow><mrow><mo>(</mo><mn>1</mn><mo>)</mo></mrow></msubsup>',
    );
    expect(texToMathML(String.raw`\left(x\right)`, false)).toContain(
      '<mrow><mo fence="true">(</mo><mi>x</mi><mo fence="true">)</mo></mrow>',
    );
  });

  it('spaces a minus as a sign at the start, after an operator or an opening, and as a binary one elsewhere', () => {
    const sign = '<mo lspace="0em" rspace="0em">−</mo>';
    expect(texToMathML('(-1)', false)).toContain(`<mo>(</mo>${sign}<mn>1</mn><mo>)</mo>`);
    expect(texToMathML('-a', false)).toContain(`<mrow>${sign}<mi>a</mi>`);
    expect(texToMathML('x=-a', false)).toContain(`<mo>=</mo>${sign}`);
    expect(texToMathML('a-b', false)).toContain('<mi>a</mi><mo>−</mo><mi>b</mi>');
    expect(texToMathML('(a)-b', false)).toContain('<mo>)</mo><mo>−</mo>');
    expect(texToMathML('[a]+b', false)).toContain('<mo>]</mo><mo>+</mo>');
    expect(texToMathML('10^{-3}', false)).toContain(`<mrow>${sign}<mn>3</mn></mrow>`);
  });

  it('writes a lone prime as the superscript itself, and \\mathrm and the spaces as MathML has them', () => {
    expect(texToMathML(String.raw`\phi'`, false)).toContain('<msup><mi>ϕ</mi><mo>′</mo></msup>');
    expect(texToMathML(String.raw`\mathrm{ReLU}`, false)).toContain(
      '<mi mathvariant="normal">ReLU</mi>',
    );
    expect(texToMathML(String.raw`a\quad b\;c\,d`, false)).toContain(
      '<mi>a</mi><mspace width="1em"></mspace><mi>b</mi><mspace width="0.2778em"></mspace><mi>c</mi><mspace width="0.1667em"></mspace><mi>d</mi>',
    );
  });

  it('reads braces nested in \\text, and the plain letters r-i-g-h-t as letters', () => {
    expect(texToMathML(String.raw`\text{a{b}c}`, false)).toContain('<mtext>a{b}c</mtext>');
    expect(texToMathML('xright', false)).toContain('<mi>r</mi><mi>i</mi><mi>g</mi>');
  });

  it('allows a space before an argument, a group or a delimiter, as TeX does', () => {
    const frac = '<mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac>';
    expect(texToMathML(String.raw`\frac {1} {2}`, false)).toContain(frac);
    expect(texToMathML(String.raw`\text {a b}`, false)).toContain('<mtext>a b</mtext>');
    expect(texToMathML(String.raw`\left (x\right )`, false)).toContain(
      '<mrow><mo fence="true">(</mo><mi>x</mi><mo fence="true">)</mo></mrow>',
    );
  });

  it('leaves out the invisible delimiter \\left. and writes the other as a fence', () => {
    expect(texToMathML(String.raw`\left.x\right|`, false)).toContain(
      '<mrow><mi>x</mi><mo fence="true">|</mo></mrow>',
    );
  });

  it('puts a sum’s limits under and over it', () => {
    expect(texToMathML(String.raw`\sum_{k}x`, true)).toContain(
      '<munder><mo>∑</mo><mrow><mi>k</mi></mrow></munder><mi>x</mi>',
    );
    expect(texToMathML(String.raw`\sum_{k}^{n}`, true)).toContain(
      '<munderover><mo>∑</mo><mrow><mi>k</mi></mrow><mrow><mi>n</mi></mrow></munderover>',
    );
    expect(texToMathML(String.raw`\sum x`, true)).toContain('<mrow><mo>∑</mo><mi>x</mi></mrow>');
    expect(texToMathML(String.raw`\sum^{n}`, true)).toContain(
      '<mover><mo>∑</mo><mrow><mi>n</mi></mrow></mover>',
    );
  });

  it('writes script capitals as characters, which MathML Core shows without mathvariant', () => {
    expect(texToMathML(String.raw`\mathcal{LAE}`, false)).toContain('<mi>ℒ𝒜ℰ</mi>');
  });

  it('marks display equations as blocks and keeps the TeX, escaped, as the annotation', () => {
    const mathml = texToMathML(String.raw`\text{a<b & c}`, true);
    expect(mathml).toMatch(
      /^<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block">/,
    );
    expect(mathml).toContain('<mtext>a&lt;b &amp; c</mtext>');
    expect(mathml).toContain(
      '<annotation encoding="application/x-tex">\\text{a&lt;b &amp; c}</annotation>',
    );
    expect(texToMathML(String.raw`\text{"x>y"}`, false)).toContain(
      '<mtext>&quot;x&gt;y&quot;</mtext>',
    );
    expect(texToMathML('x', false)).toMatch(
      /^<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics>/,
    );
  });

  it('refuses what it cannot write, naming it, instead of guessing', () => {
    const refusals: [string, RegExp][] = [
      [String.raw`\alpha`, /unknown command \\alpha/],
      ['{x', /unclosed \{/],
      ['x}', /unopened \}/],
      [String.raw`\left(x`, /\\left without its \\right/],
      [String.raw`x\right)`, /\\right without its \\left/],
      ['x^', /missing argument/],
      ['x^1^2', /double \^/],
      ['^2', /nothing before it/],
      ['_2', /a _ with nothing before it/],
      ['x^}', /an unopened \}/],
      [String.raw`\text a`, /expected \{/],
      [String.raw`\text{ab`, /an unclosed \{ \(at character 8 of/],
      [String.raw`\left x\right)`, /expected a delimiter/],
      [String.raw`\left`, /expected a delimiter/],
      ['x;y', /character “;”/],
      [String.raw`\frac{1}`, /missing argument/],
      ['\\', /lone backslash/],
      [String.raw`\mathcal{x}`, /only capitals/],
    ];
    expect(() => texToMathML('^', false)).toThrow(expect.objectContaining({ name: 'TexError' }));
    for (const [tex, message] of refusals) {
      expect(() => texToMathML(tex, false), tex).toThrow(TexError);
      expect(() => texToMathML(tex, false), tex).toThrow(message);
    }
  });
});

/** Build-time KaTeX: equations become HTML (plus hidden MathML) before they reach the browser. */
import katex from 'katex';

/** Renders TeX to HTML; a TeX error fails the build rather than showing red text to a reader. */
export function renderTex(tex: string, displayMode = true): string {
  return katex.renderToString(tex, {
    displayMode,
    output: 'htmlAndMathml',
    throwOnError: true,
    strict: 'ignore',
    // Only the errata page's highlight of a changed term (errata.ts, markChanged) is trusted.
    trust: (context) => context.command === '\\htmlClass',
  });
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A sentence with inline math: text outside `$…$` is escaped, TeX inside is typeset inline.
 * Registry prose (an erratum) can then name a sum or a shape exactly as the equation writes it.
 */
export function renderProse(text: string): string {
  return text
    .split(/\$([^$]+)\$/)
    .map((part, k) => (k % 2 === 1 ? renderTex(part, false) : escapeHtml(part)))
    .join('');
}

const SYMBOLS: Record<string, string> = {
  mathcal: '',
  delta: 'δ',
  phi: 'φ',
  sigma: 'σ',
  eta: 'η',
  alpha: 'α',
  theta: 'θ',
  partial: '∂',
  nabla: '∇',
  Delta: 'Δ',
  times: '×',
  cdot: '·',
};
const SUB: Record<string, string> = Object.fromEntries(
  [...'0123456789aeijklmnx()+-'].map((c, k) => [c, '₀₁₂₃₄₅₆₇₈₉ₐₑᵢⱼₖₗₘₙₓ₍₎₊₋'[k]!]),
);
const SUP: Record<string, string> = Object.fromEntries(
  [...'0123456789()+-Tl'].map((c, k) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻ᵀˡ'[k]!]),
);

/** A script as Unicode sub- or superscripts, or `mark(text)` when a character has none. */
function script(text: string, table: Record<string, string>, mark: string): string {
  const chars = [...text];
  return chars.every((c) => c in table) ? chars.map((c) => table[c]).join('') : `${mark}(${text})`;
}

/** The TeX of a short inline formula as plain text: `w_{ij}^{(1)}` becomes wᵢⱼ⁽¹⁾. */
export function texToText(tex: string): string {
  return tex
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => SYMBOLS[name] ?? name)
    .replace(/_\{([^{}]*)\}|_(.)/g, (_, group?: string, one?: string) =>
      script(group ?? one ?? '', SUB, '_'),
    )
    .replace(/\^\{([^{}]*)\}|\^(.)/g, (_, group?: string, one?: string) =>
      script(group ?? one ?? '', SUP, '^'),
    )
    .replace(/[{}]/g, '');
}

/** A sentence with `$…$` math as plain text, for accessible names and other text-only places. */
export function proseToText(text: string): string {
  return text
    .split(/\$([^$]+)\$/)
    .map((part, k) => (k % 2 === 1 ? texToText(part) : part))
    .join('');
}

/** Build-time KaTeX: equations become HTML (plus hidden MathML) before they reach the browser. */
import katex from 'katex';

/** Renders TeX to HTML; a TeX error fails the build rather than showing red text to a reader. */
export function renderTex(tex: string, displayMode = true): string {
  return katex.renderToString(tex, {
    displayMode,
    output: 'htmlAndMathml',
    throwOnError: true,
    strict: 'ignore',
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

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

/**
 * Figure labels set as the equations beside them are: a variable (a Latin letter, or a lowercase
 * Greek one such as φ or δ) in the italic math face, digits, brackets, primes and operators
 * upright, and capital Greek (Δ, Σ) upright, as TeX sets them. SVG text has no <i>, so each run
 * of variables is a tspan of class ff-var (figures.css gives it KaTeX's math italic).
 */

/** A run of variable letters, each with any combining accent (ŷ written y + ̂). */
const VARIABLES = /(?:[\p{Script=Latin}α-ωϑϕϵ][\u0300-\u036f]*)+/gu;

const escapeText = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** `text` cut into runs, each a run of variables or of anything else, in order. */
export function mathRuns(text: string): { readonly text: string; readonly variable: boolean }[] {
  const runs: { text: string; variable: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(VARIABLES)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), variable: false });
    runs.push({ text: match[0], variable: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), variable: false });
  return runs;
}

/** SVG markup for `text`, its variables italic: "(l−1)" → (<i>l</i>−1). */
export function mathText(text: string): string {
  return mathRuns(text)
    .map((r) =>
      r.variable ? `<tspan class="ff-var">${escapeText(r.text)}</tspan>` : escapeText(r.text),
    )
    .join('');
}

/**
 * A symbol with a subscript and/or superscript inside an SVG <text>, e.g. W_ij^(l). SVG has no
 * <sub>/<sup>, so the scripts are shifted tspans and a zero-width tspan puts the baseline back.
 */
export function symbolMarkup(base: string, sub?: string, sup?: string): string {
  // Shifts in em of the surrounding text; a script is 0.72 of it, so its own dy is divided by 0.72.
  const subPart = sub ? `<tspan font-size="0.72em" dy="0.35em">${mathText(sub)}</tspan>` : '';
  const supDy = sub ? '-0.875em' : '-0.53em';
  const supPart = sup ? `<tspan font-size="0.72em" dy="${supDy}">${mathText(sup)}</tspan>` : '';
  const reset = sup ? '0.38em' : sub ? '-0.25em' : '0';
  const back = sub || sup ? `<tspan dy="${reset}">&#8203;</tspan>` : '';
  return `${mathText(base)}${subPart}${supPart}${back}`;
}

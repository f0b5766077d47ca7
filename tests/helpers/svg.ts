/**
 * SVG markup made comparable, as Observable Plot's own tests do it: numbers rounded to one
 * decimal, so a snapshot pins the drawing and not the last digit of floating-point layout.
 */
export function normalizeSvg(markup: string): string {
  return markup.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

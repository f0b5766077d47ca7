/**
 * A document for drawing charts at build time (Astro renders pages in Node, which has none).
 * Chart functions take the document as an argument, so the browser passes its own instead.
 */
import { parseHTML } from 'linkedom';

let cached: Document | undefined;

/** One shared linkedom document; charts only create elements in it, never attach them. */
export function serverDocument(): Document {
  cached ??= parseHTML('<!doctype html><html><head></head><body></body></html>')
    .document as unknown as Document;
  return cached;
}

/** An SVG element as markup for `set:html`. */
export function svgMarkup(svg: Element): string {
  return svg.outerHTML;
}

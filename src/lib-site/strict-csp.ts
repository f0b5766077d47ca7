/**
 * A strict Content-Security-Policy for a built page, with no 'unsafe-inline' and no 'unsafe-eval'.
 *
 * Two things in the built HTML would need 'unsafe-inline': style attributes (KaTeX sizes every
 * glyph box with one, Expressive Code colours tokens with custom properties, Starlight indents its
 * table of contents, the cards reserve their height) and inline <script>/<style> elements. So the
 * page is rewritten: every distinct style attribute becomes one class rule in a <style> element of
 * the page's own, and every inline script and style element is allowed by its SHA-256 hash.
 * Markup inside <noscript> (the deferred panels, inserted later by script) is rewritten the same
 * way, so what a panel inserts carries classes too.
 *
 * Pure string functions: the build step (src/integrations/strict-csp.ts) reads and writes the files.
 */
import { createHash } from 'node:crypto';

/** A start tag, with each attribute value quoted or not; a quoted value may hold `>`. */
const START_TAG =
  /<[a-zA-Z][\w:-]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const CODE_OR_TAG = new RegExp(
  String.raw`(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>)|` + START_TAG.source,
  'gi',
);
const STYLE_ATTR = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const CLASS_ATTR = /(\sclass\s*=\s*)(?:"([^"]*)"|'([^']*)')/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&quot;': '"',
  '&#34;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
};

/** An attribute value as the browser reads it (the entities HTML serialisers write in attributes). */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:quot|#34|#39|apos|lt|gt|amp);/g, (e) => ENTITIES[e] ?? e);
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/** The class that stands for one declaration list, named after its hash so every page agrees. */
export function styleClass(declarations: string): string {
  const hex = createHash('sha256').update(declarations).digest('hex');
  return `ffs-${hex.slice(0, 10)}`;
}

export interface HoistedStyles {
  /** The page with every style attribute replaced by a class. */
  readonly html: string;
  /** One rule per distinct declaration list, `.ffs-…{…}`, in order of first use. */
  readonly css: string;
}

/**
 * Replaces each style attribute by a class whose rule holds the same declarations. The rules are
 * marked !important: a style attribute beats every selector of the stylesheets, and so must they
 * (KaTeX's own CSS sets heights and margins that its inline sizes override).
 */
export function hoistStyleAttributes(html: string): HoistedStyles {
  const rules = new Map<string, string>();
  // Script and style bodies are code, not markup: they are matched first and left as they are.
  const rewritten = html.replace(CODE_OR_TAG, (tag: string, code: string | undefined) => {
    if (code !== undefined) return tag;
    const style = STYLE_ATTR.exec(tag);
    if (style === null) return tag;
    const declarations = decodeAttribute(style[1] ?? style[2] ?? '').trim();
    let rest = tag.replace(STYLE_ATTR, '');
    if (declarations === '') return rest;
    const name = styleClass(declarations);
    rules.set(name, important(declarations));
    const existing = CLASS_ATTR.exec(rest);
    if (existing === null)
      return rest.replace(/^<[a-zA-Z][\w:-]*/, (open) => `${open} class="${name}"`);
    const classes = `${existing[2] ?? existing[3] ?? ''} ${name}`.trim();
    rest = rest.replace(CLASS_ATTR, `$1"${classes}"`);
    return rest;
  });
  const css = [...rules].map(([name, body]) => `.${name}{${body}}`).join('');
  return { html: rewritten, css };
}

/**
 * "height:1em;top:-2em" → "height:1em!important;top:-2em!important". A semicolon inside
 * parentheses (a data: URL's ";base64") separates nothing.
 */
function important(declarations: string): string {
  return declarations
    .split(/;(?![^(]*\))/)
    .map((d) => d.trim())
    .filter((d) => d !== '')
    .map((d) => (/!\s*important$/i.test(d) ? d : `${d}!important`))
    .join(';');
}

/** The text of every inline <script> (no src) and every <style> element, in document order. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  // Scripts inside <noscript> are hashed too: harmless, as markup a panel inserts never runs them.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc\s*=/.test(attrs ?? ''))
    .map(([, , body]) => body ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
    ([, body]) => body ?? '',
  );
  return { scripts, styles };
}

/**
 * The policy for a page: its own origin only, inline code only by hash. 'wasm-unsafe-eval' lets
 * the search (Pagefind) compile its WebAssembly index reader; it allows no JavaScript eval.
 */
export function policyFor(html: string): string {
  const { scripts, styles } = inlineBlocks(html);
  const hashes = (blocks: string[]) =>
    [...new Set(blocks.map((b) => `'sha256-${sha256(b)}'`))].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes(scripts)}`.trim(),
    `style-src 'self' ${hashes(styles)}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The whole rewrite of one page: style attributes to classes in a <style> of its own, then the
 * policy as the first element of <head>, before anything it governs.
 */
export function applyStrictCsp(html: string): string {
  const { html: hoisted, css } = hoistStyleAttributes(html);
  const withRules =
    css === ''
      ? hoisted
      : hoisted.replace(/<\/head>/i, `<style data-ff-hoisted>${css}</style></head>`);
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(withRules)}">`;
  // After <meta charset>, which must stay within the first 1024 bytes.
  const charset = /<meta charset=[^>]*>/i;
  return charset.test(withRules)
    ? withRules.replace(charset, (tag) => `${tag}${meta}`)
    : withRules.replace(/<head\b[^>]*>/i, (head) => `${head}${meta}`);
}

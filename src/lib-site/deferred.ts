/**
 * Splitting the HTML of a deferred panel (Deferred.astro): what may wait inside a <noscript> until
 * the reader opens the panel, and what must load with the page.
 */

/** Scripts and stylesheets: inside a <noscript> they would be inert text while scripting is on. */
const LOADS_WITH_PAGE =
  /<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi;

export interface DeferredHtml {
  /** Tags to emit before the <noscript>, in their original order. */
  readonly hoisted: string;
  /** Everything else, for the inside of the <noscript>. */
  readonly body: string;
}

/**
 * Separates the tags that must load with the page from the content that can wait. Throws when the
 * content itself contains a </noscript>, which would end the wrapper early and show the rest.
 */
export function splitDeferred(html: string): DeferredHtml {
  const hoisted = [...html.matchAll(LOADS_WITH_PAGE)].map((m) => m[0]).join('');
  const body = html.replace(LOADS_WITH_PAGE, '');
  if (/<\/noscript/i.test(body)) throw new Error('deferred content may not contain </noscript>');
  return { hoisted, body };
}

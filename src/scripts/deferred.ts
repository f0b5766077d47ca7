/**
 * Builds the content of Deferred.astro: a <noscript class="ff-deferred"> whose text, while
 * scripting is on, is the HTML of a panel that has not been opened yet.
 */

const HOLDERS = 'noscript.ff-deferred';

/** Replaces one holder with the elements its text describes. */
function build(holder: Element): void {
  const template = document.createElement('template');
  template.innerHTML = holder.textContent ?? '';
  holder.replaceWith(template.content);
}

/** Builds the deferred content of `details` itself (not that of a <details> nested inside it). */
export function buildWithin(details: HTMLDetailsElement): void {
  details.querySelectorAll(`:scope > ${HOLDERS}`).forEach(build);
}

/** The element with this id, building the deferred content that holds it when it is not built yet. */
export function elementById(id: string): HTMLElement | null {
  const built = document.getElementById(id);
  if (built !== null) return built;
  // The leading space keeps `data-id="…"` and the like from matching.
  const marker = ` id="${id}"`;
  const holder = [...document.querySelectorAll(HOLDERS)].find((h) =>
    (h.textContent ?? '').includes(marker),
  );
  if (holder === undefined) return null;
  build(holder);
  return document.getElementById(id);
}

/** Builds and opens whatever hides the element with this id, so a link to it lands on it. */
export function reveal(id: string): HTMLElement | null {
  const target = elementById(id);
  for (let d = target?.closest('details'); d; d = d.parentElement?.closest('details')) {
    d.open = true;
  }
  return target;
}

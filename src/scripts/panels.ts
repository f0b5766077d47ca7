/**
 * A formula's panels (Formula.astro) on the page: a panel builds its deferred content when it
 * opens, then fills its code copies; an in-page link into a panel not built yet builds and opens it.
 */
import { fillCopies } from './code-copies.ts';
import { buildWithin, reveal } from './deferred.ts';

// 'toggle' does not bubble, but a capturing listener on the document sees every one, and before
// the panel's own listeners (the live evaluation's) do.
document.addEventListener(
  'toggle',
  (event) => {
    if (!(event.target instanceof HTMLDetailsElement) || !event.target.open) return;
    buildWithin(event.target);
    fillCopies(event.target);
  },
  true,
);

const hashId = (hash: string) => decodeURIComponent(hash.slice(1));

// The link is followed after this listener returns, by which time its target exists and is open.
document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link instanceof HTMLAnchorElement && link.hash.length > 1) reveal(hashId(link.hash));
  },
  true,
);

// A page opened at such an address (a shared link to a code block) scrolls there once it is built.
if (location.hash.length > 1 && document.getElementById(hashId(location.hash)) === null) {
  reveal(hashId(location.hash))?.scrollIntoView();
}

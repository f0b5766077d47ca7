/**
 * Every display equation fits its box: at a phone's 360 px and a desktop's 1280 px, in the light
 * and the dark theme, on every page (the chapters and /errata/'s "The post writes" / "The book
 * shows" forms). An equation that still needs a sideways scroll must be on ALLOWED_SCROLL, which
 * says why; its box then shows that it scrolls.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, newContext, openWatched, renderEverything, setColorScheme } from './session.ts';
import { sitePages } from './site-pages.ts';

/**
 * Equations allowed to scroll sideways, by page, box and width, each with the reason. Keys are
 * "page width id", where id is the registry id of a chapter equation or, on /errata/, the entry's
 * id and "post" or "book".
 */
const POST_AS_WRITTEN =
  'the post’s own form, shown with its symbols as the post wrote them; the book’s form below it fits';
const ALLOWED_SCROLL: Readonly<Record<string, string>> = {
  '/errata/ 360 erratum-layer-1-preactivation post': `${POST_AS_WRITTEN} (a 3×4 matrix and its transpose)`,
  '/errata/ 360 erratum-layer-2-preactivation post': `${POST_AS_WRITTEN} (a 4×2 matrix and its transpose)`,
  '/errata/ 360 erratum-softmax-jacobian post': POST_AS_WRITTEN,
  '/errata/ 360 erratum-output-bias-gradient post': POST_AS_WRITTEN,
  '/errata/ 360 erratum-local-gradient-recursion post': `${POST_AS_WRITTEN} (its cases carry long conditions)`,
};

/** Runs in the page: the equation boxes that are wider inside than outside, with their excess. */
function overflowing(): { key: string; excess: number }[] {
  return [...document.querySelectorAll<HTMLElement>('.ff-equation')]
    .filter((box) => box.checkVisibility())
    .map((box) => {
      const entry = box.closest('section.ff-erratum-entry');
      const form = box.getAttribute('aria-label') === 'The post’s form' ? 'post' : 'book';
      const key = entry
        ? `${entry.querySelector('h3')?.id ?? '?'} ${form}`
        : box.dataset['formula'];
      return { key: key ?? '(unnamed)', excess: box.scrollWidth - box.clientWidth };
    })
    .filter(({ excess }) => excess > 1);
}

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const pages = sitePages().filter((p) => p !== '/404.html');
const inOrder = { concurrent: false } as const;

// Pages side by side; on each page, one load serves both widths and both themes in turn.
describe.concurrent.each(pages)('equations on %s', (path) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: { width: 360, height: 900 } });
    ({ page } = await openWatched(context, path));
    await renderEverything(page);
  });
  afterAll(async () => {
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      it(
        `fit their boxes at ${width} px in the ${colorScheme} theme`,
        inOrder,
        async ({ expect }) => {
          await setColorScheme(page, colorScheme);
          await page.setViewportSize({ width, height: 900 });
          const found = await page.evaluate(overflowing);
          const unexpected = found
            .map(({ key, excess }) => ({ key: `${path} ${width} ${key}`, excess }))
            .filter(({ key }) => !(key in ALLOWED_SCROLL));
          expect(unexpected).toEqual([]);
        },
      );
    }
  }
});

describe('an equation that scrolls sideways', () => {
  it('shows a scrollbar and a shade at the edge with more', async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 900 } });
    const { page } = await openWatched(context, '/nonlinearity/');
    // A box made too narrow for its equation on purpose, as a narrower phone would make it.
    const look = await page.$eval('.ff-equation', (box) => {
      (box as HTMLElement).style.width = '4rem';
      const style = getComputedStyle(box);
      return {
        scrolls: box.scrollWidth > box.clientWidth,
        scrollbar: style.scrollbarWidth,
        shades: style.backgroundImage.split('gradient(').length - 1,
        attachment: style.backgroundAttachment,
      };
    });
    await context.close();
    expect(look).toEqual({
      scrolls: true,
      scrollbar: 'thin',
      shades: 4,
      attachment: 'local, local, scroll, scroll',
    });
  });
});

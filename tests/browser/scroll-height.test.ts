/**
 * Cards far off screen are not laid out (content-visibility: auto) and take a reserved height
 * estimated at build time; scrolling through a page must not make it jump by more than 2 % of its
 * height as they take their real size.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, newContext, openWatched } from './session.ts';
import { sitePages } from './site-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** Runs in the page: scrolls to the bottom a screen at a time; the largest change of its height. */
async function largestJump(): Promise<{ height: number; jump: number }> {
  const height = document.documentElement.scrollHeight;
  let jump = 0;
  for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight * 0.75) {
    scrollTo(0, y);
    // Two frames: the newly visible cards are laid out, then their size is known.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    jump = Math.max(jump, Math.abs(document.documentElement.scrollHeight - height));
  }
  return { height, jump };
}

const pages = sitePages().filter((p) => p !== '/404.html');

for (const width of [390, 1280]) {
  describe.concurrent(`scrolling at ${width} px`, () => {
    it.each(pages)('keeps the height of %s within 2 %', async (path) => {
      const context = await newContext(browser, { viewport: { width, height: 800 } });
      const { page } = await openWatched(context, path);
      const { height, jump } = await page.evaluate(largestJump);
      await context.close();
      expect(jump / height).toBeLessThan(0.02);
    });
  });
}

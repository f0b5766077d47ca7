/**
 * The "On this page" lists (src/scripts/page-toc.ts), which replace Starlight's scroll tracking:
 * the link of the section being read is marked on wide and narrow screens, and the narrow-screen
 * drop-down names that section and closes the way Starlight's did.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connect, newContext, openWatched } from './session.ts';

const CHAPTER = '/weights-and-biases/';

let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** The text of the marked link in `list`, once the mark has settled after a scroll. */
async function marked(page: Page, list: string): Promise<string | null> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
  );
  return page.$eval(list, (toc) => {
    const links = toc.querySelectorAll('a[aria-current="true"]');
    return links.length === 1 ? (links[0]?.textContent?.trim() ?? null) : `${links.length} marked`;
  });
}

/** Scrolls the heading the n-th link of `list` points to up to the top of the page. */
async function scrollToSection(page: Page, list: string, n: number): Promise<string> {
  return page.$eval(
    list,
    (toc, index) => {
      const link = toc.querySelectorAll('a')[index] as HTMLAnchorElement;
      document.getElementById(decodeURIComponent(link.hash.slice(1)))?.scrollIntoView();
      return link.textContent?.trim() ?? '';
    },
    n,
  );
}

describe('the table of contents on a wide screen', () => {
  const list = 'page-toc:not([data-mobile])';

  it('marks the first section on arrival and each section it is scrolled to', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, problems } = await openWatched(context, CHAPTER);
    await page.waitForSelector(`${list} a[aria-current="true"]`);
    const count = await page.$$eval(`${list} a`, (links) => links.length);
    expect(count).toBeGreaterThan(2);
    expect(await marked(page, list)).toBe('Overview');
    for (const n of [2, Math.floor(count / 2) + 1, 1]) {
      const title = await scrollToSection(page, list, n);
      expect(await marked(page, list)).toBe(title);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('marks the section a link was followed to', async ({ expect }) => {
    const context = await newContext(browser);
    const { page } = await openWatched(context, CHAPTER);
    const link = page.locator(`${list} a`).nth(2);
    await link.click();
    expect(await marked(page, list)).toBe((await link.textContent())?.trim());
    await context.close();
  });
});

describe('the table of contents of /errata/', () => {
  const list = 'page-toc:not([data-mobile])';

  it('marks the entry scrolled to, reading entries’ boxes, never a heading inside a skipped entry', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page } = await openWatched(context, '/errata/');
    await page.waitForSelector(`${list} a[aria-current="true"]`);
    // Record what the list measures from now on: a heading inside an entry that is skipped off
    // screen (content-visibility) costs a layout of every skipped entry when measured.
    await page.evaluate(() => {
      const w = window as unknown as { __measured: string[] };
      w.__measured = [];
      const original = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.closest('[data-card-key]') !== this && this.closest('[data-card-key]'))
          w.__measured.push(this.id || this.tagName);
        return original.call(this);
      };
    });
    const count = await page.$$eval(`${list} a`, (links) => links.length);
    expect(count).toBeGreaterThan(20);
    const title = await scrollToSection(page, list, count - 2);
    expect(await marked(page, list)).toBe(title);
    expect(
      await page.evaluate(() => (window as unknown as { __measured: string[] }).__measured),
    ).toEqual([]);
    await context.close();
  });
});

describe('a page without headings', () => {
  it('has no "On this page" list, on wide screens or phones', async ({ expect }) => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 740 },
    ]) {
      const context = await newContext(browser, { viewport });
      const { page } = await openWatched(context, '/backpropagation/hidden-layer/');
      expect(await page.locator('main h2').count()).toBe(0);
      expect(await page.locator('page-toc').count()).toBe(0);
      // Starlight keeps no room for a list (the phone's sticky bar, the wide screen's column).
      expect(await page.getAttribute('html', 'data-has-toc')).toBeNull();
      await context.close();
    }
  });
});

describe('the text column', () => {
  it('stands where and as wide as a chapter’s on pages without a contents list, and the playground takes the room', async ({
    expect,
  }) => {
    /** The left edge and width of the page's title and of its first paragraph of prose. */
    const column = (page: Page) =>
      page.evaluate(() => {
        const box = (el: Element | null) => {
          const b = el!.getBoundingClientRect();
          return [Math.round(b.left), Math.round(b.width)];
        };
        return {
          title: box(document.querySelector('h1'))[0],
          prose: box(document.querySelector('.sl-markdown-content > p')),
        };
      });
    for (const width of [1280, 1600]) {
      const context = await newContext(browser, { viewport: { width, height: 900 } });
      const { page } = await openWatched(context, CHAPTER);
      expect(await page.getAttribute('html', 'data-has-toc')).toBe('');
      const chapter = await column(page);
      for (const path of ['/backpropagation/hidden-layer/', '/playground/']) {
        await page.goto(new URL(path, page.url()).href);
        expect(await page.getAttribute('html', 'data-has-toc'), path).toBeNull();
        expect(await column(page), `${path} at ${width} px`).toEqual(chapter);
      }
      // The playground's board alone reaches into the contents column's room.
      const board = await page.locator('ff-playground').boundingBox();
      expect(board!.x).toBeCloseTo(chapter.prose[0]!, 0);
      expect(board!.width).toBeGreaterThan(chapter.prose[1]! + 250);
      await context.close();
    }
  });
});

describe('the contents column', () => {
  it('stands in its place before the page’s main pane has arrived (a page painted half parsed)', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page } = await openWatched(context, CHAPTER);
    const left = () =>
      page.$eval('.right-sidebar-container', (el) => Math.round(el.getBoundingClientRect().left));
    const placed = await left();
    expect(placed).toBeGreaterThan(900);
    // As when the parser has reached the column but not yet the pane that follows it.
    await page.$eval('.main-pane', (pane) => pane.remove());
    expect(await left()).toBe(placed);
    await context.close();
  });
});

describe('the table of contents on a phone', () => {
  const list = 'page-toc[data-mobile]';
  const phone = { viewport: { width: 360, height: 740 } };

  it('names the section being read in its closed bar', async ({ expect }) => {
    const context = await newContext(browser, phone);
    const { page, problems } = await openWatched(context, CHAPTER);
    await page.waitForSelector(`${list} a[aria-current="true"]`, { state: 'attached' });
    const title = await scrollToSection(page, list, 2);
    expect(await marked(page, list)).toBe(title);
    expect(await page.textContent(`${list} .display-current`)).toBe(title);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('closes when a link is followed, and that section becomes the marked one', async ({
    expect,
  }) => {
    const context = await newContext(browser, phone);
    const { page } = await openWatched(context, CHAPTER);
    await page.click(`${list} summary`);
    expect(await page.$eval(`${list} details`, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    const link = page.locator(`${list} a`).nth(2);
    await link.click();
    expect(await page.$eval(`${list} details`, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await marked(page, list)).toBe((await link.textContent())?.trim());
    await context.close();
  });

  it('closes on a click outside it', async ({ expect }) => {
    const context = await newContext(browser, phone);
    const { page } = await openWatched(context, CHAPTER);
    await page.click(`${list} summary`);
    await page.mouse.click(180, 700);
    expect(await page.$eval(`${list} details`, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });

  it('closes on Escape and gives focus back to its summary', async ({ expect }) => {
    const context = await newContext(browser, phone);
    const { page } = await openWatched(context, CHAPTER);
    await page.focus(`${list} summary`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Escape');
    expect(await page.$eval(`${list} details`, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'starlight__on-this-page--mobile',
    );
    await context.close();
  });
});

/**
 * The book's own equation numbers: every card carries one, they are unique and run in reading
 * order (chapter by chapter, then by position), and a link to a number lands on its equation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib-site/chapters.ts';
import { connect, newContext, openWatched } from './session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** "6.12" as [6, 12], for comparing numbers in reading order. */
const parts = (n: string) => n.split('.').map(Number) as [number, number];

describe('equation numbers', () => {
  it('number every card, uniquely and in reading order, each with the post’s number beside it where it has one', async () => {
    const context = await newContext(browser);
    const found: { page: string; number: string | null; id: string | null }[] = [];
    for (const { slug } of chapters) {
      const { page } = await openWatched(context, `/${slug}/`);
      const cards = await page.$$eval('figure.ff-formula', (figures) =>
        figures.map((f) => ({
          number: f.querySelector('.ff-number')?.textContent ?? null,
          id: f.querySelector('.ff-number')?.id ?? null,
          post: f.querySelector('.ff-post-index')?.textContent ?? null,
        })),
      );
      await page.close();
      for (const card of cards) {
        expect(card.number, slug).toMatch(/^\(\d+\.\d+\)$/);
        expect(card.post ?? 'post eq. 1', slug).toMatch(/^post eq\. \d+$/);
        found.push({ page: slug, number: card.number?.slice(1, -1) ?? null, id: card.id });
      }
    }
    await context.close();
    const numbers = found.map((f) => f.number!);
    expect(new Set(numbers).size).toBe(numbers.length);
    const sorted = [...numbers].sort((a, b) => {
      const [ca, pa] = parts(a);
      const [cb, pb] = parts(b);
      return ca - cb || pa - pb;
    });
    expect(numbers).toEqual(sorted);
    // Each chapter counts from 1 without gaps.
    for (const [k, n] of numbers.entries()) {
      const [chapter, position] = parts(n);
      const previous = k === 0 ? undefined : parts(numbers[k - 1]!);
      expect(position, n).toBe(previous?.[0] === chapter ? previous[1] + 1 : 1);
    }
    expect(found.every((f) => f.id === `eq-${f.number}`)).toBe(true);
  });

  it('let a link to a number land on its equation', async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 800 } });
    const { page } = await openWatched(context, '/errata/');
    // The errata page links every entry to its equation by number, on another page.
    const link = page.locator('.ff-erratum-entry a[href*="#eq-"]').nth(5);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.href.endsWith(href!));
    const number = decodeURIComponent(href!.split('#')[1]!);
    const landing = await page.evaluate((id) => {
      const target = document.getElementById(id);
      const card = target?.closest('figure.ff-formula')?.getBoundingClientRect();
      return card && { top: card.top, inView: card.top >= 0 && card.top < innerHeight };
    }, number);
    await context.close();
    expect(landing?.inView).toBe(true);
  });
});

/**
 * Lays out every equation card and /errata/ entry of the built book at a phone's width and a desktop's and reads
 * its real height beside the height reserved for it while it is off screen (content-visibility:
 * auto). scripts/measure-cards.ts records the real heights; card-heights.test.ts compares.
 */
import type { Browser } from 'playwright-core';

/** The two layouts the reservations are made for (book.css switches at 30rem). */
export const CARD_WIDTHS = { narrow: 390, wide: 1280 } as const;

export interface CardMeasure {
  readonly page: string;
  readonly layout: keyof typeof CARD_WIDTHS;
  readonly anchor: string;
  readonly key: string;
  /** The card's outer height in CSS pixels while skipped (its reservation) and once laid out. */
  readonly reserved: number;
  readonly real: number;
  /** Its padding and borders, which the reservation (a content height) does not include. */
  readonly frame: number;
}

/** Runs in the page: each card's reservation, then its height once laid out with panels closed. */
async function measureInPage(): Promise<Omit<CardMeasure, 'page' | 'layout'>[]> {
  await document.fonts.ready;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-card-key]')];
  const frameOf = (c: HTMLElement) => {
    const s = getComputedStyle(c);
    return ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
      .map((p) => parseFloat(s[p as 'paddingTop']))
      .reduce((a, b) => a + b, 0);
  };
  const intrinsic = cards.map((c) =>
    parseFloat(getComputedStyle(c).containIntrinsicHeight.replace('auto', '')),
  );
  // Through the CSSOM, which the page's policy allows (it refuses style attributes in markup).
  for (const c of cards) c.style.setProperty('content-visibility', 'visible');
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const round = (v: number) => Math.round(v * 100) / 100;
  return cards.map((c, k) => {
    const frame = frameOf(c);
    return {
      anchor: c.dataset['cardId']!,
      key: c.dataset['cardKey']!,
      reserved: round(intrinsic[k]! + frame),
      real: round(c.getBoundingClientRect().height),
      frame: round(frame),
    };
  });
}

export async function measureCards(
  browser: Browser,
  origin: string,
  pages: readonly string[],
): Promise<CardMeasure[]> {
  const out: CardMeasure[] = [];
  for (const [layout, width] of Object.entries(CARD_WIDTHS) as [
    keyof typeof CARD_WIDTHS,
    number,
  ][]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      for (const m of await page.evaluate(measureInPage)) out.push({ page: path, layout, ...m });
    }
    await context.close();
  }
  return out;
}

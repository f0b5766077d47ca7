/**
 * Each equation card off screen reserves the height it will take when laid out (measured by
 * `npm run measure:cards` into src/lib-site/card-heights.json), at a phone's width and a
 * desktop's: so the page does not move as the reader scrolls cards into view (a card 40 px off
 * moved the text under a reader's eyes on /weights-and-biases/ by a layout shift of 0.027).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCards } from './card-measure.ts';
import { connect, origin } from './session.ts';
import { sitePages } from './site-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** Off by at most this many CSS pixels: rounding, not a stale measurement. */
const TOLERANCE_PX = 2;

describe('the equation cards', () => {
  it('reserve their laid-out height at 390 and 1280 px (else run npm run measure:cards and rebuild)', async () => {
    const measures = await measureCards(browser, origin, sitePages());
    expect(measures.length).toBeGreaterThan(90);
    const off = measures
      .filter((m) => !(Math.abs(m.reserved - m.real) <= TOLERANCE_PX))
      .map(
        (m) =>
          `${m.page}#${m.anchor} at ${m.layout}: reserves ${m.reserved} px, takes ${m.real} px`,
      );
    expect(off).toEqual([]);
  });
});

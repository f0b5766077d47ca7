/**
 * `npm run measure:cards`: measures every equation card of the built book (dist/) in Chromium at
 * a phone's and a desktop's width and writes the heights to src/lib-site/card-heights.json, from
 * which the next build reserves each off-screen card's real height (card-heights.ts). Run it
 * after changing a formula, its title, or the cards' styles; card-heights.test.ts says when.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { measureCards } from '../tests/browser/card-measure.ts';
import { chromiumLaunchOptions } from '../tests/browser/chromium.ts';
import { sitePages } from '../tests/browser/site-pages.ts';
import { serveStatic } from '../tests/browser/static-server.ts';

const OUT = 'src/lib-site/card-heights.json';
const rem = (px: number) => Math.round((px / 16) * 1000) / 1000;

const server = await serveStatic('dist');
const browser = await chromium.launch(await chromiumLaunchOptions(chromium));
try {
  const measures = await measureCards(browser, server.origin, sitePages());
  const table: Record<string, { key: string; narrow: number; wide: number }> = {};
  for (const m of measures) {
    const entry = (table[m.anchor] ??= { key: m.key, narrow: 0, wide: 0 });
    if (entry.key !== m.key) throw new Error(`${m.anchor}: two cards with one anchor`);
    // contain-intrinsic-size is the content's height: the card's padding and borders come on top.
    entry[m.layout] = rem(m.real - m.frame);
  }
  const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(OUT, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${Object.keys(sorted).length} cards measured into ${OUT}; rebuild to use them.`);
} finally {
  await browser.close();
  await server.close();
}

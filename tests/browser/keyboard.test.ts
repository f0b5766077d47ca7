/**
 * The book from the keyboard: Tab reaches every control with a visible focus style, Enter and Space
 * open the panels, and the live inputs can be edited without a mouse.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connect, newContext, openWatched, panelsBuilt } from './session.ts';
import { sitePages } from './site-pages.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Records every focus change in the page: which element, and whether it shows a focus indicator
 * (an outline, a box-shadow or an SVG node's ring) at that moment. Logging in the page avoids a round trip per Tab.
 */
function recordFocus(): void {
  const log: { mark: string | null; key: string; visible: boolean }[] = [];
  (window as unknown as { focusLog: typeof log }).focusLog = log;
  document.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // A node of an SVG diagram shows focus as a thick accent stroke rather than an outline box.
    const ring =
      el instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 3;
    const key =
      el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
    log.push({
      mark: el.getAttribute('data-kb'),
      key,
      visible: outline || ring || style.boxShadow !== 'none',
    });
  });
}

const inOrder = { concurrent: false } as const;

// Pages side by side; on each page both checks share one load. The panels check goes first: it
// opens the first formula's panels with the keyboard, which the Tab walk then finds already open.
describe.concurrent.each(sitePages())('keyboard on %s', (path) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser);
    ({ page } = await openWatched(context, path));
  });
  afterAll(async () => {
    await context.close();
  });

  it(
    'opens panels with Enter and Space and edits a live input from the keyboard',
    inOrder,
    async ({ expect }) => {
      const figure = page.locator('figure.ff-formula').first();
      if ((await figure.count()) === 0) return;
      const summaries = figure.locator('.ff-panels summary');
      await summaries.nth(0).focus();
      await page.keyboard.press('Enter');
      expect(await figure.locator('.ff-panel').nth(0).getAttribute('open')).not.toBeNull();
      await summaries.nth(1).focus();
      await page.keyboard.press('Space');
      const live = figure.locator('.ff-panel').nth(1);
      expect(await live.getAttribute('open')).not.toBeNull();
      const input = live.locator('input').first();
      if ((await input.count()) > 0) {
        await page.keyboard.press('Tab');
        expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
        // The arrow keys step the value like a number field; at the top of its range, step down.
        const value = await input.inputValue();
        const atMax = Number(value) >= Number(await input.getAttribute('data-max'));
        await page.keyboard.press(atMax ? 'ArrowDown' : 'ArrowUp');
        await expect.poll(() => input.inputValue()).not.toBe(value);
        // The edit was evaluated (an input may not move the rows shown; formulas.test.ts finds one
        // that does): the field was re-checked and marked valid.
        await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('abc');
        expect(await input.getAttribute('aria-invalid')).toBe('true');
      }
    },
  );

  it('Tab reaches every control, each with a visible focus style', inOrder, async ({ expect }) => {
    // Open the panels of the first two formulas, so inputs and code are in the walk too. Every
    // formula is the same component; opening all of them would make a chapter's walk minutes long.
    await page.$$eval('figure.ff-formula', (all) =>
      all.slice(0, 2).forEach((f) => f.querySelectorAll('details').forEach((d) => (d.open = true))),
    );
    await panelsBuilt(page);
    // A group of radio buttons is one tab stop, its checked radio; the arrow keys move within it.
    const controls = await page.$$eval(
      'main :is(a[href], summary, input:not(:disabled, [type="radio"]:not(:checked)), button:not(:disabled), [tabindex="0"])',
      (all) =>
        all
          .filter((el) => el.checkVisibility()) // not hidden, nor inside a closed <details>
          .map((el, k) => {
            el.setAttribute('data-kb', String(k));
            return `${k} ${el.outerHTML.slice(0, 80)}`;
          }),
    );
    await page.evaluate(recordFocus);
    type Entry = { mark: string | null; key: string; visible: boolean };
    const readLog = () =>
      page.evaluate(() => (window as unknown as { focusLog: Entry[] }).focusLog);
    // Tab in batches until every control in main was reached; the bound covers header, sidebars
    // and table of contents, which come before and after main in the tab order.
    let log: Entry[] = [];
    let reached = new Set<string | null>();
    for (let batch = 0; batch * 40 < controls.length + 200; batch++) {
      for (let k = 0; k < 40; k++) await page.keyboard.press('Tab');
      log = await readLog();
      reached = new Set(log.map((entry) => entry.mark));
      if (controls.every((c) => reached.has(c.split(' ')[0] ?? ''))) break;
    }
    const invisible = [...new Set(log.filter((entry) => !entry.visible).map((entry) => entry.key))];
    expect(
      controls.filter((c) => !reached.has(c.split(' ')[0] ?? '')),
      `controls in main never reached by Tab; focus went: ${log.map((e) => e.mark ?? e.key).join(' ')}`,
    ).toEqual([]);
    expect(invisible, 'focused without a visible focus style').toEqual([]);
  });
});

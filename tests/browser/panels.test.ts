/**
 * A formula's panels are carried unbuilt (Deferred.astro): with JavaScript their content is text
 * inside a <noscript> until a panel opens; without JavaScript it is ordinary HTML. These tests hold
 * both halves, and the links that lead into a panel nobody has opened yet.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connect, newContext, openWatched, panelsBuilt } from './session.ts';

const PAGE = '/backpropagation/output-layer/';
let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

describe('deferred panels', () => {
  it('carry no panel content in the page until one opens, then build just that one', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, problems } = await openWatched(context, PAGE);
    const count = () =>
      page.evaluate(() => ({
        code: document.querySelectorAll('.ff-panels pre').length,
        results: document.querySelectorAll('.ff-result').length,
        unbuilt: document.querySelectorAll('noscript.ff-deferred').length,
      }));
    const before = await count();
    expect(before.code + before.results).toBe(0);
    await page.locator('figure.ff-formula .ff-panel summary', { hasText: 'Code' }).first().click();
    await panelsBuilt(page);
    const after = await count();
    expect(after.code).toBeGreaterThan(0);
    expect(after.results).toBe(0);
    expect(after.unbuilt).toBe(before.unbuilt - 1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('build a later panel’s copy of code whose first panel was never opened', async ({
    expect,
  }) => {
    const context = await newContext(browser, { permissions: ['clipboard-write'] });
    const { page } = await openWatched(context, PAGE);
    // The last Code panel on the page refers to a block that an earlier, closed panel carries.
    const last = page.locator('figure.ff-formula .ff-panel', { hasText: 'Code' }).last();
    await last.locator('summary').click();
    await panelsBuilt(page);
    expect(await last.locator('pre').count()).toBeGreaterThan(0);
    expect(await last.locator('.ff-code-ref').count()).toBe(0);
    // The copy's button is wired like the original's: it copies and says so.
    await last.locator('.copy button').first().click();
    await last.locator('.copy .feedback').first().waitFor();
    await context.close();
  });

  it('open at an address that names a code block inside a closed panel, showing it', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, problems } = await openWatched(context, `${PAGE}#code-2`);
    const block = page.locator('#code-2');
    await block.waitFor();
    expect(await block.evaluate((el) => el.closest('details')?.open)).toBe(true);
    expect(await block.isVisible()).toBe(true);
    expect(await block.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(900);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('show every panel’s content without JavaScript, once opened', async ({ expect }) => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const { page } = await openWatched(context, PAGE);
    const figure = page.locator('figure.ff-formula').first();
    for (const summary of await figure.locator('.ff-panels summary').all()) await summary.click();
    const [code, tryIt, tests] = await figure.locator('.ff-panel').all();
    expect(await code?.locator('pre').count()).toBeGreaterThan(0);
    expect(await tryIt?.locator('.ff-result').innerText()).toMatch(/\d/);
    expect(await tests?.innerText()).toMatch(/passed|failed|not verified in this build/);
    await context.close();
  });
});

/** Pagefind, Starlight's built-in search, finds a chapter by a word that only its text contains. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, newContext, openWatched } from './session.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

describe('search', () => {
  it('finds the nonlinearity chapter when the reader searches for "sigmoid"', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, problems } = await openWatched(context, '/');
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog input').fill('sigmoid');
    const results = page.locator('dialog a[href*="/nonlinearity/"]');
    await results.first().waitFor({ timeout: 15_000 });
    expect(await results.count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumLaunchOptions,
  EXTRA_DISABLED_FEATURES,
  mergeDisabledFeatures,
} from './chromium.ts';
import { connect, origin } from './session.ts';

describe('the launch options of the test browser', () => {
  it('merge two feature lists into one switch, in order, without repeats or empty names', () => {
    expect(
      mergeDisabledFeatures(['--disable-features=A,B', '--disable-features=B,,C'], ['D', 'A']),
    ).toBe('--disable-features=A,B,C,D');
    expect(mergeDisabledFeatures([], ['D'])).toBe('--disable-features=D');
  });

  it('pass exactly one --disable-features, holding Playwright’s own features and the extra ones', async () => {
    const options = await chromiumLaunchOptions(chromium);
    const switches = (options.args ?? []).filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const features = switches[0]!.split('=')[1]!.split(',');
    // PaintHolding is one Playwright needs (microsoft/playwright#28023); the replaced default is ignored.
    expect(features).toEqual(expect.arrayContaining(['PaintHolding', ...EXTRA_DISABLED_FEATURES]));
    const ignored = options.ignoreDefaultArgs;
    expect(Array.isArray(ignored) && ignored.some((a) => a.includes('PaintHolding'))).toBe(true);
  });
});

describe('the shared test browser', () => {
  let browser: Awaited<ReturnType<typeof connect>>;
  beforeAll(async () => {
    browser = await connect();
  });
  afterAll(() => browser.close());

  it('runs no address-bar popup page beside a page of the book', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const urls = targetInfos.map((t) => t.url);
    expect(urls).toContain(`${origin}/`);
    expect(urls.filter((u) => u.includes('omnibox'))).toEqual([]);
    await cdp.detach();
    await context.close();
  });
});

/** Test-side access to the shared browser and server, with a page that records what went wrong. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';

export const origin = inject('origin');

/** Connects to the Chromium the global setup launched. */
export function connect(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

export interface WatchedPage {
  readonly page: Page;
  /**
   * Console errors, failed requests, error responses, requests to any other host and refusals of
   * the page's Content-Security-Policy.
   */
  readonly problems: string[];
  /**
   * Runs a navigation of the page (a reload, a new address). Requests the old document still had
   * in flight (a favicon fetched again after a theme change, say) are aborted by the browser as it
   * leaves; those aborts are not problems of the book, every other failure still is.
   */
  readonly navigate: (go: (page: Page) => Promise<unknown>) => Promise<void>;
}

/** Opens `path` in a new page of `context`, recording every problem from the first request on. */
export async function openWatched(context: BrowserContext, path: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  let leaving = false;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (leaving && error === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${r.url()} (${error})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/404.html'))
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // Every refusal of the page's Content-Security-Policy, from the first byte on (strict-csp.ts).
  await page.exposeBinding('ffReportCspViolation', (_source, text: string) =>
    problems.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { ffReportCspViolation: (t: string) => void })
        .ffReportCspViolation;
      void report(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} ${e.sample}`);
    });
  });
  // Anything not from the test server is blocked and reported: the book loads nothing from other hosts.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const navigate = async (go: (page: Page) => Promise<unknown>): Promise<void> => {
    leaving = true;
    try {
      await go(page);
    } finally {
      leaving = false;
    }
  };
  return { page, problems, navigate };
}

/** A fresh context with Chromium's usual desktop size unless told otherwise. */
export function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/**
 * Opens every <details> on the page and waits until each one has built its deferred content
 * (Deferred.astro), which happens in its 'toggle' task.
 */
export async function openPanels(page: Page): Promise<void> {
  await page.$$eval('details', (all) =>
    all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  await panelsBuilt(page);
}

/** Waits until every open <details> on the page has built its deferred content. */
export async function panelsBuilt(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('details[open] > noscript.ff-deferred') === null,
  );
}

/**
 * Renders every equation at once, as print does: with content-visibility: auto an equation far off
 * screen is skipped, and a check that reads colours or boxes (axe) should see it drawn.
 */
/** axe-core's source, run in a page with `injectAxe`. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Makes `window.axe` available in the page. Evaluated through the DevTools protocol rather than
 * added as a <script> element, which the page's Content-Security-Policy would refuse.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

export async function renderEverything(page: Page): Promise<void> {
  // Every element, not a list of the ones the book skips today, so a new one cannot slip past.
  // A constructed style sheet, not a <style> element: the page's policy refuses inline styles.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/**
 * Switches the page between the light and the dark theme without a reload: Starlight's "Auto"
 * theme follows prefers-color-scheme as it changes, so one loaded page serves both themes.
 */
export async function setColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((t) => document.documentElement.dataset['theme'] === t, colorScheme);
}

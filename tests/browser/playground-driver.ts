/**
 * Driving the training playground as a reader would, and reading its numbers. What the page
 * should show is computed here, in Node, by the page's own pure modules from the address it wrote:
 * the same state and epoch must give the same numbers (see expectSameRun).
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectClose } from '../helpers/close.ts';
import { readPlaygroundAddress } from '../../src/widgets/playground/address.ts';
import { readouts, type MetricKey } from '../../src/widgets/playground/readouts.ts';
import { createSession, trainSession } from '../../src/widgets/playground/session.ts';
import { openWatched, type WatchedPage } from './session.ts';

export interface OpenPlayground extends WatchedPage {
  readonly root: Locator;
}

/** Opens /playground/ with `hash` and waits until the element has made its run. */
export async function openPlayground(context: BrowserContext, hash = ''): Promise<OpenPlayground> {
  const watched = await openWatched(context, `/playground/${hash}`);
  await watched.page.waitForSelector('ff-playground[data-ready="true"]');
  return { ...watched, root: watched.page.locator('ff-playground') };
}

/** The number behind a readout (its data-value), NaN where it does not apply. */
export async function metric(root: Locator, key: MetricKey): Promise<number> {
  const value = await root.locator(`[data-metric="${key}"]`).first().getAttribute('data-value');
  return Number(value);
}

/** Every readout's number. */
export async function shownMetrics(root: Locator): Promise<Record<string, number>> {
  return root.evaluate((el) =>
    Object.fromEntries(
      [...el.querySelectorAll<HTMLElement>('[data-metric]')].map((m) => [
        m.dataset['metric'],
        Number(m.dataset['value']),
      ]),
    ),
  );
}

/** Presses Play, waits until `done` holds in the page (or `timeout`), then presses Pause. */
export async function playUntil(page: Page, done: () => boolean, timeout = 60_000): Promise<void> {
  const play = page.locator('ff-playground button[data-action="play"]');
  await play.click();
  try {
    await page.waitForFunction(done, undefined, { timeout, polling: 100 });
  } finally {
    if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
  }
}

/** The address once the page has written it (it waits for the settings to settle). */
export async function settledHash(page: Page): Promise<string> {
  await page.waitForTimeout(500);
  return page.evaluate(() => location.hash);
}

/** What the page must show for this address after `epochs` epochs, by the page's own modules. */
export function expectedMetrics(hash: string, epochs: number): Record<string, number> {
  const { state, problems } = readPlaygroundAddress(hash);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join(' '));
  const made = createSession(state);
  if (!made.ok) throw new Error(made.message);
  trainSession(made.session, epochs);
  return readouts(made.session);
}

/**
 * The page's readouts against Node's for the same run: the epoch and the accuracies (counts of
 * points) exactly, the losses within 1e−12. Not bit for bit: Chromium's and Node's V8 differ in the
 * last bit of Math.tanh and Math.exp for some arguments, and over hundreds of epochs such a bit
 * reaches the sixteenth digit of a loss. A real difference (another order of the points, another
 * initial weight, a skipped step) changes the losses from the third digit on.
 */
export function expectSameRun(
  shown: Record<string, number>,
  expected: Record<string, number>,
): void {
  expect(Object.keys(shown).sort()).toEqual(Object.keys(expected).sort());
  for (const key of ['epoch', 'train-accuracy', 'test-accuracy'])
    expect(shown[key], key).toBe(expected[key]);
  for (const key of ['train-loss', 'test-loss', 'data-loss', 'regularization-loss'])
    expectClose(shown[key]!, expected[key]!, 1e-12, key);
}

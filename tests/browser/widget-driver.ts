/**
 * Driving a widget as a reader would, and reading what it shows. What a widget should show is
 * computed here, in Node, by the same pure model from the state in the page address, so every
 * check compares the page with the engine rather than with a number typed into the test.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { formatNumber } from '../../src/lib-site/format.ts';
import { readAddress } from '../../src/widgets/kit/params.ts';
import { widgetModels } from '../../src/widgets/registry.ts';
import { openWatched, type WatchedPage } from './session.ts';

export interface OpenWidget extends WatchedPage {
  readonly root: Locator;
}

/** Opens `path` (with `query`), scrolls widget `id` near and waits until it has started. */
export async function openWidget(
  context: BrowserContext,
  path: string,
  id: string,
  query = '',
): Promise<OpenWidget> {
  const watched = await openWatched(context, `${path}${query}`);
  const root = widget(watched.page, id);
  await root.scrollIntoViewIfNeeded();
  await watched.page.waitForSelector(`[data-widget="${id}"][data-ready="true"]`);
  return { ...watched, root };
}

export function widget(page: Page, id: string): Locator {
  return page.locator(`[data-widget="${id}"]`);
}

/** The text of each `data-readout` hook (the first element of each name). */
export function shownReadouts(root: Locator): Promise<Record<string, string>> {
  return root.evaluate((el) => {
    const shown: Record<string, string> = {};
    for (const r of el.querySelectorAll<HTMLElement>('[data-readout]')) {
      const name = r.dataset['readout'] ?? '';
      shown[name] ??= r.textContent?.trim() ?? '';
    }
    return shown;
  });
}

/** What the readouts must show for the state an address holds, by the widget's own model. */
export function expectedReadouts(id: string, search: string): Record<string, string> {
  const model = widgetModels[id];
  if (model === undefined) throw new Error(`no model registered for widget ${id}`);
  const read = readAddress(model.params, id, new URLSearchParams(search)).state;
  const state = model.normalize?.(read) ?? read;
  const readouts = model.readouts(model.derive(state), state);
  return Object.fromEntries(Object.entries(readouts).map(([k, v]) => [k, formatNumber(v)]));
}

/** The shown readouts limited to the names the model reports (the ones it must agree on). */
export function comparable(
  shown: Record<string, string>,
  expected: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(shown)
      .filter((k) => k in expected)
      .map((k) => [k, shown[k]!]),
  );
}

/** Waits until the widget has written its state into the address, then returns the query. */
export async function settledAddress(page: Page, id: string): Promise<string> {
  await page.waitForFunction(
    (w) =>
      document.querySelector(`[data-widget="${w}"]`)?.hasAttribute('data-address-pending') ===
      false,
    id,
  );
  return page.evaluate(() => location.search);
}

/** A picture of everything the widget draws: its SVG markup and its readouts. */
export function drawing(root: Locator): Promise<string> {
  return root.evaluate((el) =>
    [...el.querySelectorAll('svg, [data-readout]')].map((n) => n.outerHTML).join(''),
  );
}

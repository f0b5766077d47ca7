/**
 * The widgets' budgets, measured in Chromium on the built book (dist/): for every widget, 200
 * scripted moves of its first slider after 50 timed apart, each from the input event to the redraw laid out
 * (the handler, lib/'s arithmetic, the redraw and a forced style and layout); and for every page
 * with widgets, the JavaScript it loads before and after every widget on it has started, and the
 * layout shift while they start. Printed, never asserted.
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { widgetPages } from '../tests/browser/widget-pages.ts';

const MOVES = 200;
/**
 * Moves before the measured ones: the first moves of a widget also pay for compiling its code
 * (the JIT) and Plot's; they are timed and printed apart ("first moves p95"), not hidden.
 */
const WARMUP = 50;

export interface WidgetLatency {
  readonly widget: string;
  readonly path: string;
  readonly p50: number;
  readonly p95: number;
  /** p95 of the first WARMUP moves, while the code is still being compiled. */
  readonly firstP95: number;
}

export interface PageWeight {
  readonly path: string;
  readonly loadKb: number;
  readonly startedKb: number;
  readonly shift: number;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Scrolls the widget into view and waits until it has started. */
async function start(page: Page, widget: string): Promise<void> {
  await page.locator(`[data-widget="${widget}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-widget="${widget}"][data-ready="true"]`);
}

/**
 * Sweeps the widget's first visible slider back and forth, timing each move in the page: the
 * first WARMUP moves, then MOVES more.
 */
async function sweep(page: Page, widget: string): Promise<{ first: number[]; times: number[] }> {
  const root = page.locator(`[data-widget="${widget}"]`);
  await start(page, widget);
  const all = await root.evaluate((el, moves) => {
    const slider = [
      ...el.querySelectorAll<HTMLInputElement>('input[type="range"][data-param]'),
    ].find((s) => s.offsetParent !== null);
    if (slider === undefined) return [];
    const lo = Number(slider.min);
    const hi = Number(slider.max);
    const times: number[] = [];
    for (let k = 0; k < moves; k++) {
      const t = (k % 50) / 49;
      const value = k % 100 < 50 ? lo + t * (hi - lo) : hi - t * (hi - lo);
      const started = performance.now();
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      void (el as HTMLElement).offsetHeight; // style and layout of the redraw, inside the timing
      times.push(performance.now() - started);
    }
    return times;
  }, WARMUP + MOVES);
  return { first: all.slice(0, WARMUP), times: all.slice(WARMUP) };
}

/**
 * Runs in the page: gzipped kilobytes of the JavaScript files it has fetched (the static server
 * gzips as a real host would; encodedBodySize is the size on the wire), from its resource timing.
 */
function fetchedScriptKb(): number {
  return (
    performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0) / 1024
  );
}

export async function runWidgetBudgets(): Promise<{
  latency: WidgetLatency[];
  pages: PageWeight[];
}> {
  const server = await serveStatic('dist');
  const browser = await chromium.launch(await chromiumLaunchOptions(chromium));
  const latency: WidgetLatency[] = [];
  const pages: PageWeight[] = [];
  try {
    const byPage = new Map<string, string[]>();
    for (const { path, widget } of widgetPages())
      byPage.set(path, [...(byPage.get(path) ?? []), widget]);
    for (const [path, widgets] of byPage) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // What the page fetched by its load event; widgets go live after it (widget-element.ts).
      await page.addInitScript(`const fetchedScriptKb = ${String(fetchedScriptKb)};
        addEventListener('load', () => { window.__loadKb = fetchedScriptKb(); });`);
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) w.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const loadKb = await page.evaluate(
        () => (window as unknown as { __loadKb: number }).__loadKb,
      );
      // The shift a reader sees as each widget starts: scrolled to, started, drawn; measured
      // before the sweeps, whose scripted moves are no reader's input and would count as shifts.
      for (const widget of widgets) await start(page, widget);
      await page.waitForLoadState('networkidle');
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      for (const widget of widgets) {
        const { first, times } = await sweep(page, widget);
        const byTime = (a: number, b: number) => a - b;
        times.sort(byTime);
        if (times.length > 0)
          latency.push({
            widget,
            path,
            p50: quantile(times, 0.5),
            p95: quantile(times, 0.95),
            firstP95: quantile(first.sort(byTime), 0.95),
          });
      }
      await page.waitForLoadState('networkidle');
      pages.push({ path, loadKb, startedKb: await page.evaluate(fetchedScriptKb), shift });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { latency, pages };
}

export function printWidgetBudgets({
  latency,
  pages,
}: Awaited<ReturnType<typeof runWidgetBudgets>>): void {
  console.log(
    `\nWidget redraw, ${MOVES} slider moves each after ${WARMUP} first moves timed apart (budget: p95 ≤ 8 ms), in Chromium:`,
  );
  console.table(
    latency.map((l) => ({
      widget: l.widget,
      page: l.path,
      'p50 ms': l.p50.toFixed(2),
      'p95 ms': l.p95.toFixed(2),
      'first moves p95 ms': l.firstP95.toFixed(2),
      met: l.p95 <= 8 ? 'yes' : 'NO',
    })),
  );
  console.log(
    'Pages with widgets: JS gzipped at load (≤ 100 KB) and once every widget started (≤ 200 KB), layout shift (≤ 0.01):',
  );
  console.table(
    pages.map((p) => ({
      page: p.path,
      'JS at load KB': p.loadKb.toFixed(1),
      'JS started KB': p.startedKb.toFixed(1),
      CLS: p.shift.toFixed(4),
      met: p.loadKb <= 100 && p.startedKb <= 200 && p.shift <= 0.01 ? 'yes' : 'NO',
    })),
  );
}

/**
 * The training playground's budgets, measured in Chromium on the built book (dist/): for each setup
 * the issue names (TensorFlow Playground's XOR with two layers of 4 and its spiral with six layers
 * of 8 and every feature, circle with 8,8 ReLU, two Gaussians with one layer of 2), Play for a few
 * seconds with the 100 × 100 map and every node's map live, counting animation frames, epochs and
 * the longest main-thread task; then how long XOR takes to reach a test loss under 0.05; and the
 * JavaScript the page loads, gzipped. Printed, never asserted.
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/static-server.ts';

const PLAY_MS = 5000;

export const PLAYGROUND_SETUPS: readonly { name: string; hash: string }[] = [
  { name: 'XOR, 4-4 tanh', hash: '#dataset=xor&networkShape=4,4&activation=tanh' },
  {
    name: 'spiral, 6 × 8 tanh, 7 features',
    hash: '#dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true',
  },
  { name: 'circle, 8-8 ReLU', hash: '#dataset=circle&networkShape=8,8&activation=relu' },
  { name: 'two Gaussians, 2 tanh', hash: '#dataset=gauss&networkShape=2&activation=tanh' },
];

export interface PlaygroundRow {
  readonly setup: string;
  readonly fps: number;
  readonly epochsPerSecond: number;
  /** The longest main-thread task while playing (long tasks are those over 50 ms). */
  readonly longestTaskMs: number;
  /** The longest gap between two animation frames. */
  readonly longestFrameMs: number;
}

/** Installs, before the page's scripts, a frame counter and a long-task observer. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { ffFrames: number[]; ffLongTasks: number[] };
    w.ffFrames = [];
    w.ffLongTasks = [];
    const count = (t: number) => {
      w.ffFrames.push(t);
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.ffLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function playFor(page: Page, ms: number): Promise<Omit<PlaygroundRow, 'setup'>> {
  return page.evaluate(async (ms) => {
    const w = window as unknown as { ffFrames: number[]; ffLongTasks: number[] };
    const root = document.querySelector('ff-playground')!;
    const epochOf = () =>
      Number(root.querySelector<HTMLElement>('[data-metric="epoch"]')!.dataset['value']);
    const play = root.querySelector<HTMLButtonElement>('button[data-action="play"]')!;
    // Half a second of training first, so the estimate of an epoch's time has settled.
    play.click();
    await new Promise((r) => setTimeout(r, 500));
    w.ffFrames.length = 0;
    w.ffLongTasks.length = 0;
    const e0 = epochOf();
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, ms));
    const t1 = performance.now();
    play.click();
    const frames = w.ffFrames;
    let gap = 0;
    for (let k = 1; k < frames.length; k++) gap = Math.max(gap, frames[k]! - frames[k - 1]!);
    return {
      fps: (frames.length - 1) / ((frames.at(-1)! - frames[0]!) / 1000),
      epochsPerSecond: (epochOf() - e0) / ((t1 - t0) / 1000),
      longestTaskMs: Math.max(0, ...w.ffLongTasks),
      longestFrameMs: gap,
    };
  }, ms);
}

/** Milliseconds of playing XOR until its test loss is under 0.05. */
async function xorTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const root = document.querySelector('ff-playground')!;
    const loss = () =>
      Number(root.querySelector<HTMLElement>('[data-metric="test-loss"]')!.dataset['value']);
    const t0 = performance.now();
    root.querySelector<HTMLButtonElement>('button[data-action="play"]')!.click();
    while (!(loss() < 0.05) && performance.now() - t0 < 20_000)
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
}

export async function runPlaygroundBudgets(): Promise<{
  rows: PlaygroundRow[];
  xorMs: number;
  scriptKb: number;
}> {
  const server = await serveStatic('dist');
  const browser = await chromium.launch(await chromiumLaunchOptions(chromium));
  try {
    const rows: PlaygroundRow[] = [];
    for (const { name, hash } of PLAYGROUND_SETUPS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await instrument(page);
      await page.goto(`${server.origin}/playground/${hash}`);
      await page.waitForSelector('ff-playground[data-ready="true"]');
      await page.locator('[data-heat]').scrollIntoViewIfNeeded();
      rows.push({ setup: name, ...(await playFor(page, PLAY_MS)) });
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/playground/${PLAYGROUND_SETUPS[0]!.hash}`);
    await page.waitForSelector('ff-playground[data-ready="true"]');
    const xorMs = await xorTime(page);
    const scriptKb = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.endsWith('.js'))
          .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0) / 1024,
    );
    return { rows, xorMs, scriptKb };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printPlaygroundBudgets(
  result: Awaited<ReturnType<typeof runPlaygroundBudgets>>,
): void {
  console.log(
    `\nPlayground in Chromium (${PLAY_MS / 1000} s of Play per setup; budget ≥ 58 fps, no task over 50 ms)`,
  );
  console.table(
    result.rows.map((r) => ({
      setup: r.setup,
      fps: r.fps.toFixed(1),
      'epochs/s': Math.round(r.epochsPerSecond),
      'longest task (ms)': r.longestTaskMs === 0 ? 'none over 50' : r.longestTaskMs.toFixed(0),
      'longest frame (ms)': r.longestFrameMs.toFixed(1),
      met: r.fps >= 58 && r.longestTaskMs <= 50 ? 'yes' : 'NO',
    })),
  );
  console.log(
    `XOR (4-4 tanh) reaches test loss < 0.05 after ${(result.xorMs / 1000).toFixed(2)} s of Play; the page loads ${result.scriptKb.toFixed(1)} KB of JavaScript, gzipped (budget 100 KB).`,
  );
}

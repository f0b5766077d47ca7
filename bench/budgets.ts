/**
 * The book's budgets (issue 3, section 4), printed and returned, never asserted: for every page of
 * a fresh build (the chapters the issue names, and home, notation and errata as well), the gzipped
 * JavaScript it loads, whether any of it is client-side KaTeX, and Lighthouse 13's performance and
 * accessibility scores; plus the time of the build itself.
 * Run alone with `node bench/budgets.ts`, or as part of `npm run bench`.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Launcher } from 'chrome-launcher';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  EXTRA_DISABLED_FEATURES,
  mergeDisabledFeatures,
} from '../tests/browser/chromium.ts';
import { sitePages } from '../tests/browser/site-pages.ts';
import { serveStatic } from '../tests/browser/static-server.ts';

export const BUDGETS = {
  jsKb: 100,
  performance: 95,
  accessibility: 100,
  buildSeconds: 30,
} as const;

export interface BudgetRow {
  readonly page: string;
  readonly jsKb: number;
  readonly clientKatex: boolean;
  readonly performance: number | null;
  /** The lowest performance score of the runs, to show how far a single run can fall. */
  readonly worstPerformance: number | null;
  readonly accessibility: number | null;
  readonly pass: boolean;
}

const root = process.cwd();
const dist = join(root, 'dist');

/** Seconds taken by `astro build` from no dist/ and no .astro/ cache. */
function freshBuildSeconds(): number {
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  const start = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  return (performance.now() - start) / 1000;
}

/** Script files a page loads at start: its <script src> and their static imports, transitively. */
function pageScripts(html: string): { files: Set<string>; inline: string[] } {
  const files = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="(\/[^"]+\.js)"/g)].map((m) =>
    join(dist, m[1] ?? ''),
  );
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); import() loads on demand.
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w${}*,\s]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      queue.push(join(dirname(file), m[1] ?? ''));
    }
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );
  return { files, inline };
}

/**
 * Lighthouse 13 scores (0 to 100) for a URL, in headless Debian Chromium. Asynchronous on purpose:
 * the static server runs in this process and must keep answering while Lighthouse loads the page.
 */
async function lighthouse(
  url: string,
): Promise<{ performance: number | null; accessibility: number | null }> {
  // Lighthouse's launcher passes its own --disable-features; Chromium keeps only the last one.
  const launcherDisabled = Launcher.defaultFlags().filter((f) =>
    f.startsWith('--disable-features='),
  );
  const disabled = mergeDisabledFeatures(launcherDisabled, EXTRA_DISABLED_FEATURES);
  const flags = ['--headless=new', ...CHROMIUM_ARGS, disabled].join(' ');
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility',
    `--chrome-flags=${flags}`,
  ];
  const bin = join(root, 'node_modules', '.bin', 'lighthouse');
  try {
    const { stdout } = await promisify(execFile)(bin, args, {
      cwd: root,
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
    const score = (name: string) => {
      const s = report.categories[name]?.score;
      return s === null || s === undefined ? null : Math.round(s * 100);
    };
    return { performance: score('performance'), accessibility: score('accessibility') };
  } catch (error) {
    console.error(
      `lighthouse ${url}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return { performance: null, accessibility: null };
  }
}

/**
 * Lighthouse runs of one page differ by up to ten points here (its simulated throttling multiplies
 * every stray millisecond), so each score is the median of several runs, as Lighthouse's own
 * documentation advises.
 */
const LIGHTHOUSE_RUNS = 3;

async function medianLighthouse(url: string): Promise<{
  performance: number | null;
  worstPerformance: number | null;
  accessibility: number | null;
}> {
  const runs = [];
  for (let r = 0; r < LIGHTHOUSE_RUNS; r++) runs.push(await lighthouse(url));
  const median = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
    return known.length === 0 ? null : known[Math.floor(known.length / 2)]!;
  };
  const performances = runs.map((r) => r.performance).filter((v): v is number => v !== null);
  return {
    performance: median(runs.map((r) => r.performance)),
    worstPerformance: performances.length === 0 ? null : Math.min(...performances),
    accessibility: median(runs.map((r) => r.accessibility)),
  };
}

/** Builds the book afresh, measures every page, prints the table and returns its rows. */
export async function runBudgets(): Promise<{ buildSeconds: number; rows: BudgetRow[] }> {
  const buildSeconds = freshBuildSeconds();
  const server = await serveStatic(dist);
  const rows: BudgetRow[] = [];
  try {
    // Every page a reader can reach, found in dist/ so that a new one is measured too.
    for (const page of sitePages(dist).filter((path) => path.endsWith('/'))) {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      const { files, inline } = pageScripts(html);
      const sources = [...[...files].map((f) => readFileSync(f, 'utf8')), ...inline];
      const jsKb = sources.reduce((sum, code) => sum + gzipSync(code).length, 0) / 1024;
      // KaTeX's parser carries this message; finding it means math is being rendered in the browser.
      const clientKatex = sources.some((code) => code.includes('KaTeX parse error'));
      const scores = await medianLighthouse(`${server.origin}${page}`);
      const pass =
        jsKb <= BUDGETS.jsKb &&
        !clientKatex &&
        (scores.performance ?? 0) >= BUDGETS.performance &&
        (scores.accessibility ?? 0) >= BUDGETS.accessibility;
      rows.push({ page, jsKb, clientKatex, ...scores, pass });
    }
  } finally {
    await server.close();
  }
  printBudgets(buildSeconds, rows);
  return { buildSeconds, rows };
}

function printBudgets(buildSeconds: number, rows: readonly BudgetRow[]): void {
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  console.log(
    `\nBook budgets: JS ≤ ${BUDGETS.jsKb} KB gzipped, no client KaTeX, Lighthouse performance ≥ ${BUDGETS.performance} (median of ${LIGHTHOUSE_RUNS} runs), accessibility = ${BUDGETS.accessibility}`,
  );
  console.table(
    rows.map((r) => ({
      page: r.page,
      'JS (KB gz)': r.jsKb.toFixed(1),
      'client KaTeX': r.clientKatex ? 'YES' : 'no',
      performance: r.performance ?? 'failed',
      'worst run': r.worstPerformance ?? 'failed',
      accessibility: r.accessibility ?? 'failed',
      met: yes(r.pass),
    })),
  );
  const buildMet = buildSeconds <= BUDGETS.buildSeconds;
  console.log(
    `Fresh astro build: ${buildSeconds.toFixed(1)} s (budget ≤ ${BUDGETS.buildSeconds} s): ${buildMet ? 'met' : 'NOT met'}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runBudgets();

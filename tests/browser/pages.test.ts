/**
 * Every page of the built book: loads without console errors, failed requests or requests to other
 * hosts, passes axe-core, reads fully without JavaScript, and fits a 360 px phone screen.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  connect,
  injectAxe,
  newContext,
  openPanels,
  openWatched,
  renderEverything,
  setColorScheme,
  type WatchedPage,
} from './session.ts';
import { sitePages } from './site-pages.ts';

const pages = sitePages();
let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

interface Axe {
  run: (
    context: { exclude: string[] },
    options: object,
  ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
}

/** axe-core's violations on the page (all rules, or only `rules`), one line per rule. */
async function axeViolations(page: Page, rules: string[] | null): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: Axe }).axe;
    // Expressive Code's generated highlighting is left out: it enforces its own minimum contrast,
    // and its thousands of token spans would double the time axe takes on a chapter.
    const context = { exclude: ['.expressive-code'] };
    const { violations } = await axe.run(context, only === null ? {} : { runOnly: only });
    return violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, rules);
}

const inOrder = { concurrent: false } as const;

// Pages side by side; on each page the checks run in order on two loads, a desktop one and a
// phone one, because loading a chapter is most of what a check costs.
describe.concurrent.each(pages)('page %s', (path) => {
  let desktop: BrowserContext;
  let watched: WatchedPage;
  let phone: BrowserContext | undefined;
  let phoneLoad: Promise<Page> | undefined;
  /** The page on a 360 × 740 phone, loaded once, recording its layout shifts from the start. */
  const phonePage = (): Promise<Page> =>
    (phoneLoad ??= (async () => {
      phone = await newContext(browser, { viewport: { width: 360, height: 740 } });
      await phone.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[])
            shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      return (await openWatched(phone, path)).page;
    })());
  beforeAll(async () => {
    desktop = await newContext(browser);
    watched = await openWatched(desktop, path);
  });
  afterAll(async () => {
    await desktop.close();
    await phone?.close();
  });

  it(
    'loads with no console error, failed request, request to another host or refused content',
    inOrder,
    async ({ expect }) => {
      await watched.page.waitForLoadState('networkidle');
      expect(watched.problems).toEqual([]);
    },
  );

  it(
    'carries a strict Content-Security-Policy that its markup needs nothing beyond',
    inOrder,
    async ({ expect }) => {
      const { policy, styleAttributes } = await watched.page.evaluate(async () => ({
        policy:
          document
            .querySelector('meta[http-equiv="content-security-policy"]')
            ?.getAttribute('content') ?? '',
        // The page as served, parsed without scripting so <noscript> markup counts too (scripts
        // may set styles later through the CSSOM, which the policy allows).
        styleAttributes: new DOMParser()
          .parseFromString(await (await fetch(location.href)).text(), 'text/html')
          .querySelectorAll('[style]').length,
      }));
      const directives = new Map(
        policy.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name ?? '', values] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      for (const name of ['script-src', 'style-src']) {
        const values = directives.get(name) ?? [];
        expect(values[0], name).toBe("'self'");
        // Only hashes besides 'self'; WebAssembly compilation for the search is not eval.
        const others = values
          .slice(1)
          .filter((v) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(v) && v !== "'wasm-unsafe-eval'");
        expect(others, name).toEqual([]);
      }
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
      // Refusals themselves are reported by every check's page (session.ts); here, the markup: no
      // style attribute is left for the policy to refuse.
      expect(styleAttributes).toBe(0);
    },
  );

  it(
    'shows all its text and every equation with JavaScript disabled',
    inOrder,
    async ({ expect }) => {
      const withoutJs = await newContext(browser, { javaScriptEnabled: false });
      // Widgets are left out: without JavaScript each one says its controls need it, and each has its
      // own no-JavaScript check (widgets.test.ts) against its model's default state.
      const text = (page: Page) =>
        page.locator('main').evaluate((main) => {
          for (const w of main.querySelectorAll<HTMLElement>('.ff-widget'))
            w.style.display = 'none';
          const shown = (main as HTMLElement).innerText;
          for (const w of main.querySelectorAll<HTMLElement>('.ff-widget')) w.style.display = '';
          return shown;
        });
      const off = await openWatched(withoutJs, path);
      expect(await text(off.page)).toBe(await text(watched.page));
      const formulas = await off.page.$$eval('[data-formula]', (all) =>
        all.map((el) => ({
          id: el.getAttribute('data-formula'),
          // An equation with a narrow form carries two typeset forms and shows the one that fits.
          katex: Math.max(
            0,
            ...[...el.querySelectorAll('.katex-html')].map((k) => k.getBoundingClientRect().height),
          ),
        })),
      );
      for (const f of formulas) expect(f.katex, `KaTeX HTML of ${f.id}`).toBeGreaterThan(0);
      await withoutJs.close();
    },
  );

  it(
    'prints its text and equations without the site’s navigation or panels',
    inOrder,
    async ({ expect }) => {
      const { page } = watched;
      // An A4 page at 96 dpi: narrower than the wide layout, as a printed page is.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const chrome =
          'header.header, nav.sidebar, page-toc, site-search, .pagination-links, .ff-panels';
        return {
          chrome: [...document.querySelectorAll(chrome)]
            .filter((el) => el.checkVisibility())
            .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.')),
          hiddenEquations: [...document.querySelectorAll('[data-formula]')]
            .filter(
              (el) => (el.querySelector('.katex-html')?.getBoundingClientRect().height ?? 0) === 0,
            )
            .map((el) => el.getAttribute('data-formula')),
          title: document.querySelector('main h1')?.checkVisibility() ?? false,
        };
      });
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(printed).toEqual({ chrome: [], hiddenEquations: [], title: true });
    },
  );

  it(
    'has no axe-core violation, with every panel open, and keeps its contrast in the dark theme',
    inOrder,
    async ({ expect }) => {
      const { page } = watched;
      await openPanels(page);
      await renderEverything(page);
      // Every rule in the light theme; the dark theme only changes colours, so contrast is what can break.
      await setColorScheme(page, 'light');
      expect(await axeViolations(page, null), 'light').toEqual([]);
      await setColorScheme(page, 'dark');
      expect(await axeViolations(page, ['color-contrast']), 'dark').toEqual([]);
    },
  );

  it(
    'holds still while its math fonts load, and uses every font it preloads',
    inOrder,
    async ({ expect }) => {
      const page = await phonePage();
      const { shift, unused } = await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const loaded = [...document.fonts]
          .filter((f) => f.status === 'loaded')
          .map((f) => f.family);
        const preloads = [
          ...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]'),
        ];
        return {
          shift: (window as unknown as { shifts: number[] }).shifts.reduce((s, v) => s + v, 0),
          // KaTeX_Main-Regular.<hash>.woff2 is the face of family KaTeX_Main.
          unused: preloads
            .map((l) => /\/(KaTeX_\w+)-/.exec(l.href)?.[1] ?? l.href)
            .filter((family) => !loaded.some((f) => f.replace(/"/g, '') === family)),
        };
      });
      // Without the preload, the first equation of a chapter moved as KaTeX's glyphs arrived: 0.065.
      expect(shift).toBeLessThan(0.02);
      expect(unused).toEqual([]);
    },
  );

  it(
    'fits a 360 px wide screen: only math, code and tables scroll sideways, in their own boxes',
    inOrder,
    async ({ expect }) => {
      const page = await phonePage();
      await openPanels(page);
      await renderEverything(page);
      const overflowing = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const scrolls = (el: Element | null): boolean => {
          for (let e = el; e !== null; e = e.parentElement) {
            const { overflowX } = getComputedStyle(e);
            if ((overflowX === 'auto' || overflowX === 'scroll') && e.clientWidth <= width)
              return true;
          }
          return false;
        };
        const offenders = [...document.querySelectorAll('body *')].filter((el) => {
          const box = el.getBoundingClientRect();
          // KaTeX's MathML copy is visually hidden (clipped); only what is drawn can overflow.
          const hidden = el.closest('.katex-mathml, .sr-only, .sl-sr-only') !== null;
          return !hidden && box.width > 0 && box.right > width + 1 && !scrolls(el.parentElement);
        });
        return {
          pageWidth: document.documentElement.scrollWidth,
          offenders: offenders
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
        };
      });
      expect(overflowing).toEqual({ pageWidth: 360, offenders: [] });
    },
  );
});

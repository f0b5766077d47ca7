/**
 * Every widget on every page, driven by keyboard in Chromium: each control answers with the
 * engine's numbers (the model's, computed here from the address the widget wrote), bad input is
 * explained and changes nothing, the widget passes axe in both themes, the address restores a view
 * after a reload, Reset and a bad address load the defaults, and the widget fits 360 px and reads
 * without JavaScript.
 *
 * Widgets run side by side; each widget's checks run in order on one page, because loading a
 * chapter is most of what a check costs. Each check starts from whatever state the one before left
 * and compares with the model's numbers for that state, so the order changes no expectation.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { widgetModels } from '../../src/widgets/registry.ts';
import { connect, injectAxe, newContext, openWatched, setColorScheme } from './session.ts';
import {
  comparable,
  drawing,
  expectedReadouts,
  openWidget,
  settledAddress,
  shownReadouts,
  widget,
  type OpenWidget,
} from './widget-driver.ts';
import { widgetPages } from './widget-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

// A check that fails and then passes on its retry leaves no trace in the report; its first error
// is printed here so a load-dependent failure can still be read from a CI log.
beforeEach(({ onTestFailed, task }) => {
  onTestFailed(({ task: failed }) => {
    const errors =
      failed.result?.errors?.map((e) => `${e.message}\n${e.diff ?? ''}`).join('\n') ?? '';
    console.error(
      `FAILED ATTEMPT ${task.fullName} (retry ${failed.result?.retryCount ?? 0}):\n${errors}`,
    );
  });
});

const BAD_INPUTS = ['abc', '', '1e309', 'NaN', '1e308'];
const inOrder = { concurrent: false } as const;

// The title is the one scripts/check-widgets.ts looks for (suiteTitle in lib-widget-check.ts).
describe.concurrent.each(widgetPages())('widget $widget on $path', ({ path, widget: id }) => {
  const model = widgetModels[id]!;
  let context: BrowserContext;
  let w: OpenWidget;
  beforeAll(async () => {
    context = await newContext(browser);
    w = await openWidget(context, path, id);
  });
  afterAll(async () => {
    await context.close();
  });

  it('is registered with a model', inOrder, ({ expect }) => {
    expect(model, `src/widgets/registry.ts has no model for ${id}`).toBeDefined();
  });

  it(
    'answers every control moved by keyboard with the engine’s numbers, in the address too',
    inOrder,
    async ({ expect }) => {
      const { page, root, problems } = w;
      expect(comparable(await shownReadouts(root), expectedReadouts(id, ''))).toEqual(
        expectedReadouts(id, ''),
      );
      // Controls a choice hides (settings of another activation, say) are not the reader's to move.
      const controls = root
        .locator(
          'input[type="range"][data-param], select[data-param], input[type="radio"][data-param]:checked',
        )
        .filter({ visible: true });
      const count = await controls.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        const before = await drawing(root);
        const key = await control.evaluate((el) => {
          if (el instanceof HTMLSelectElement) {
            return el.selectedIndex === el.options.length - 1 ? 'ArrowUp' : 'ArrowDown';
          }
          const range = el as HTMLInputElement;
          if (range.type === 'radio') {
            const group = el.closest('fieldset')?.querySelectorAll('input[type="radio"]') ?? [];
            return group[group.length - 1] === el ? 'ArrowUp' : 'ArrowDown';
          }
          return Number(range.value) >= Number(range.max) ? 'ArrowLeft' : 'ArrowRight';
        });
        await control.focus();
        await control.press(key);
        const name = await control.getAttribute('data-param');
        expect(await drawing(root), `moving ${name} changed nothing`).not.toBe(before);
        const search = await settledAddress(page, id);
        expect(search, `the address holds ${name}`).toContain(`${id}.`);
        const expected = expectedReadouts(id, search);
        expect(comparable(await shownReadouts(root), expected), `after moving ${name}`).toEqual(
          expected,
        );
      }
      expect(problems).toEqual([]);
    },
  );

  it('explains bad input in a field and keeps its last good state', inOrder, async ({ expect }) => {
    const { page, root, problems } = w;
    const fields = root.locator('input[type="text"][data-param]').filter({ visible: true });
    // The first two fields: every field runs the same parsing, and each costs a few seconds here.
    const count = Math.min(2, await fields.count());
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      const name = (await field.getAttribute('data-param')) ?? '';
      const good = await shownReadouts(root);
      const value = await field.inputValue();
      for (const bad of BAD_INPUTS) {
        await field.fill(bad);
        const message = root.locator(`[data-message-for="${name}"]`);
        expect(
          (await message.textContent())?.length,
          `${name} = ${JSON.stringify(bad)}`,
        ).toBeGreaterThan(10);
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        expect(await shownReadouts(root)).toEqual(good);
      }
      expect(await root.textContent()).not.toMatch(/NaN|Infinity/);
      // The good value again clears the message.
      await field.fill(value);
      expect(await root.locator(`[data-message-for="${name}"]`).textContent()).toBe('');
    }
    await settledAddress(page, id);
    expect(problems).toEqual([]);
  });

  it('passes axe in light and dark once started', inOrder, async ({ expect }) => {
    const { page } = w;
    await injectAxe(page);
    for (const colorScheme of ['dark', 'light'] as const) {
      await setColorScheme(page, colorScheme);
      const violations = await page.evaluate(async (id) => {
        const axe = (
          window as unknown as {
            axe: { run: (c: object) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe;
        const result = await axe.run({ include: [`[data-widget="${id}"]`] });
        return result.violations.map((v) => v.id);
      }, id);
      expect(violations, colorScheme).toEqual([]);
    }
  });

  it(
    'restores its state from the address after a reload, and Reset returns to the defaults',
    inOrder,
    async ({ expect }) => {
      const { page, root, problems } = w;
      const slider = root
        .locator('input[type="range"][data-param]')
        .filter({ visible: true })
        .first();
      const atMin = await slider.evaluate(
        (el) => Number((el as HTMLInputElement).value) <= Number((el as HTMLInputElement).min),
      );
      await slider.focus();
      for (let k = 0; k < 3; k++) await slider.press(atMin ? 'ArrowRight' : 'ArrowLeft');
      const search = await settledAddress(page, id);
      const moved = await shownReadouts(root);
      expect(search).toContain(`${id}.`);
      await w.navigate((p) => p.reload());
      await root.scrollIntoViewIfNeeded();
      await page.waitForSelector(`[data-widget="${id}"][data-ready="true"]`);
      expect(await shownReadouts(root)).toEqual(moved);
      expect(await page.evaluate(() => location.search)).toBe(search);
      await root.locator('[data-action="reset"]').click();
      expect(await settledAddress(page, id)).not.toContain(`${id}.`);
      const defaults = expectedReadouts(id, '');
      expect(comparable(await shownReadouts(root), defaults)).toEqual(defaults);
      expect(problems).toEqual([]);
    },
  );

  it(
    'opens bad address values at their defaults and says so inline',
    inOrder,
    async ({ expect }) => {
      const { page, root, problems } = w;
      const query = `?${Object.keys(model.params)
        .map((k) => `${id}.${k}=NaN`)
        .join('&')}`;
      await w.navigate((p) => p.goto(`${p.url().split('?')[0]}${query}`));
      await root.scrollIntoViewIfNeeded();
      await page.waitForSelector(`[data-widget="${id}"][data-ready="true"]`);
      const notice = root.locator('[data-notice]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toMatch(/default/);
      const defaults = expectedReadouts(id, '');
      expect(comparable(await shownReadouts(root), defaults)).toEqual(defaults);
      expect(problems).toEqual([]);
    },
  );

  it('fits a 360 px screen', inOrder, async ({ expect }) => {
    const { page, root } = w;
    await page.setViewportSize({ width: 360, height: 800 });
    await root.scrollIntoViewIfNeeded();
    const overflow = await root.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });

  it('shows its default state without JavaScript', inOrder, async ({ expect }) => {
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    const { page: plain } = await openWatched(noJs, path);
    const defaults = expectedReadouts(id, '');
    expect(comparable(await shownReadouts(widget(plain, id)), defaults)).toEqual(defaults);
    expect(await widget(plain, id).locator('svg, table').count()).toBeGreaterThan(0);
    await noJs.close();
  });
});

/**
 * The gradient-descent widget's own behaviour, beyond what every widget is tested for: Step and
 * Back, Play until the run ends (animated, and at once for readers who prefer reduced motion),
 * divergence said in words, and dragging the start on the chart.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connect, newContext } from './session.ts';
import {
  comparable,
  expectedReadouts,
  openWidget,
  settledAddress,
  shownReadouts,
} from './widget-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const PATH = '/optimization/';

describe('the gradient-descent widget', () => {
  it('takes one step per press of Step, goes back with Back, and writes the count into the address', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(context, PATH, 'descent');
    for (let k = 0; k < 3; k++) await root.locator('[data-action="step"]').click();
    await root.locator('[data-action="back"]').click();
    const search = await settledAddress(page, 'descent');
    expect(search).toContain('descent.steps=2');
    const expected = expectedReadouts('descent', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    expect(expected['taken']).toBe('2');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('plays until the run diverges, says so in words, and stops by itself', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PATH, 'descent', '?descent.eta=2.5');
    await root.locator('[data-action="play"]').click();
    await root.locator('[data-verdict="diverged"]').waitFor();
    expect(await root.locator('[data-verdict]').textContent()).toMatch(/^Diverged: .*lower η\.$/);
    await root
      .page()
      .waitForFunction(
        () => !document.querySelector('[data-widget="descent"]')?.hasAttribute('data-playing'),
      );
    expect(await root.textContent()).not.toMatch(/NaN|Infinity/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says the run diverged as soon as θ leaves the chart, with no label floating off it', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PATH, 'descent', '?descent.eta=2.5');
    for (let k = 0; k < 3; k++) await root.locator('[data-action="step"]').click();
    // 4, then −1 on the chart's left edge, then 6.5, past its right edge at 5.
    expect(await root.locator('[data-verdict]').getAttribute('data-verdict')).toBe('diverged');
    expect(await root.locator('[data-readout="theta"]').textContent()).toBe('6.5');
    expect(await root.locator('[data-readout="taken"]').textContent()).toBe('2');
    const labels = await root.locator('svg.ff-plot text').allTextContents();
    expect(labels.filter((t) => /θ =|next/.test(t))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the start field to the chosen curve’s span, as its slider is', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PATH, 'descent');
    const field = root.locator('input[type="text"][data-param="start"]');
    const message = root.locator('[data-message-for="start"]');
    await field.fill('-3');
    expect(await message.textContent()).toBe('−3 is out of range: enter a number from −1 to 5.');
    expect(await root.locator('[data-readout="theta"]').textContent()).toBe('4');
    expect(await root.locator('[data-hint-for="start"]').textContent()).toBe(
      'from −1 to 5 on this curve',
    );
    await root.locator('[data-action="presetA"]').click();
    expect(await root.locator('[data-hint-for="start"]').textContent()).toBe(
      'from −3 to 3 on this curve',
    );
    await field.fill('-3');
    expect(await message.textContent()).toBe('');
    expect(await root.locator('[data-readout="theta"]').textContent()).toBe('−3');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes Play’s steps at once, without animation, for a reader who prefers reduced motion', async ({
    expect,
  }) => {
    const context = await newContext(browser, { reducedMotion: 'reduce' });
    const { root } = await openWidget(context, PATH, 'descent');
    await root.locator('[data-action="play"]').click();
    expect(await root.getAttribute('data-playing')).toBeNull();
    expect(await root.locator('[data-verdict]').getAttribute('data-verdict')).toBe('converged');
    await context.close();
  });

  it('says so when an address gives a start outside its curve, and shows the nearest end', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(
      context,
      PATH,
      'descent',
      '?descent.curve=twoMinima&descent.start=4.5',
    );
    const notice = root.locator('[data-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(
      'descent.start=4.5 does not fit the rest of the address: start θ₀ = 3 is shown.',
    );
    expect(await root.locator('input[type="text"][data-param="start"]').inputValue()).toBe('3');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves the start to where the reader drags on the chart', async ({ expect }) => {
    const context = await newContext(browser);
    const { page, root } = await openWidget(context, PATH, 'descent');
    const box = (await root.locator('svg.ff-plot').boundingBox())!;
    // The plot spans θ from −1 to 5 between its margins; a drag near the left edge starts near −1.
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.15, box.y + box.height / 2);
    await page.mouse.up();
    const search = await settledAddress(page, 'descent');
    const start = Number(new URLSearchParams(search).get('descent.start'));
    expect(start).toBeGreaterThan(-1);
    expect(start).toBeLessThan(0.5);
    const expected = expectedReadouts('descent', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    await context.close();
  });
});

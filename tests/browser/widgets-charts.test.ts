/**
 * What the softmax and loss widgets promise beyond the generic widget tests: a shift of every
 * logit changes no probability, logits of ±1000 stay finite, and the loss widget's base switch
 * and class chooser. Expected numbers come from the widgets' models, computed here from the address.
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

describe.concurrent('the softmax widget', () => {
  it('shifts every logit by +1 and shows the same probabilities, saying so', async ({ expect }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(context, '/nonlinearity/softmax/', 'softmax');
    const before = await shownReadouts(root);
    await root.locator('[data-action="shift"]').click();
    const field = (k: number) => root.locator(`input[type="text"][data-param="a${k}"]`);
    expect(await field(0).inputValue()).toBe('1.3');
    expect(await field(2).inputValue()).toBe('1.9');
    expect(await shownReadouts(root)).toEqual(before);
    expect(await root.locator('[data-summary]').textContent()).toMatch(
      /^Every logit rose by 1 and no.* changed/,
    );
    const search = await settledAddress(page, 'softmax');
    expect(search).toContain('softmax.a0=1.3');
    const expected = expectedReadouts('softmax', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps logits of 1000 and −1000 finite: probabilities 1, 0, 0 and a Jacobian of zeros', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(context, '/nonlinearity/softmax/', 'softmax');
    await root.locator('input[type="text"][data-param="a0"]').fill('1000');
    await root.locator('input[type="text"][data-param="a1"]').fill('−1000');
    const shown = await shownReadouts(root);
    expect([shown['p0'], shown['p1'], shown['p2'], shown['sum']]).toEqual(['1', '0', '0', '1']);
    const cells = await root.locator('g.ff-heat-text text').allTextContents();
    expect(cells).toEqual(Array(9).fill('0'));
    expect(await root.textContent()).not.toMatch(/NaN|Infinity/);
    expect(
      await root.locator('svg').evaluateAll((s) => s.map((e) => e.outerHTML).join('')),
    ).not.toMatch(/NaN|Infinity/);
    // A shift past 1000 is refused in words and the last good state stays.
    await root.locator('[data-action="shift"]').click();
    expect(await root.locator('[data-summary]').textContent()).toContain(
      'must stay from −1000 to 1000',
    );
    expect(await root.locator('input[type="text"][data-param="a0"]').inputValue()).toBe('1000');
    const search = await settledAddress(page, 'softmax');
    const expected = expectedReadouts('softmax', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows five bars, five readouts and a 5 × 5 Jacobian for five classes', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(
      context,
      '/nonlinearity/softmax/',
      'softmax',
      '?softmax.n=5',
    );
    expect(await root.locator('g.ff-bar rect').count()).toBe(5);
    expect(await root.locator('g.ff-heat-text text').count()).toBe(25);
    expect(await root.locator('[data-readout="p4"]').isVisible()).toBe(true);
    expect(await root.locator('input[type="range"][data-param="a4"]').isVisible()).toBe(true);
    await root.locator('input[type="text"][data-param="n"]').fill('3');
    expect(await root.locator('[data-readout="p4"]').isVisible()).toBe(false);
    expect(await root.locator('g.ff-bar rect').count()).toBe(3);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.concurrent('the loss widget', () => {
  it('shows the post’s 0.046 with base 10 and the natural log’s 0.105 beside it', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(context, '/loss-functions/', 'loss');
    await root.locator('select[data-param="base"]').selectOption('10');
    const shown = await shownReadouts(root);
    expect(shown['ce']).toBe('0.0457575');
    expect(shown['ceOther']).toBe('0.105361');
    expect(await root.locator('[data-log="chosen"]').textContent()).toBe('−log₁₀');
    const search = await settledAddress(page, 'loss');
    expect(search).toBe('?loss.base=10');
    expect(shown).toEqual(expectedReadouts('loss', search));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers only classes that exist, and fewer classes move the correct one down', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(
      context,
      '/loss-functions/',
      'loss',
      '?loss.classes=5&loss.correct=4&loss.p=0.2',
    );
    const select = root.locator('select[data-param="correct"]');
    expect(await select.inputValue()).toBe('4');
    await root.locator('input[type="text"][data-param="classes"]').fill('3');
    expect(await select.inputValue()).toBe('2');
    const disabled = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).disabled));
    expect(disabled).toEqual([false, false, false, true, true]);
    expect(await root.locator('g.ff-bar rect').count()).toBe(3);
    const search = await settledAddress(page, 'loss');
    expect(search).toContain('loss.correct=2');
    expect(await shownReadouts(root)).toEqual(expectedReadouts('loss', search));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.concurrent('a widget with charts of its own', () => {
  for (const [path, id] of [
    ['/loss-functions/', 'loss'],
    ['/nonlinearity/softmax/', 'softmax'],
    ['/backpropagation/hidden-layer/', 'wiggle-hidden'],
  ] as const) {
    it(`${id} redraws its charts in place: the same elements, only what moved changed`, async ({
      expect,
    }) => {
      const context = await newContext(browser);
      const { root, problems } = await openWidget(context, path, id);
      // Each drawn chart and its first path, marked so a replaced element is told from a kept one.
      const mark = () =>
        root.locator('svg[id]').evaluateAll((charts) =>
          charts.map((svg) => {
            const kept = (svg as unknown as { ffMark?: boolean }).ffMark === true;
            (svg as unknown as { ffMark: boolean }).ffMark = true;
            return { id: svg.id, kept, drawn: svg.innerHTML };
          }),
        );
      const before = await mark();
      expect(before.length).toBeGreaterThan(0);
      const slider = root.locator('input[type="range"][data-param]').first();
      await slider.focus();
      for (let k = 0; k < 5; k++) await slider.press('ArrowRight');
      const after = await mark();
      expect(after.map((c) => [c.id, c.kept])).toEqual(before.map((c) => [c.id, true]));
      expect(after.some((c, k) => c.drawn !== before[k]!.drawn)).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

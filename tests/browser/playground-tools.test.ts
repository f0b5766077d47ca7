/**
 * The playground's tools and its answers to bad input: every bad value (an expression, a CSV line,
 * a weight, an imported file, an address) is explained next to where it was given and changes
 * nothing; export and import round-trip a run; the reader's clicks add and remove points; the
 * gradient check passes on the live network; a reload of the same address gives the same numbers.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { readPlaygroundAddress } from '../../src/widgets/playground/address.ts';
import {
  expectedMetrics,
  expectSameRun,
  metric,
  openPlayground,
  settledHash,
  shownMetrics,
} from './playground-driver.ts';
import { expectClose } from '../helpers/close.ts';
import { connect, injectAxe, newContext, origin } from './session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const step = async (root: import('playwright-core').Locator, times: number) => {
  for (let k = 0; k < times; k++) await root.locator('button[data-action="step"]').click();
};

describe('the playground’s tools', () => {
  it('explains a bad boundary expression beside it and keeps its run', async ({ expect }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openPlayground(context, '#dataset=function&fn=sin(3*x)');
    await step(root, 2);
    const before = await shownMetrics(root);
    const field = root.locator('#pg-fn');
    for (const bad of ['sin(', '', 'x +* 2', 'alert(1)', '1e308*1e308']) {
      await field.fill(bad);
      await field.press('Enter');
      await field.dispatchEvent('change');
      expect(await field.getAttribute('aria-invalid'), bad).toBe('true');
      expect(await root.locator('[data-message-for="fn"]').textContent(), bad).toMatch(/keeps/);
      expect(await shownMetrics(root), bad).toEqual(before);
    }
    expect(readPlaygroundAddress(await settledHash(page)).state.fn).toBe('sin(3*x)');
    await field.fill('x^2/3 - 2');
    await field.dispatchEvent('change');
    expect(await field.getAttribute('aria-invalid')).toBe(null);
    expect(await metric(root, 'epoch')).toBe(0);
    expect(readPlaygroundAddress(await settledHash(page)).state.fn).toBe('x^2/3 - 2');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names what it could not use in an address and opens the rest', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openPlayground(
      context,
      '#dataset=spiral&learningRate=abc&networkShape=3,99&colour=red&noise=20',
    );
    const notice = await root.locator('[data-notice]').textContent();
    expect(notice).toMatch(/learningRate/);
    expect(notice).toMatch(/networkShape/);
    expect(notice).toMatch(/colour/);
    expect(await root.locator('#pg-dataset').inputValue()).toBe('spiral');
    expect(await root.locator('#pg-noise').inputValue()).toBe('20');
    expect(await root.locator('#pg-learningRate').inputValue()).toBe('0.03');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('edits a weight, refusing text, NaN, 1e308 and the empty field', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openPlayground(context, '#seed=weights');
    await root.locator('[data-network] path[data-link="2,1,0"]').dispatchEvent('click');
    expect(await root.locator('[data-weight-select]').inputValue()).toBe('w:2,1,0');
    const input = root.locator('[data-weight-input]');
    const before = await shownMetrics(root);
    for (const bad of ['abc', 'NaN', '1e308', '']) {
      await input.fill(bad);
      await root.locator('button[data-action="set-weight"]').click();
      expect(await input.getAttribute('aria-invalid'), bad).toBe('true');
      expect(await root.locator('[data-message-for="weight"]').textContent(), bad).toMatch(
        /keeps its value/,
      );
      expect(await shownMetrics(root), bad).toEqual(before);
    }
    await input.fill('−2.5');
    await input.press('Enter');
    expect(await input.getAttribute('aria-invalid')).toBe(null);
    expect(await shownMetrics(root)).not.toEqual(before);
    expect(await root.locator('path[data-link="2,1,0"]').getAttribute('stroke-width')).toBe('5.4');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads the reader’s points from CSV, naming a bad line, and adds and erases points by click', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openPlayground(context, '#seed=points');
    await root.locator('details.ff-pg-tools summary').click();
    const csv = root.locator('[data-csv]');
    await csv.fill('x1,x2,label\n1,1,1\n2,oops,0\n');
    await root.locator('button[data-action="load-csv"]').click();
    expect(await root.locator('[data-message-for="csv"]').textContent()).toMatch(/^Line 3:/);
    expect(await root.locator('#pg-dataset').inputValue()).toBe('circle');
    await csv.fill('x1,x2,label\n1,1,1\n-1,-1,0\n2,2,1\n-2,-2,0\n');
    await root.locator('button[data-action="load-csv"]').click();
    expect(await root.locator('#pg-dataset').inputValue()).toBe('custom');
    expect(readPlaygroundAddress(await settledHash(page)).state.points).toHaveLength(4);
    // A click on an empty spot adds a point of the typed class; a click on a point erases it.
    const map = root.locator('[data-heat] canvas');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.25);
    let points = readPlaygroundAddress(await settledHash(page)).state.points;
    expect(points).toHaveLength(5);
    // The mouse moves in whole pixels: about 0.03 of the plane's units on this map.
    expectClose([points[4]!.x1, points[4]!.x2], [-3, 3], 0.02);
    expect(points[4]!.label).toBe(1);
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.25);
    points = readPlaygroundAddress(await settledHash(page)).state.points;
    expect(points).toHaveLength(4);
    expect(await root.locator('[data-set="train"] circle').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps an emptied or one-class set as a draft to add to, and trains once it is a set', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openPlayground(context, '#seed=draft');
    await root.locator('details.ff-pg-tools summary').click();
    const clear = root.locator('button[data-action="clear-points"]');
    const said = root.locator('[data-message-for="point"]');
    await clear.click();
    expect(await said.textContent()).toMatch(/^Choose “Your own points”/);
    await root.locator('[data-csv]').fill('x1,x2,label\n1,1,1\n-1,-1,0\n2,2,1\n-2,-2,0\n');
    await root.locator('button[data-action="load-csv"]').click();
    const addressBefore = await settledHash(page);
    const loss = await root.locator('[data-metric="train-loss"]').getAttribute('data-value');
    // Emptied: no point on the map, a message and a notice say what is missing, the run and
    // the address stay on the last full set.
    await clear.click();
    expect(await said.textContent()).toMatch(/^Your own set needs at least two points/);
    expect(await root.locator('[data-draft-note]').textContent()).toMatch(
      /^Your own set needs at least two points: add some on the map\. Until then/,
    );
    expect(await root.locator('.ff-pg-points circle').count()).toBe(0);
    expect(await root.locator('#pg-dataset').inputValue()).toBe('custom');
    expect(await settledHash(page)).toBe(addressBefore);
    expect(await root.locator('[data-metric="train-loss"]').getAttribute('data-value')).toBe(loss);
    // Two clicks of class 1 make a one-class draft; a click of class 0 makes it a set.
    // Typing the class scrolls the page to its field: the map is found afresh for each click.
    const map = root.locator('[data-heat] canvas');
    const click = async (u: number, v: number) => {
      await map.scrollIntoViewIfNeeded();
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width * u, box.y + box.height * v);
    };
    await root.locator('[data-point="label"]').fill('1');
    await click(0.25, 0.25);
    await click(0.75, 0.75);
    expect(await root.locator('[data-set="draft"] circle').count()).toBe(2);
    expect(await said.textContent()).toMatch(/^Every point has the same class/);
    expect(await settledHash(page)).toBe(addressBefore);
    await root.locator('[data-point="label"]').fill('0');
    await click(0.25, 0.75);
    expect(await said.textContent()).toBe('3 points.');
    expect(await root.locator('[data-draft-note]').isHidden()).toBe(true);
    expect(await root.locator('[data-set="draft"]').count()).toBe(0);
    const points = readPlaygroundAddress(await settledHash(page)).state.points;
    expect(points.map((p) => p.label)).toEqual([1, 1, 0]);
    // A draft is dropped when the reader picks another data set.
    await clear.click();
    await root.locator('#pg-dataset').selectOption('xor');
    expect(await root.locator('[data-set="draft"]').count()).toBe(0);
    expect(await root.locator('[data-draft-note]').isHidden()).toBe(true);
    expect(await root.locator('[data-set="train"] circle').count()).toBeGreaterThan(100);
    // Showing the test points draws them (and hiding them takes them away again).
    const showTest = root.locator('[data-key="showTestData"]');
    await showTest.check();
    expect(await root.locator('[data-set="test"] circle').count()).toBeGreaterThan(100);
    await showTest.uncheck();
    expect(await root.locator('[data-set="test"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a set the split leaves nothing to train on as a draft, and refuses it from another set', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    // With 30 % for training, four points give one training point and three give none.
    const { page, root, problems } = await openPlayground(context, '#seed=split&percTrainData=30');
    await root.locator('details.ff-pg-tools summary').click();
    const csv = root.locator('[data-csv]');
    await csv.fill('x1,x2,label\n1,1,1\n-1,-1,0\n');
    await root.locator('button[data-action="load-csv"]').click();
    // From the circle: refused, nothing drafted.
    expect(await root.locator('[data-message-for="csv"]').textContent()).toMatch(
      /^No point is left to train on: .*The playground keeps its last good settings\.$/,
    );
    expect(await root.locator('#pg-dataset').inputValue()).toBe('circle');
    expect(await root.locator('[data-set="draft"]').count()).toBe(0);
    await csv.fill('x1,x2,label\n1,1,1\n-1,-1,0\n2,2,1\n-2,-2,0\n');
    await root.locator('button[data-action="load-csv"]').click();
    expect(await root.locator('#pg-dataset').inputValue()).toBe('custom');
    const addressBefore = await settledHash(page);
    // Of its own set, three points are a draft that says why, until a fourth makes a set.
    const map = root.locator('[data-heat] canvas');
    const click = async (u: number, v: number) => {
      await map.scrollIntoViewIfNeeded();
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width * u, box.y + box.height * v);
    };
    await root.locator('button[data-action="clear-points"]').click();
    await root.locator('[data-point="label"]').fill('1');
    await click(0.2, 0.2);
    await click(0.4, 0.2);
    await root.locator('[data-point="label"]').fill('0');
    await click(0.2, 0.8);
    const said = root.locator('[data-message-for="point"]');
    expect(await said.textContent()).toMatch(
      /^No point is left to train on: .* Until then the network/,
    );
    expect(await root.locator('[data-set="draft"] circle').count()).toBe(3);
    expect(await settledHash(page)).toBe(addressBefore);
    await click(0.4, 0.8);
    expect(await said.textContent()).toBe('4 points.');
    expect(await root.locator('[data-set="draft"]').count()).toBe(0);
    expect(readPlaygroundAddress(await settledHash(page)).state.points).toHaveLength(4);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports the playground and imports it back whole, and refuses a bad file without a change', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openPlayground(
      context,
      '#seed=export&dataset=xor&networkShape=3',
    );
    await step(root, 7);
    await root.locator('details.ff-pg-tools summary').click();
    const download = page.waitForEvent('download');
    await root.locator('button[data-action="export-state"]').click();
    expect((await download).suggestedFilename()).toBe('playground.json');
    const exported = await root.locator('[data-export]').inputValue();
    const trained = await shownMetrics(root);
    await root.locator('button[data-action="reset"]').click();
    await root.locator('#pg-activation').selectOption('sigmoid');
    const area = root.locator('[data-export]');
    for (const bad of [
      'not json',
      '{"format":"other"}',
      exported.replace('"epoch": 7', '"epoch": -1'),
    ]) {
      await area.fill(bad);
      await root.locator('button[data-action="import-text"]').click();
      expect(await root.locator('[data-message-for="import"]').textContent()).toMatch(
        /Nothing was changed/,
      );
      expect(await root.locator('#pg-activation').inputValue()).toBe('sigmoid');
    }
    await area.fill(exported);
    await root.locator('button[data-action="import-text"]').click();
    expect(await root.locator('#pg-activation').inputValue()).toBe('tanh');
    expectSameRun(await shownMetrics(root), trained);
    await step(root, 1);
    expectSameRun(await shownMetrics(root), expectedMetrics(await settledHash(page), 8));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('checks the gradients of the live network against central differences', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openPlayground(context, '#seed=check&networkShape=5,3');
    await step(root, 3);
    await root.locator('details.ff-pg-tools summary').click();
    await root.locator('button[data-action="check"]').click();
    expect(await root.locator('[data-check-result]').textContent()).toMatch(
      /^Passed: on the first batch \(10 points\), all 37 backpropagated partial derivatives agree/,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the untrained map as a picture without JavaScript, and the live canvas once started', async ({
    expect,
  }) => {
    const still = await newContext(browser, { javaScriptEnabled: false });
    const page = await still.newPage();
    await page.goto(`${origin}/playground/`);
    const size = await page
      .locator('img[data-heat-still]')
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.complete]);
    expect(size).toEqual([100, true]);
    await still.close();
    const context = await newContext(browser);
    const { page: live, problems } = await openPlayground(context);
    await live.waitForFunction(() => document.querySelector('img[data-heat-still]') === null);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives the same numbers on a reload of the same address', async ({ expect }) => {
    const context = await newContext(browser);
    const { page, root, navigate } = await openPlayground(
      context,
      '#seed=again&dataset=spiral&networkShape=6,6&activation=relu',
    );
    await step(root, 9);
    const first = await shownMetrics(root);
    await navigate((p) => p.reload());
    await page.waitForSelector('ff-playground[data-ready="true"]');
    await step(page.locator('ff-playground'), 9);
    expect(await shownMetrics(page.locator('ff-playground'))).toEqual(first);
    await context.close();
  });

  it('has no axe-core violation while training 4 classes with its tools open, and fits 360 px', async ({
    expect,
  }) => {
    const context = await newContext(browser, { viewport: { width: 360, height: 800 } });
    const { page, root, problems } = await openPlayground(
      context,
      '#dataset=blobs&classes=4&networkShape=4',
    );
    await step(root, 5);
    await root.locator('details.ff-pg-tools summary').click();
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (el: Element) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document.querySelector('ff-playground')!);
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The network keeps a readable size (at least 0.7 of its drawn size: squares of 34 units
    // over 23 px). One hidden layer fits the phone whole, output included; six scroll in their
    // own box.
    const sizes = async () => ({
      drawing: (await root.locator('[data-network]').boundingBox())!,
      box: (await root.locator('.ff-pg-network-scroll').boundingBox())!,
      square: (await root.locator('canvas[data-node-map="1,0"]').boundingBox())!,
    });
    const small = await sizes();
    expect(small.square.width).toBeGreaterThan(23);
    expect(small.drawing.width).toBeLessThanOrEqual(small.box.width);
    const output = (await root.locator('canvas[data-node-map="2,0"]').boundingBox())!;
    expect(output.x + output.width).toBeLessThanOrEqual(small.box.x + small.box.width);
    for (let k = 0; k < 5; k++) await root.locator('[data-action="add-layer"]').click();
    expect(await root.locator('[data-network]').getAttribute('data-columns')).toBe('8');
    const deep = await sizes();
    expect(deep.square.width).toBeGreaterThan(23);
    expect(deep.box.width).toBeLessThan(deep.drawing.width);
    expect(deep.box.x + deep.box.width).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
    await context.close();
  });
});

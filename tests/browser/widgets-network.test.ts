/**
 * What the generic widget tests cannot see in the network widgets: naming and highlighting a
 * node or connection by keyboard and pointer (architecture), the matrix entries' own fields and
 * stepping node j (layer-matrix), and a newly picked weight starting at its own value (wiggle).
 * Expected numbers come from each widget's model, computed here from the address it wrote.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { exampleValue, weightRef } from '../../src/widgets/wiggle-weight/weights.ts';
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

describe('the architecture widget', () => {
  it('names a focused node, moves the focus with the arrow keys and lights what feeds it', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, '/architecture/', 'architecture');
    const naming = root.locator('[data-naming]');
    await root.locator('[data-node="0,0"]').focus();
    expect(await naming.textContent()).toMatch(/^x0: Input node 0 of layer 0/);
    await root.locator('[data-node="0,0"]').press('ArrowRight');
    await root.locator('[data-node="1,0"]').press('ArrowDown');
    const focused = await root.evaluate(() => document.activeElement?.getAttribute('data-node'));
    expect(focused).toBe('1,1');
    expect(await root.locator('[data-node][tabindex="0"]').count()).toBe(1);
    expect(await naming.textContent()).toMatch(/^b\(1\)1: Hidden node 1 of layer 1/);
    const into = await root
      .locator('.ff-edge.ff-in')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
    expect(into).toEqual(['1,0,1', '1,1,1', '1,2,1']);
    expect(await root.locator('.ff-edge.ff-out').count()).toBe(2);
    // Connections cross each other, so the pointer is sent to one directly rather than by position.
    await root.locator('[data-edge="2,3,1"]').dispatchEvent('pointerover');
    expect(await naming.textContent()).toBe(
      'W(2)31: The weight from node 3 of layer 1 to node 1 of layer 2.',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('adds a hidden layer and a node with its buttons, redrawing and recounting from the address', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(context, '/architecture/', 'architecture');
    await root.locator('[data-action="addLayer"]').click();
    await root.locator('[data-action="addNode2"]').click();
    const search = await settledAddress(page, 'architecture');
    expect(new URLSearchParams(search).get('architecture.hidden')).toBe('4,5');
    expect(await root.locator('[data-node]').count()).toBe(3 + 4 + 5 + 2);
    expect(await root.locator('[data-edge]').count()).toBe(3 * 4 + 4 * 5 + 5 * 2);
    const expected = expectedReadouts('architecture', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    await root.locator('[data-action="removeLayer"]').click();
    expect(await root.locator('[data-action="removeLayer"]').isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the layer-matrix widget', () => {
  it('explains a bad matrix entry, keeps the last good state, then takes a good one', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(
      context,
      '/weights-and-biases/',
      'layer-matrix',
    );
    const cell = root.locator('[data-entry="W"][data-index="0"]');
    const message = root.locator('[data-entry-message]');
    const good = await shownReadouts(root);
    for (const bad of ['abc', '', '1e309', 'NaN', '11']) {
      await cell.fill(bad);
      expect(await cell.getAttribute('aria-invalid'), bad).toBe('true');
      expect((await message.textContent())?.length, bad).toBeGreaterThan(10);
      expect(await shownReadouts(root)).toEqual(good);
    }
    await cell.fill('1.5');
    expect(await cell.getAttribute('aria-invalid')).toBeNull();
    expect(await message.textContent()).toBe('');
    const search = await settledAddress(page, 'layer-matrix');
    expect(new URLSearchParams(search).get('layer-matrix.W')?.split(',')[0]).toBe('1.5');
    const expected = expectedReadouts('layer-matrix', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    expect(await root.textContent()).not.toMatch(/NaN|Infinity/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('steps node j with Next, moving the highlight to row j of Wᵀ and entry j of the result', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(
      context,
      '/weights-and-biases/',
      'layer-matrix',
    );
    await root.locator('[data-action="next"]').click();
    await root.locator('[data-action="next"]').click();
    const search = await settledAddress(page, 'layer-matrix');
    expect(new URLSearchParams(search).get('layer-matrix.j')).toBe('2');
    const rows = await root
      .locator('.ff-lm-on')
      .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset['row']))]);
    expect(rows).toEqual(['2']);
    expect(await root.locator('.ff-lm-on[data-entry="W"]').count()).toBe(3);
    expect(await root.locator('.ff-edge.ff-in').count()).toBe(3);
    const expected = expectedReadouts('layer-matrix', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the wiggle-weight widget', () => {
  it('starts a newly picked weight at its value in the example network', async ({ expect }) => {
    const context = await newContext(browser);
    const path = '/backpropagation/hidden-layer/';
    const { page, root, problems } = await openWidget(context, path, 'wiggle-hidden');
    await root.locator('select[data-param="weight"]').selectOption('1-2-3');
    const search = await settledAddress(page, 'wiggle-hidden');
    const value = exampleValue(weightRef('1-2-3'));
    expect(await root.locator('input[type="text"][data-param="value"]').inputValue()).toBe(
      String(value),
    );
    const expected = expectedReadouts('wiggle-hidden', search);
    expect(comparable(await shownReadouts(root), expected)).toEqual(expected);
    expect(await root.locator('[data-symbol="delta"]').first().textContent()).toBe('δ(1)₃');
    expect(problems).toEqual([]);
    await context.close();
  });
});

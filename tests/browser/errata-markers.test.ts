/**
 * The erratum marker beside a corrected equation: a small control that opens and closes its note,
 * with the mouse and with the keyboard, and whose note is typeset (no raw TeX or underscores).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, newContext, openWatched } from './session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

describe('the erratum marker', () => {
  it('opens and closes its note with a click, and keeps it closed at first', async () => {
    const context = await newContext(browser);
    const { page, problems } = await openWatched(context, '/backpropagation/output-layer/');
    const marker = page.locator('#output-weight-gradient-chain .ff-erratum');
    const note = marker.locator('.ff-erratum-note');
    expect(await note.isVisible()).toBe(false);
    await marker.locator('> summary').click();
    expect(await note.isVisible()).toBe(true);
    // A repeated slip refers back to the equation that explains it, by number.
    expect(await note.locator('a[href^="#eq-"]').textContent()).toMatch(/^\(\d+\.\d+\)$/);
    await marker.locator('> summary').click();
    expect(await note.isVisible()).toBe(false);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('opens with Enter and closes with Space from the keyboard', async () => {
    const context = await newContext(browser);
    const { page } = await openWatched(context, '/nonlinearity/');
    const summary = page.locator('#tanh-derivative .ff-erratum > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const open = () => summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
    expect(await open()).toBe(true);
    await page.keyboard.press('Space');
    expect(await open()).toBe(false);
    await context.close();
  });

  it('marks exactly the equations the book corrects, with typeset notes', async () => {
    const context = await newContext(browser);
    const found: string[] = [];
    for (const path of ['/weights-and-biases/', '/backpropagation/hidden-layer/']) {
      const { page } = await openWatched(context, path);
      await page.$$eval('.ff-erratum', (all) =>
        all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      const notes = await page.$$eval('.ff-erratum-note > p', (ps) =>
        ps.map((p) => {
          const clone = p.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.katex').forEach((k) => k.remove());
          return clone.textContent ?? '';
        }),
      );
      found.push(...notes);
      await page.close();
    }
    await context.close();
    expect(found.length).toBeGreaterThan(5);
    for (const text of found) expect(text).not.toMatch(/[_^$\\ᵀ]/);
  });
});

/**
 * What the generic widget tests cannot see in the step-through: stepping by button and by the
 * arrow keys, a pasted network and sample whose table is read back against the engine, bad JSON
 * explained with the last network kept, each "break it" mistake turning the check red, and the
 * issue's bare address keys. Expected numbers come from lib/ and the widget's model, run here.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { backward } from '../../lib/network/backward.ts';
import { forward } from '../../lib/network/forward.ts';
import { fromJSON } from '../../lib/network/json.ts';
import { MISTAKES } from '../../lib/network/mistakes.ts';
import { stepThrough } from '../../lib/network/step-through.ts';
import { normalizeMinus } from '../../src/lib-site/format.ts';
import { PRESETS } from '../../src/widgets/step/presets.ts';
import { connect, newContext } from './session.ts';
import { openWidget, settledAddress } from './widget-driver.ts';

const PAGE = '/backpropagation/step-by-step/';
let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** The number a table cell shows for `symbol`. */
async function cellValue(root: Locator, symbol: string): Promise<number> {
  const text = await root.locator(`td[data-symbol="${symbol}"]`).textContent();
  return Number(normalizeMinus(text ?? ''));
}

const stepShown = (root: Locator) => root.locator('[data-readout="at"]').textContent();

describe('the step-through widget', () => {
  it('steps by Next and Previous, by → and ←, and Reset goes back before the first step', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const scripts: Promise<string>[] = [];
    context.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    const { root, problems } = await openWidget(context, PAGE, 'step');
    await root.locator('[data-action="next"]').click();
    expect(await stepShown(root)).toBe('1');
    expect(await root.locator('[data-step-title]').textContent()).toMatch(
      /^Step 1 of 9: Forward pass, layer 1/,
    );
    // The browser typesets the widget's MathML itself (src/widgets/kit/mathml.ts).
    expect(await root.locator('[data-step-equation] math[display="block"]').count()).toBe(1);
    expect(await root.locator('[data-step-lines] math').count()).toBe(4);
    const height = await root
      .locator('[data-step-equation] math')
      .evaluate((m) => m.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(10);
    expect(await root.locator('[data-node="1,0"]').getAttribute('class')).toContain('ff-current');
    await root.locator('[data-action="next"]').focus();
    await root.locator('[data-action="next"]').press('ArrowRight');
    await root.locator('[data-action="next"]').press('ArrowRight');
    expect(await stepShown(root)).toBe('3');
    expect(await root.locator('[data-step-title]').textContent()).toMatch(/The loss/);
    await root.locator('[data-action="next"]').press('ArrowLeft');
    expect(await stepShown(root)).toBe('2');
    await root.locator('[data-action="previous"]').click();
    expect(await stepShown(root)).toBe('1');
    for (let k = 0; k < 12; k++) await root.locator('[data-action="next"]').click();
    expect(await stepShown(root)).toBe('9');
    expect(await root.locator('[data-step-link] a').getAttribute('href')).toMatch(
      /\/backpropagation\/summary\/#eq-/,
    );
    await root.locator('[data-action="reset"]').click();
    expect(await stepShown(root)).toBe('0');
    expect(problems).toEqual([]);
    // No KaTeX reaches the browser: the static math is rendered at build time.
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).not.toContain('KaTeX parse error');
    await context.close();
  });

  it('loads a pasted network with its x and y, and its table holds the engine’s numbers', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems, navigate } = await openWidget(context, PAGE, 'step');
    const json = JSON.stringify(PRESETS.softmax.json);
    const x = [0.25, -0.75];
    const y = [1, 0, 0];
    await root.locator('textarea[data-net]').fill(json);
    await root.locator('input[data-param="x"]').fill(x.join(','));
    await root.locator('input[data-param="y"]').fill(y.join(','));
    await root.locator('[data-action="load"]').click();
    expect(await root.locator('[data-readout="steps"]').textContent()).toBe('9');
    const net = fromJSON(json);
    const cache = forward(net, x);
    const { deltas, gradients } = backward(net, cache, y);
    for (let j = 0; j < 3; j++) {
      expect(await cellValue(root, `z(2)_${j}`)).toBeCloseTo(cache.z[2]![j]!, 8);
      expect(await cellValue(root, `delta(1)_${j}`)).toBeCloseTo(deltas[1]![j]!, 8);
    }
    expect(await cellValue(root, 'dL/dW(2)_21')).toBeCloseTo(gradients[1]!.weights[2]![1]!, 8);
    expect(await root.locator('[data-step-verdict]').getAttribute('data-verdict')).toBe('pass');
    // The address carries the pasted network and the sample: a reload opens the same.
    const search = await settledAddress(page, 'step');
    expect(new URLSearchParams(search).get('step.net')).toBe(json);
    await navigate((p) => p.reload());
    await page.waitForSelector('[data-widget="step"][data-ready="true"]');
    expect(await cellValue(root, 'z(2)_1')).toBeCloseTo(cache.z[2]![1]!, 8);
    // Export gives the network back.
    await root.locator('[data-action="export-before"]').click();
    expect(JSON.parse(await root.locator('textarea[data-export]').inputValue())).toEqual(
      PRESETS.softmax.json,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('puts its controls above the long tables and spans the step control over this network’s steps', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, root, problems } = await openWidget(context, PAGE, 'step');
    const top = (selector: string) =>
      root
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    const eta = await top('input[type="range"][data-param="eta"]');
    expect(eta).toBeLessThan(await top('.ff-step-check'));
    expect(eta).toBeLessThan(await top('.ff-step-table'));
    expect(await top('.ff-step-table')).toBeLessThan(await top('textarea[data-net]'));
    const hint = root.locator('[data-hint-for="at"]');
    expect(await hint.textContent()).toBe('whole number from 0 to 9, this network’s steps');
    const layer = (n: number, m: number) => ({
      weights: Array.from({ length: n }, (_, i) =>
        Array.from({ length: m }, (_, j) => 0.1 * (i - j)),
      ),
      biases: Array.from({ length: m }, () => 0.1),
      activation: 'sigmoid',
    });
    const deep = {
      format: 2,
      layers: [layer(2, 2), layer(2, 2), layer(2, 1)],
      loss: { name: 'mse' },
    };
    await root.locator('textarea[data-net]').fill(JSON.stringify(deep));
    await root.locator('input[data-param="x"]').fill('1,2');
    await root.locator('input[data-param="y"]').fill('1');
    await root.locator('[data-action="load"]').click();
    expect(await root.locator('[data-readout="steps"]').textContent()).toBe('13');
    expect(await hint.textContent()).toBe('whole number from 0 to 13, this network’s steps');
    expect(await root.locator('input[type="range"][data-param="at"]').getAttribute('max')).toBe(
      '13',
    );
    // The check table scrolls sideways in its box; its caption stays inside the box.
    const fits = await root.locator('.ff-step-check-scroll').evaluate((box) => {
      const caption = box.querySelector('caption')!.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      return caption.right <= outer.right + 1 && caption.left >= outer.left - 1;
    });
    expect(fits).toBe(true);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(
      await root.locator('.ff-step-check-scroll').evaluate((box) => {
        const caption = box.querySelector('caption')!.getBoundingClientRect();
        return caption.right <= box.getBoundingClientRect().right + 1;
      }),
    ).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('writes every number of every step inside its drawing, readable on a phone, where the step scrolls it into view', async ({
    expect,
  }) => {
    /** The drawing's labels: their rendered font size, and whether each lies inside `box`. */
    const labels = (root: Locator, selector: string) =>
      root.locator(selector).evaluate((box) => {
        const outer = box.getBoundingClientRect();
        return [...box.querySelectorAll<SVGTextElement>('.ff-step-values text')].map((t) => {
          const r = t.getBoundingClientRect();
          const svg = t.ownerSVGElement!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return {
            text: t.textContent,
            px: scale * parseFloat(getComputedStyle(t).fontSize),
            inside: r.left >= outer.left - 0.5 && r.right <= outer.right + 0.5,
          };
        });
      });
    const wide = await newContext(browser);
    const desk = await openWidget(wide, PAGE, 'step');
    const scroller = desk.root.locator('[data-diagram-scroll]');
    expect(await scroller.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
    for (let k = 0; k <= 9; k++) {
      const shown = await labels(desk.root, 'svg[data-diagram]');
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((l) => !l.inside)).toEqual([]);
      await desk.root.locator('[data-action="next"]').click();
    }
    expect(desk.problems).toEqual([]);
    await wide.close();

    const phone = await newContext(browser, { viewport: { width: 360, height: 800 } });
    const { root, problems } = await openWidget(phone, PAGE, 'step');
    const box = root.locator('[data-diagram-scroll]');
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    expect(await root.evaluate((r) => r.scrollWidth <= r.clientWidth)).toBe(true);
    await root.locator('[data-action="next"]').focus();
    for (const k of [1, 2]) {
      await root.locator('[data-action="next"]').press('ArrowRight');
      expect(await stepShown(root)).toBe(String(k));
      const layer = String(k);
      const values = await root.locator('[data-diagram-scroll]').evaluate((b, l) => {
        const outer = b.getBoundingClientRect();
        return [...b.querySelectorAll(`[data-node^="${l},"]`)].map((c) => {
          const r = c.getBoundingClientRect();
          return r.left >= outer.left && r.right <= outer.right;
        });
      }, layer);
      expect(values.length).toBeGreaterThan(0);
      expect(values.every(Boolean)).toBe(true);
      const shown = await labels(root, '[data-diagram-scroll]');
      const written = shown.filter((l) => /^[az] /.test(l.text ?? ''));
      // a and z on each node of the layer, and z (the sample x) on the three inputs.
      expect(written.length).toBe(3 + (k === 1 ? 8 : 4));
      for (const l of shown) expect(l.px).toBeGreaterThanOrEqual(9);
    }
    expect(problems).toEqual([]);
    await phone.close();
  });

  it('explains bad JSON inline and keeps the last network', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PAGE, 'step');
    const before = await cellValue(root, 'W(1)_00');
    const message = root.locator('[data-message-for="net"]');
    const wide = JSON.stringify({
      format: 2,
      layers: [{ weights: [Array(100).fill(0.1)], biases: Array(100).fill(0), activation: 'tanh' }],
      loss: { name: 'mse' },
    });
    const shapes = JSON.stringify({
      format: 2,
      layers: [
        { weights: [[1, 2, 3]], biases: [0, 0, 0], activation: 'tanh' },
        { weights: [[1], [2]], biases: [0], activation: 'sigmoid' },
      ],
      loss: { name: 'mse' },
    });
    const cases: [string, RegExp][] = [
      ['{"layers": [', /not valid JSON/],
      [shapes, /layers\[1\]\.weights has 2 rows but the previous layer has 3 nodes/],
      [JSON.stringify(PRESETS.example.json).replace('"biases":[', '"biases":[NaN,'), /JSON/],
      [wide, /100 nodes/],
    ];
    for (const [text, pattern] of cases) {
      await root.locator('textarea[data-net]').fill(text);
      await root.locator('[data-action="load"]').click();
      expect(await message.textContent()).toMatch(pattern);
      expect(await message.textContent()).toMatch(/last good network is kept/);
      expect(await root.locator('textarea[data-net]').getAttribute('aria-invalid')).toBe('true');
      expect(await cellValue(root, 'W(1)_00')).toBe(before);
    }
    expect(await root.textContent()).not.toMatch(/NaN|Infinity/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when Load finds the box empty, and replaces a field’s old message by what is wrong now', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PAGE, 'step');
    const before = await cellValue(root, 'W(1)_00');
    await root.locator('textarea[data-net]').fill('');
    await root.locator('[data-action="load"]').click();
    const net = root.locator('[data-message-for="net"]');
    expect(await net.textContent()).toMatch(
      /^No network is pasted: .*last good network is kept\.$/,
    );
    expect(await cellValue(root, 'W(1)_00')).toBe(before);
    const x = root.locator('input[type="text"][data-param="x"]');
    const said = root.locator('[data-message-for="x"]');
    await x.fill('0.5,abc');
    expect(await said.textContent()).toMatch(/^Not a number/);
    await x.fill('0.5');
    expect(await said.textContent()).toBe('x has 1 value but the network takes 3 inputs: give 3.');
    expect(await x.getAttribute('aria-invalid')).toBe('true');
    await x.fill('0.5,1,2');
    expect(await said.textContent()).toBe('');
    expect(await x.getAttribute('aria-invalid')).toBeNull();
    // The drawn network is back in the box, and the message about the empty box is gone.
    expect(await net.textContent()).toBe('');
    expect(await root.locator('textarea[data-net]').inputValue()).toContain('"layers"');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a pasted network that did not load while other controls move, until Reset', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PAGE, 'step');
    const box = root.locator('textarea[data-net]');
    const said = root.locator('[data-message-for="net"]');
    const first = await box.inputValue();
    const pasted = '{"layers": [{"weights": [[0.1, 0.2]], "biases": [0';
    await box.fill(pasted);
    await root.locator('[data-action="load"]').click();
    expect(await said.textContent()).toMatch(/not valid JSON/);
    const eta = root.locator('input[type="range"][data-param="eta"]');
    await eta.focus();
    await eta.press('ArrowRight');
    await root.locator('[data-action="next"]').click();
    expect(await stepShown(root)).toBe('1');
    // The reader's text and what is wrong with it stay, to be corrected rather than retyped.
    expect(await box.inputValue()).toBe(pasted);
    expect(await said.textContent()).toMatch(/not valid JSON/);
    await root.locator('[data-action="reset"]').click();
    expect(await box.inputValue()).toBe(first);
    expect(first).toContain('"layers"');
    expect(await said.textContent()).toBe('');
    expect(await box.getAttribute('aria-invalid')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names the network’s own step count for a step past it, in the address and in the field', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PAGE, 'step', '?step.at=99');
    expect(await root.locator('[data-notice]').textContent()).toBe(
      'step: this network has 9 steps, so step 99 is past them. The start is shown.',
    );
    expect(await stepShown(root)).toBe('0');
    const at = root.locator('input[type="text"][data-param="at"]');
    await at.fill('20');
    expect(await root.locator('[data-message-for="at"]').textContent()).toBe(
      '20 is out of range: enter a whole number from 0 to 9.',
    );
    expect(await stepShown(root)).toBe('0');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('turns the check red with each mistake, on a network it applies to', async ({ expect }) => {
    const context = await newContext(browser);
    const { root, problems } = await openWidget(context, PAGE, 'step');
    const verdict = root.locator('[data-step-verdict]');
    for (const m of MISTAKES) {
      const preset = m.id === 'softmaxElementwise' ? 'softmax' : 'mazur';
      await root.locator('select[data-param="preset"]').selectOption(preset);
      await root.locator('input[data-param="mistake"][value="none"]').check();
      expect(await verdict.getAttribute('data-verdict'), `${m.id} off`).toBe('pass');
      // "Break it" is a set of radio buttons: every mistake in view at once.
      await root.getByRole('radio', { name: m.label }).check();
      expect(await verdict.getAttribute('data-verdict'), m.id).toBe('fail');
      expect(Number(await root.locator('[data-readout="failed"]').textContent())).toBeGreaterThan(
        0,
      );
      expect(await root.locator('tr[data-passed="false"]').count()).toBeGreaterThan(0);
      expect(await root.locator('[data-mistake-note]').isVisible()).toBe(true);
      // The first step it acts on shows the broken equation beside the right one.
      const { json, x, y } = PRESETS[preset];
      const steps = stepThrough(fromJSON(json), x, y, 0.5, m).steps;
      const at = steps.findIndex((s) => s.broken !== undefined) + 1;
      const broken = root.locator('[data-step-broken]');
      await root.locator('input[type="text"][data-param="at"]').fill(String(at - 1));
      await root.locator('input[type="text"][data-param="at"]').press('Enter');
      expect(await broken.isVisible(), `${m.id} before step ${at}`).toBe(false);
      await root.locator('[data-action="next"]').click();
      expect(await broken.isVisible(), `${m.id} at step ${at}`).toBe(true);
      expect(await broken.locator('annotation').textContent()).toBe(steps[at - 1]!.broken!.tex);
      await root.locator('[data-action="reset"]').click();
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens on the network, sample and η of an address without the widget’s prefix', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const json = JSON.stringify(PRESETS.mazur.json);
    const query = `?net=${encodeURIComponent(json)}&x=0.05,0.1&y=0.01,0.99&eta=0.5`;
    const { page, root, problems } = await openWidget(context, PAGE, 'step', query);
    // Matt Mazur's hand-worked example: w5 becomes 0.35891648.
    expect(await cellValue(root, 'W(2)_00 new')).toBeCloseTo(0.35891648, 8);
    expect(await page.evaluate(() => location.search)).toContain('step.net=');
    expect(problems).toEqual([]);
    await context.close();
  });
});

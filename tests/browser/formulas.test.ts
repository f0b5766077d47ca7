/**
 * Every equation's counterpart panels on every page: they open, the code is there, the tests panel
 * says something true, the live evaluation answers a changed input with the engine's values for it
 * (compared in Node with the registry's evaluate, at the defaults and after the edit), and bad input
 * gets an inline message while the last good result stays. Nothing on the page shows NaN or Infinity.
 *
 * The per-formula work runs inside the page (one round trip per page instead of hundreds): it sets
 * values and fires the same `input` event typing does. Real key presses are in keyboard.test.ts.
 */
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { formulaById } from '../../lib/formulas/index.ts';
import { parseInput } from '../../src/lib-site/parse.ts';
import { evaluationHtml } from '../../src/lib-site/rows.ts';
import { connect, newContext, openWatched } from './session.ts';
import { sitePages } from './site-pages.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** What a live evaluation showed for the inputs as they stood: checked against the engine in Node. */
interface Shown {
  readonly id: string;
  readonly values: Record<string, string>;
  readonly text: string;
}

/**
 * Runs in the page: checks one <figure class="ff-formula"> and returns what is wrong with it, and
 * what its result showed before and after an edit (with the inputs' text at the time).
 */
async function checkFigure(figure: Element): Promise<{ problems: string[]; shown: Shown[] }> {
  const BAD_INPUTS = ['abc', '', '1e309', 'NaN'];
  const id =
    figure.querySelector('[data-formula]')?.getAttribute('data-formula') ?? '(no data-formula)';
  const problems: string[] = [];
  const shown: Shown[] = [];
  const fail = (what: string) => problems.push(`${id}: ${what}`);
  for (const summary of figure.querySelectorAll<HTMLElement>('.ff-panels summary')) summary.click();
  if (figure.querySelectorAll('.ff-panel[open]').length !== 3) fail('not every panel opened');
  // 'toggle' fires in a later task: each panel builds its content then (it is carried in a
  // <noscript> until opened), and one whose code is shown higher up copies that code.
  for (let t = 0; figure.querySelector('details[open] > noscript.ff-deferred') && t < 200; t++) {
    await new Promise((done) => setTimeout(done, 10));
  }
  if (figure.querySelector('details[open] > noscript.ff-deferred')) fail('a panel never built');
  // Opening "Try it" loads the engine; once it is in, an edit is answered in the same task.
  const live = figure.querySelector<HTMLElement>('formula-live');
  if (live?.querySelector('form')) {
    for (let t = 0; live.dataset['ready'] !== 'true' && t < 400; t++) {
      await new Promise((done) => setTimeout(done, 25));
    }
    if (live.dataset['ready'] !== 'true') fail('the live evaluation never loaded the engine');
  }
  if (figure.querySelector('.ff-panel pre') === null) fail('no code in the Code panel');
  const tests = figure.querySelectorAll('.ff-panel')[2]?.textContent ?? '';
  if (!/passed|failed|not verified in this build/i.test(tests))
    fail(`tests panel says "${tests.trim().slice(0, 60)}"`);

  const result = figure.querySelector('.ff-result');
  const inputs = [...figure.querySelectorAll<HTMLInputElement>('.ff-field input')];
  if (result === null) return { problems: [...problems, `${id}: no result`], shown };
  if (inputs.length === 0) return { problems, shown };
  const snapshot = () =>
    shown.push({
      id,
      values: Object.fromEntries(inputs.map((i) => [i.name, i.value])),
      text: result.textContent ?? '',
    });
  snapshot();
  const set = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  /** A valid value other than the current one: a tenth of the range up, or down near the top. */
  const changed = (input: HTMLInputElement) => {
    const [min, max, step] = ['min', 'max', 'step'].map((k) => Number(input.dataset[k]));
    const current = Number(input.value);
    const move = Math.max(((max ?? 1) - (min ?? 0)) / 10, step ?? 1);
    const next = current + move <= (max ?? Infinity) ? current + move : current - move;
    return String(
      input.dataset['integer'] === 'true' ? Math.round(next) : Number(next.toPrecision(6)),
    );
  };
  // Some inputs leave the result alone (an index the shown entry does not use): find one that moves it.
  const before = result.innerHTML;
  const input = inputs.find((candidate) => {
    const original = candidate.value;
    set(candidate, changed(candidate));
    if (candidate.getAttribute('aria-invalid') !== 'false')
      fail(`${candidate.name} = ${candidate.value} refused`);
    if (result.innerHTML !== before) return true;
    set(candidate, original);
    return false;
  });
  if (input === undefined)
    return { problems: [...problems, `${id}: no input changes the result`], shown };
  snapshot();
  const good = result.innerHTML;
  const message = document.getElementById(`${input.id}-msg`);
  for (const bad of BAD_INPUTS) {
    set(input, bad);
    if (input.getAttribute('aria-invalid') !== 'true') fail(`"${bad}" not marked invalid`);
    if ((message?.textContent ?? '').length < 10) fail(`"${bad}" not explained`);
    if (result.innerHTML !== good) fail(`last good result lost after "${bad}"`);
  }
  return { problems, shown };
}

/** The text the engine's evaluation of these inputs renders to, as the page would show it. */
function engineText({ id, values }: Shown): string {
  const formula = formulaById(id);
  const parsed = Object.fromEntries(
    formula.inputs.map((input) => {
      const result = parseInput(values[input.name] ?? '', input);
      if (!result.ok)
        throw new Error(`${id}: ${input.name} = ${values[input.name]}: ${result.message}`);
      return [input.name, result.value];
    }),
  );
  const { document } = parseHTML(`<div>${evaluationHtml(formula.evaluate(parsed))}</div>`);
  return document.querySelector('div')?.textContent ?? '';
}

describe.concurrent.each(sitePages())('formulas on %s', (path) => {
  it('open their panels, answer edits and refuse bad input without losing the last result', async ({
    expect,
  }) => {
    const context = await newContext(browser);
    const { page, problems } = await openWatched(context, path);
    const checked = await page.$$eval(
      'figure.ff-formula',
      async (figures, check) => {
        const run = new Function(`return (${check})`)() as typeof checkFigure;
        const all = [];
        for (const figure of figures) all.push(await run(figure));
        return all;
      },
      checkFigure.toString(),
    );
    expect(checked.flatMap((c) => c.problems)).toEqual([]);
    // The values shown, at the defaults and after the edit, are the engine's for those inputs.
    const shown = checked.flatMap((c) => c.shown);
    for (const s of shown)
      expect(s.text, `${s.id} at ${JSON.stringify(s.values)}`).toBe(engineText(s));
    // What the widgets print (test names and prose may mention NaN; these may not show one).
    const printed = await page.$$eval(
      '.ff-result, .ff-status, .ff-msg, .ff-hint, .ff-title, [data-formula]',
      (all) => all.map((el) => el.textContent ?? ''),
    );
    expect(printed.filter((text) => /\bNaN\b|Infinity|∞|undefined/.test(text))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

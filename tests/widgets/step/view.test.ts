import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { normalizeMinus } from '../../../src/lib-site/format.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import {
  diagramKey,
  drawStepDiagram,
  stepDiagramDescription,
} from '../../../src/widgets/step/diagram.ts';
import { step } from '../../../src/widgets/step/model.ts';
import { PRESETS } from '../../../src/widgets/step/presets.ts';
import {
  checkTableBody,
  precise,
  refreshCheckTable,
  refreshValueTable,
  valueTableBody,
  verdict,
} from '../../../src/widgets/step/tables.ts';

const start = defaults(step.params);
const doc = serverDocument();

describe('the step-through’s drawing and tables', () => {
  it('writes every value with at least 8 significant digits, and the exact value beside it', () => {
    expect(precise(0.123456789012)).toBe('0.1234567890');
    expect(precise(-2.5e-7)).toBe('−2.500000000e-7');
    expect(precise(3)).toBe('3');
    const d = step.derive(start);
    const body = valueTableBody(doc, d, 0);
    const cells = [...body.querySelectorAll('td[data-symbol]')];
    expect(cells).toHaveLength(d.table.length);
    for (const c of cells) {
      const exact = Number(c.getAttribute('data-value'));
      const shown = Number(normalizeMinus(c.textContent ?? ''));
      expect(Math.abs(shown - exact)).toBeLessThanOrEqual(Math.abs(exact) * 1e-8);
    }
  });

  it('marks the rows of the current step', () => {
    const s = { ...start, at: 3 };
    const body = valueTableBody(doc, step.derive(s), 3);
    const marked = [...body.querySelectorAll('tr.ff-chosen td[data-symbol]')];
    expect(marked.map((c) => c.getAttribute('data-symbol'))).toEqual(['L']);
  });

  it('puts the current step’s numbers on its layer’s nodes and lights that layer', () => {
    const s = { ...start, at: 5 };
    const d = step.derive(s);
    const g = drawStepDiagram(doc, d);
    const node = g.querySelector('[data-node="1,2"]')!;
    expect(node.getAttribute('class')).toContain('ff-current');
    expect(node.getAttribute('data-value')).toBe(`delta(1)_2=${d.run.back.deltas[1]![2]}`);
    expect(g.querySelector('[data-node="2,0"]')!.getAttribute('class')).not.toContain('ff-current');
    // Before the first step the connections carry the weights.
    const before = drawStepDiagram(doc, step.derive(start));
    expect(before.querySelector('[data-edge="2,3,1"]')!.getAttribute('data-value')).toBe(
      String(d.table.find((r) => r.symbol === 'W(2)_31')!.value),
    );
  });

  it('keys the drawing by what it shows: equal keys draw the same, a change of shown value changes it', () => {
    const drawn = (d: ReturnType<typeof step.derive>) =>
      drawStepDiagram(doc, d).outerHTML + stepDiagramDescription(d);
    const states = [0, 1, 5, 9].flatMap((at) =>
      [0.1, 0.5, 2.5].map((eta) => step.derive({ ...start, at, eta })),
    );
    for (const a of states) {
      for (const b of states) {
        expect(diagramKey(a) === diagramKey(b)).toBe(drawn(a) === drawn(b));
      }
    }
    // Before the first step η changes nothing drawn; on the update step it moves the weights.
    const eta = (e: number, at: number) => diagramKey(step.derive({ ...start, eta: e, at }));
    expect(eta(0.1, 0)).toBe(eta(2.5, 0));
    const last = step.derive(start).run.steps.length;
    expect(eta(0.1, last)).not.toBe(eta(2.5, last));
    const other = step.derive({
      ...start,
      preset: 'softmax',
      x: PRESETS.softmax.x,
      y: PRESETS.softmax.y,
    });
    expect(diagramKey(other)).not.toBe(eta(0.5, 0));
  });

  it('lists one check row per parameter, red where a mistake makes it fail', () => {
    const d = step.derive({ ...start, mistake: 'flippedSign' });
    const body = checkTableBody(doc, d);
    expect(body.querySelectorAll('tr')).toHaveLength(26);
    expect(body.querySelectorAll('tr[data-passed="false"]').length).toBe(d.check.failed);
    expect(d.check.failed).toBeGreaterThan(0);
    expect(verdict(d)).toMatch(/^Fail: \d+ of the 26 parameter updates disagree/);
    expect(verdict(step.derive(start))).toMatch(
      /^Pass: the update of every one of the 26 parameters agrees/,
    );
  });

  it('refreshes both tables in place to read exactly as rebuilt ones, for another η and step', () => {
    const before = step.derive(start);
    const after = step.derive({ ...start, eta: 2.5, at: 4 });
    const values = valueTableBody(doc, before, 0);
    const firstCell = values.querySelector('td[data-symbol]');
    expect(refreshValueTable(values, after, 4)).toBe(true);
    expect(values.outerHTML).toBe(valueTableBody(doc, after, 4).outerHTML);
    expect(values.querySelector('td[data-symbol]')).toBe(firstCell);
    const checks = checkTableBody(doc, before);
    expect(refreshCheckTable(checks, after)).toBe(true);
    expect(checks.outerHTML).toBe(checkTableBody(doc, after).outerHTML);
  });

  it('refreshes a check table into a failing one when a mistake is chosen, row by row', () => {
    const broken = step.derive({ ...start, mistake: 'flippedSign' });
    const checks = checkTableBody(doc, step.derive(start));
    expect(refreshCheckTable(checks, broken)).toBe(true);
    expect(checks.outerHTML).toBe(checkTableBody(doc, broken).outerHTML);
  });

  it('refuses to refresh tables of another network, for the caller to rebuild them', () => {
    const { x, y } = PRESETS.softmax;
    const other = step.derive({ ...start, preset: 'softmax', x, y });
    const values = valueTableBody(doc, step.derive(start), 0);
    const html = values.outerHTML;
    expect(other.table.length).not.toBe(step.derive(start).table.length);
    expect(refreshValueTable(values, other, 0)).toBe(false);
    expect(values.outerHTML).toBe(html);
    const checks = checkTableBody(doc, step.derive(start));
    expect(refreshCheckTable(checks, other)).toBe(false);
  });

  it('refuses when the rows hold other symbols in the same number', () => {
    const d = step.derive(start);
    const values = valueTableBody(doc, d, 0);
    values.querySelector('td[data-symbol]')!.setAttribute('data-symbol', 'elsewhere');
    expect(refreshValueTable(values, d, 0)).toBe(false);
    const checks = checkTableBody(doc, d);
    checks.querySelector('tr')!.setAttribute('data-check', 'elsewhere');
    expect(refreshCheckTable(checks, d)).toBe(false);
  });
});

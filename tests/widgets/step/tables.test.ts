import { NETWORK_FORMAT } from '../../../lib/network/json.ts';
import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { step } from '../../../src/widgets/step/model.ts';
import {
  checkTableBody,
  precise,
  refreshCheckTable,
  refreshValueTable,
  valueTableBody,
  verdict,
} from '../../../src/widgets/step/tables.ts';

describe('the step-through’s tables, cell by cell', () => {
  it('writes whole numbers plainly and large or fractional ones to 10 significant digits', () => {
    expect(precise(-3)).toBe('−3');
    expect(precise(0)).toBe('0');
    expect(precise(999_999_999)).toBe('999999999');
    expect(precise(12_345_678_901)).toBe('1.234567890e+10');
    expect(precise(-12_345_678_901)).toBe('−1.234567890e+10');
    expect(precise(-0.4)).toBe('−0.4000000000');
    expect(precise(2.5e-7)).toBe('2.500000000e-7');
  });

  it('lays out a value row as step, layer, place, symbol (a row header) and the boxed number', () => {
    const doc = serverDocument();
    const d = step.derive({ ...defaults(step.params), at: 1 });
    const body = valueTableBody(doc, d, 1);
    expect(body.tagName.toLowerCase()).toBe('tbody');
    expect(body.children[1]!.outerHTML).toBe(
      '<tr><td>0</td><td>0</td><td>node 1</td><th scope="row">z(0)_1</th>' +
        '<td data-value="2" data-symbol="z(0)_1"><span class="ff-num">2</span></td></tr>',
    );
    const chosen = body.querySelectorAll('tr.ff-chosen');
    expect(chosen[1]!.outerHTML).toBe(
      '<tr class="ff-chosen"><td>1</td><td>1</td><td>node 1</td><th scope="row">a(1)_1</th>' +
        '<td data-value="-0.4" data-symbol="a(1)_1"><span class="ff-num">−0.4000000000</span></td></tr>',
    );
    expect([...chosen].every((tr) => tr.firstElementChild!.textContent === '1')).toBe(true);
  });

  it('names an edge’s place by its two ends and marks no row before the first step', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const body = valueTableBody(doc, d, 0);
    const w = body.querySelector('td[data-symbol="W(1)_23"]')!.parentElement!;
    expect(w.children[2]!.textContent).toBe('edge 2 → 3');
    expect(w.children[1]!.textContent).toBe('1');
    expect(body.querySelectorAll('tr.ff-chosen')).toHaveLength(0);
    expect(body.querySelectorAll('tr[class]')).toHaveLength(0);
    const places = new Set([...body.children].map((tr) => tr.children[2]!.textContent));
    expect(places.has('node 0')).toBe(true);
    expect(places.has('whole layer')).toBe(true);
  });

  it('refreshes the marked rows: steps 1 then 0 leave the table as a fresh one of step 0', () => {
    const doc = serverDocument();
    const s = defaults(step.params);
    const one = step.derive({ ...s, at: 1 });
    const body = valueTableBody(doc, one, 1);
    expect(refreshValueTable(body, one, 0)).toBe(true);
    expect(body.querySelectorAll('tr.ff-chosen')).toHaveLength(0);
    expect(refreshValueTable(body, one, 1)).toBe(true);
    expect(body.outerHTML).toBe(valueTableBody(doc, one, 1).outerHTML);
  });

  it('writes a check row as name, backprop gradient, −step/η, the step, −η ∂L/∂θ, error, verdict', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    expect(checkTableBody(doc, d).firstElementChild!.outerHTML).toBe(
      '<tr data-passed="true" data-check="W(1)_00"><th scope="row">W(1)_00</th>' +
        '<td><span class="ff-num">−0.01345425196</span></td>' +
        '<td><span class="ff-num">−0.01345425196</span></td>' +
        '<td><span class="ff-num">0.006727125980</span></td>' +
        '<td><span class="ff-num">0.006727125980</span></td>' +
        '<td><span class="ff-num ff-num-short">7.52e−11</span></td><td>✓ pass</td></tr>',
    );
    expect(checkTableBody(doc, d).tagName.toLowerCase()).toBe('tbody');
    const broken = step.derive({ ...defaults(step.params), mistake: 'flippedSign' });
    expect(checkTableBody(doc, broken).firstElementChild!.outerHTML).toBe(
      '<tr data-passed="false" data-check="W(1)_00"><th scope="row">W(1)_00</th>' +
        '<td><span class="ff-num">−0.01345425196</span></td>' +
        '<td><span class="ff-num">−0.01345425196</span></td>' +
        '<td><span class="ff-num">−0.006727125980</span></td>' +
        '<td><span class="ff-num">0.006727125980</span></td>' +
        '<td><span class="ff-num ff-num-short">2.00e+0</span></td><td>✗ fail</td></tr>',
    );
  });

  it('checks a bias row against its bias gradient', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const row = d.check.rows.find((r) => r.edge === undefined)!;
    const tr = checkTableBody(doc, d).querySelector(`tr[data-check="${row.symbol}"]`)!;
    const g = d.run.back.gradients[row.layer - 1]!.biases[row.node!]!;
    expect(tr.children[1]!.textContent).toBe(precise(g));
    expect(tr.children[2]!.textContent).toBe(precise(g));
  });

  it('refreshes a failing check table back to a passing one, verdicts and marks included', () => {
    const doc = serverDocument();
    const good = step.derive(defaults(step.params));
    const broken = step.derive({ ...defaults(step.params), mistake: 'flippedSign' });
    const body = checkTableBody(doc, broken);
    expect(refreshCheckTable(body, good)).toBe(true);
    expect(body.outerHTML).toBe(checkTableBody(doc, good).outerHTML);
    expect(body.querySelectorAll('tr[data-passed="false"]')).toHaveLength(0);
  });

  it('refuses a value table whose row has lost its value cell', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const values = valueTableBody(doc, d, 0);
    values.firstElementChild!.lastElementChild!.remove();
    expect(refreshValueTable(values, d, 0)).toBe(false);
  });

  it('refuses a check table with a row fewer', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const body = checkTableBody(doc, d);
    body.lastElementChild!.remove();
    expect(refreshCheckTable(body, d)).toBe(false);
    const values = valueTableBody(doc, d, 0);
    values.lastElementChild!.remove();
    expect(refreshValueTable(values, d, 0)).toBe(false);
  });

  it('states the verdict in full, the tolerance and the worst error with it', () => {
    const good = step.derive(defaults(step.params));
    expect(verdict(good)).toBe(
      'Pass: the update of every one of the 26 parameters agrees with −η ∂L/∂θ (relative error at most 1e−5, central differences at h = 1e−5).',
    );
    const broken = step.derive({ ...defaults(step.params), mistake: 'flippedSign' });
    expect(verdict(broken)).toBe(
      'Fail: 26 of the 26 parameter updates disagree with −η ∂L/∂θ (relative error at most 1e−5, central differences at h = 1e−5); the largest relative error is 2.00e+0.',
    );
  });

  it('writes “cannot be added” and no error for a step the update could not take, and says so in the verdict', () => {
    const doc = serverDocument();
    // The transposed update does not fit the 3-4-2 example's W(1) (3 × 4) nor its W(2) (4 × 2).
    const d = step.derive({ ...defaults(step.params), mistake: 'transposedUpdate' });
    const first = checkTableBody(doc, d).firstElementChild!;
    expect([...first.children].map((c) => c.textContent)).toEqual([
      'W(1)_00',
      '−0.01345425196',
      '−0.01345425196',
      'cannot be added',
      '0.006727125980',
      '—',
      '✗ fail',
    ]);
    expect(verdict(d)).toBe(
      'Fail: 20 of the 26 parameter updates disagree with −η ∂L/∂θ (relative error at most 1e−5, central differences at h = 1e−5): none of them can be applied at all, as their shapes do not fit the parameters.',
    );
  });

  it('names the largest relative error of the failing updates, not the smallest', () => {
    const d = step.derive({ ...defaults(step.params), mistake: 'outputNoDerivative' });
    const errors = d.check.rows.filter((r) => !r.passed).map((r) => r.relativeError);
    expect(Math.min(...errors)).toBeLessThan(Math.max(...errors));
    expect(verdict(d)).toMatch(
      new RegExp(
        `; the largest relative error is ${Math.max(...errors)
          .toExponential(2)
          .replace('-', '−')}\\.$`,
      ),
    );
  });

  it('counts the updates that cannot be applied apart from the ones that are wrong', () => {
    // 2-2-3: the transposed update fits W(1) (2 × 2) but not W(2) (2 × 3).
    const net = JSON.stringify({
      format: NETWORK_FORMAT,
      layers: [
        {
          weights: [
            [0.1, 0.4],
            [-0.3, 0.2],
          ],
          biases: [0, 0.1],
          activation: 'sigmoid',
        },
        {
          weights: [
            [0.5, -0.2, 0.3],
            [0.1, 0.6, -0.4],
          ],
          biases: [0, 0, 0],
          activation: 'sigmoid',
        },
      ],
      loss: { name: 'mse' },
    });
    const s = {
      ...defaults(step.params),
      net,
      x: [1, -1],
      y: [1, 0, 0],
      mistake: 'transposedUpdate',
    };
    const d = step.derive(s);
    const wrong = d.check.rows.filter((r) => r.step !== null && !r.passed);
    expect(wrong.map((r) => r.symbol)).toEqual(['W(1)_01', 'W(1)_10']);
    const largest = Math.max(...wrong.map((r) => r.relativeError))
      .toExponential(2)
      .replace('-', '−');
    expect(verdict(d)).toBe(
      `Fail: 8 of the 15 parameter updates disagree with −η ∂L/∂θ (relative error at most 1e−5, central differences at h = 1e−5): 6 of them cannot be applied at all, as their shapes do not fit the parameters, and the largest relative error of the others is ${largest}.`,
    );
  });
});

/**
 * The step-through's two tables as DOM built in a given `document` (linkedom's at build time, the
 * browser's live): every value (layer, node or edge, symbol, value; each value cell carries
 * `data-symbol` and the exact `data-value`) and the gradient check of every parameter.
 */
import { setText } from '../kit/patch.ts';
import type { StepDerived } from './model.ts';

/** At least 8 significant digits (10), with the typographic minus. */
export const precise = (v: number): string =>
  (Number.isInteger(v) && Math.abs(v) < 1e9 ? String(v) : v.toPrecision(10)).replace(/^-/, '−');

function cell(document: Document, tag: 'td' | 'th', content: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  return el;
}

/**
 * A cell whose number moves with the sliders. The number sits in a box of fixed size
 * (`.ff-num`, widgets-network.css), so the browser lays out only that box when it changes,
 * not the whole table: a move of η changes about a hundred of them at once.
 */
function numberCell(document: Document, content: string, short = false): HTMLElement {
  const el = document.createElement('td');
  const box = document.createElement('span');
  box.setAttribute('class', short ? 'ff-num ff-num-short' : 'ff-num');
  box.textContent = content;
  el.append(box);
  return el;
}

/** Sets a cell's number (in its box, if it has one) when it differs. */
function setNumber(td: Element, text: string): void {
  setText(td.firstElementChild ?? td, text);
}

/** Where a value sits, in words: "node 2" or "edge 0 → 1". */
function place(row: { node?: number; edge?: readonly [number, number] }): string {
  if (row.edge !== undefined) return `edge ${row.edge[0]} → ${row.edge[1]}`;
  return row.node === undefined ? 'whole layer' : `node ${row.node}`;
}

/** The value table's body: one row per value, the current step's rows marked. */
export function valueTableBody(document: Document, d: StepDerived, at: number): HTMLElement {
  const body = document.createElement('tbody');
  for (const row of d.table) {
    const tr = document.createElement('tr');
    if (row.step === at && at > 0) tr.setAttribute('class', 'ff-chosen');
    tr.append(
      cell(document, 'td', String(row.step)),
      cell(document, 'td', String(row.layer)),
      cell(document, 'td', place(row)),
      cell(document, 'th', row.symbol),
    );
    tr.lastElementChild!.setAttribute('scope', 'row');
    const value = numberCell(document, precise(row.value));
    value.setAttribute('data-symbol', row.symbol);
    value.setAttribute('data-value', String(row.value));
    tr.append(value);
    body.append(tr);
  }
  return body;
}

/**
 * Brings a live value table up to date in place when it lists the same values in the same order
 * (a change of η or of the step, the common case): only the value cells whose number changed and
 * the marked rows are touched, no new table is built. Returns false when the rows differ (another
 * network or mistake), for the caller to rebuild.
 */
export function refreshValueTable(body: Element, d: StepDerived, at: number): boolean {
  const rows = body.children;
  if (rows.length !== d.table.length) return false;
  const cells: Element[] = [];
  for (let k = 0; k < rows.length; k++) {
    const cell = rows[k]!.children[4];
    if (cell?.getAttribute('data-symbol') !== d.table[k]!.symbol) return false;
    cells.push(cell);
  }
  d.table.forEach((row, k) => {
    const tr = rows[k]!;
    const chosen = row.step === at && at > 0;
    if (tr.classList.contains('ff-chosen') !== chosen) tr.classList.toggle('ff-chosen', chosen);
    const exact = String(row.value);
    const cell = cells[k]!;
    if (cell.getAttribute('data-value') === exact) return;
    cell.setAttribute('data-value', exact);
    setNumber(cell, precise(row.value));
  });
  return true;
}

/** The texts of a check row after its name: both gradients, the step, −η ∂L/∂θ, error, verdict. */
function checkCells(d: StepDerived, row: StepDerived['check']['rows'][number]): string[] {
  const g = d.run.back.gradients[row.layer - 1]!;
  const backprop =
    row.edge === undefined ? g.biases[row.node!]! : g.weights[row.edge[0]]![row.edge[1]]!;
  return [
    precise(backprop),
    precise(-row.expected / d.check.eta),
    row.step === null ? 'cannot be added' : precise(row.step),
    precise(row.expected),
    Number.isFinite(row.relativeError) ? row.relativeError.toExponential(2).replace('-', '−') : '—',
    row.passed ? '✓ pass' : '✗ fail',
  ];
}

/**
 * The check table's body: ∂L/∂θ by backpropagation (the mistaken one when a mistake is on) and by
 * central differences, then the step taken beside −η times the latter, their relative error, verdict.
 */
export function checkTableBody(document: Document, d: StepDerived): HTMLElement {
  const body = document.createElement('tbody');
  for (const row of d.check.rows) {
    const tr = document.createElement('tr');
    tr.setAttribute('data-check', row.symbol);
    tr.setAttribute('data-passed', String(row.passed));
    const name = cell(document, 'th', row.symbol);
    name.setAttribute('scope', 'row');
    const texts = checkCells(d, row);
    const verdictCell = cell(document, 'td', texts.pop()!);
    const error = numberCell(document, texts.pop()!, true);
    tr.append(name, ...texts.map((text) => numberCell(document, text)), error, verdictCell);
    body.append(tr);
  }
  return body;
}

/**
 * The check table brought up to date in place when it checks the same parameters in the same
 * order; false when they differ, for the caller to rebuild (as refreshValueTable).
 */
export function refreshCheckTable(body: Element, d: StepDerived): boolean {
  const rows = body.children;
  if (rows.length !== d.check.rows.length) return false;
  for (let k = 0; k < rows.length; k++)
    if (rows[k]!.getAttribute('data-check') !== d.check.rows[k]!.symbol) return false;
  d.check.rows.forEach((row, k) => {
    const tr = rows[k]!;
    const passed = String(row.passed);
    if (tr.getAttribute('data-passed') !== passed) tr.setAttribute('data-passed', passed);
    checkCells(d, row).forEach((text, c) => setNumber(tr.children[c + 1]!, text));
  });
  return true;
}

/** The one-line verdict of the check, counting parameter updates (the stepper counts steps). */
export function verdict(d: StepDerived): string {
  const { check } = d;
  const exp = (v: number, digits: number) => v.toExponential(digits).replace('-', '−');
  const tol = `relative error at most ${exp(check.tolerance, 0)}, central differences at h = ${exp(check.h, 0)}`;
  const n = check.rows.length;
  if (check.passed)
    return `Pass: the update of every one of the ${n} parameters agrees with −η ∂L/∂θ (${tol}).`;
  const head = `Fail: ${check.failed} of the ${n} parameter updates disagree with −η ∂L/∂θ (${tol})`;
  const missing = check.rows.filter((r) => r.step === null).length;
  const errors = check.rows.filter((r) => r.step !== null && !r.passed).map((r) => r.relativeError);
  // Asked for only where some update was applied and is wrong, so `errors` is never empty there.
  const largest = () => exp(Math.max(...errors), 2);
  if (missing === 0) return `${head}; the largest relative error is ${largest()}.`;
  // A matrix that cannot take its transposed update is not square, so it has two entries or more.
  const cannot = `${missing === check.failed ? 'none of them can' : `${missing} of them cannot`} be applied at all, as their shapes do not fit the parameters`;
  return errors.length === 0
    ? `${head}: ${cannot}.`
    : `${head}: ${cannot}, and the largest relative error of the others is ${largest()}.`;
}

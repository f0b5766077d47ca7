/**
 * An evaluation as HTML: the same function renders it at build time (so the panel reads without
 * JavaScript) and in the browser after each edit (so both always look the same).
 */
import type { Evaluation, EvaluationRow, Quantity } from '../../lib/formulas/types.ts';
import { formatNumber, isFiniteQuantity } from './format.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** True when every number of the evaluation (rows and derivative check) is finite. */
export function isFiniteEvaluation(evaluation: Evaluation): boolean {
  const { rows, check } = evaluation;
  if (!rows.every((row) => isFiniteQuantity(row.value))) return false;
  if (check === undefined) return true;
  return [check.analytic, check.numeric, check.maxAbsDiff, check.step].every(isFiniteQuantity);
}

/** A number as text, a vector or a matrix as a small table (a vector is one column, as in the post). */
export function quantityHtml(q: Quantity): string {
  if (typeof q === 'number') return `<span class="ff-num">${formatNumber(q)}</span>`;
  const matrix = q.map((entry) => (typeof entry === 'number' ? [entry] : entry));
  const body = matrix
    .map((row) => `<tr>${row.map((x) => `<td>${formatNumber(x)}</td>`).join('')}</tr>`)
    .join('');
  const shape =
    typeof q[0] === 'number' || q.length === 0
      ? `vector of ${q.length}`
      : `${matrix.length} × ${matrix[0]?.length ?? 0} matrix`;
  return `<table class="ff-matrix" aria-label="${shape}"><tbody>${body}</tbody></table>`;
}

function rowHtml(row: EvaluationRow): string {
  const post = row.role === 'post';
  const badge = post ? ' <span class="ff-badge">the post’s form</span>' : '';
  return (
    `<div class="ff-row${post ? ' ff-row-post' : ''}"><dt>${escapeHtml(row.label)}${badge}</dt>` +
    `<dd>${quantityHtml(row.value)}</dd></div>`
  );
}

/** The rows and, for a derivative, the analytic value beside its central finite difference. */
export function evaluationHtml(evaluation: Evaluation): string {
  if (!isFiniteEvaluation(evaluation))
    throw new RangeError('evaluationHtml: the evaluation has a non-finite value');
  const rows = `<dl class="ff-rows">${evaluation.rows.map(rowHtml).join('')}</dl>`;
  const { check } = evaluation;
  if (check === undefined) return rows;
  return (
    rows +
    `<dl class="ff-rows ff-check" aria-label="derivative check">` +
    `<div class="ff-row"><dt>analytic derivative</dt><dd>${quantityHtml(check.analytic)}</dd></div>` +
    `<div class="ff-row"><dt>central difference, h = ${formatNumber(check.step)}</dt><dd>${quantityHtml(check.numeric)}</dd></div>` +
    `<div class="ff-row"><dt>largest |difference|</dt><dd>${quantityHtml(check.maxAbsDiff)}</dd></div>` +
    `</dl>`
  );
}

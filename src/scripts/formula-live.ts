/**
 * <formula-live data-id="…">: upgrades a server-rendered live evaluation. On every edit it parses
 * each input strictly, re-evaluates the registry entry and redraws the rows; on bad input or a
 * failed evaluation it explains inline and keeps the last good result on screen.
 */
import type { Formula } from '../../lib/formulas/types.ts';
import { formatNumber } from '../lib-site/format.ts';
import { parseInput } from '../lib-site/parse.ts';
import { evaluationHtml, isFiniteEvaluation } from '../lib-site/rows.ts';

const KEEP = 'The result shown is still the last valid one.';

let registry: Promise<typeof import('../lib-site/registry.ts')> | undefined;
/**
 * The registry, and with it the whole engine, loads when a reader first reaches for a live
 * evaluation, not with the page: a chapter full of equations then costs no script time to open.
 */
const loadRegistry = () => (registry ??= import('../lib-site/registry.ts'));

class FormulaLive extends HTMLElement {
  private formula: Formula | null = null;

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (form === null) return;
    form.addEventListener('submit', (event) => event.preventDefault());
    const panel = this.closest('details');
    // Built when its panel opened (Deferred.astro), it arrives after the panel's 'toggle' event.
    if (panel?.open === true) void this.ready();
    else panel?.addEventListener('toggle', () => void this.ready(), { once: true });
    form.addEventListener('focusin', () => void this.ready(), { once: true });
    // Once the registry is here, an edit is answered at once, in the same task.
    form.addEventListener('input', () => {
      if (this.formula !== null) this.update(this.formula);
      else void this.ready().then((f) => this.update(f));
    });
    form.addEventListener('keydown', (event) => this.stepWithArrows(event));
  }

  /** This element's registry entry, once the registry has loaded. */
  private async ready(): Promise<Formula> {
    if (this.formula === null) {
      const { formulaById } = await loadRegistry();
      this.formula = formulaById(this.dataset['id'] ?? ''); // the build checked the id exists
      this.dataset['ready'] = 'true';
    }
    return this.formula;
  }

  /** ArrowUp / ArrowDown move a text input by its step, like a number input would. */
  private stepWithArrows(event: KeyboardEvent): void {
    const target = event.target;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (!(target instanceof HTMLInputElement)) return;
    event.preventDefault();
    const up = event.key === 'ArrowUp';
    void this.ready().then((formula) => {
      const input = formula.inputs.find((i) => i.name === target.name);
      if (input === undefined) return;
      const parsed = parseInput(target.value, input);
      if (!parsed.ok) return;
      const next = parsed.value + (up ? input.step : -input.step);
      const clamped = Math.min(input.max, Math.max(input.min, Number(next.toPrecision(12))));
      target.value = String(clamped);
      this.update(formula);
    });
  }

  private update(formula: Formula): void {
    const status = this.querySelector<HTMLElement>('.ff-status');
    const result = this.querySelector<HTMLElement>('.ff-result');
    if (status === null || result === null) return;
    const values: Record<string, number> = {};
    const problems: string[] = [];
    for (const input of formula.inputs) {
      const element = this.querySelector<HTMLInputElement>(
        `input[name="${CSS.escape(input.name)}"]`,
      );
      const message = element === null ? null : document.getElementById(`${element.id}-msg`);
      if (element === null || message === null) continue;
      const parsed = parseInput(element.value, input);
      element.setAttribute('aria-invalid', String(!parsed.ok));
      message.textContent = parsed.ok ? '' : parsed.message;
      if (parsed.ok) values[input.name] = parsed.value;
      else problems.push(`${input.label}: ${parsed.message}`);
    }
    if (problems.length > 0) {
      status.textContent = `${problems.join(' ')} ${KEEP}`;
      return;
    }
    try {
      const evaluation = formula.evaluate(values);
      if (!isFiniteEvaluation(evaluation)) {
        status.textContent = `These inputs give a value that is not a finite number. ${KEEP}`;
        return;
      }
      result.innerHTML = evaluationHtml(evaluation);
      const first = evaluation.rows[0];
      status.textContent =
        first !== undefined && typeof first.value === 'number'
          ? `${first.label} = ${formatNumber(first.value)}`
          : 'Result updated.';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      status.textContent = `These inputs cannot be evaluated: ${reason}. ${KEEP}`;
    }
  }
}

customElements.define('formula-live', FormulaLive);

/**
 * <ff-step>: redraws the step-through. Besides the kit's controls it steps by ← → anywhere in the
 * widget outside a field, loads a pasted network with its x and y (fromJSON's message inline and
 * the last good network kept when it fails), exports the network as JSON, and accepts the
 * address keys the issue names without the widget's namespace (`?net=…&x=…&y=…&eta=…`).
 */
import { ChartWidgetElement, type ChartView } from '../kit/chart-element.ts';
import { texToMathML } from '../kit/mathml.ts';
import { evaluateState } from '../kit/model.ts';
import { parseParam, type AddressProblem } from '../kit/params.ts';
import { patchElement, setText } from '../kit/patch.ts';
import { diagramKey, drawStepDiagram, stepDiagramDescription } from './diagram.ts';
import { followScroll, followSpan, frameWidth } from './frame.ts';
import {
  CHART_TITLE,
  exportJSON,
  isLastStep,
  step,
  stepHint,
  type StepDerived,
  type StepState,
} from './model.ts';
import { PRESETS, type PresetName } from './presets.ts';
import {
  checkTableBody,
  refreshCheckTable,
  refreshValueTable,
  valueTableBody,
  verdict,
} from './tables.ts';

/** Address keys a link may give without the `step.` namespace. */
const BARE_KEYS = ['net', 'x', 'y', 'eta'] as const;

class StepElement extends ChartWidgetElement<typeof step.params, StepDerived> {
  protected readonly model = step;
  /** What the drawing shows now (diagram.ts), so a move that leaves it alone skips it. */
  private drawn = '';
  /** The step and span last scrolled to, so moving η does not undo the reader's own scrolling. */
  private followed = '';
  /** The network last put into the box (showNet). */
  private boxNet: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const area = this.netArea();
    if (area !== null) area.value = area.value.trim();
    this.addEventListener('keydown', (event) => this.onKey(event));
    // Reset shows the default network in the box even when it was already the network shown.
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      this.boxNet = undefined;
    });
    // A chosen file only fills the box; Load reads it as it reads a pasted network.
    this.querySelector<HTMLInputElement>('input[data-net-file]')?.addEventListener(
      'change',
      (e) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        const target = this.netArea();
        if (file === undefined || target === null) return;
        void file.text().then((text) => {
          target.value = text.trim();
        });
      },
    );
    // A preset brings its own sample and clears a pasted network.
    // Before the kit's own listener on the widget, which would pair the new network with the old x.
    const select = this.querySelector('select[data-param="preset"]');
    for (const type of ['input', 'change']) {
      select?.addEventListener(type, (event) => {
        const name = (event.target as HTMLSelectElement).value as PresetName;
        const preset = PRESETS[name];
        if (preset !== undefined && (this.state as StepState | undefined) !== undefined) {
          this.update({ preset: name, net: '', x: preset.x, y: preset.y, at: 0 });
        }
      });
    }
  }

  protected override start(): Promise<void> {
    const url = new URL(location.href);
    let moved = false;
    for (const key of BARE_KEYS) {
      const value = url.searchParams.get(key);
      if (value === null || url.searchParams.has(`${this.ns}.${key}`)) continue;
      url.searchParams.set(`${this.ns}.${key}`, value);
      url.searchParams.delete(key);
      moved = true;
    }
    if (moved) history.replaceState(history.state, '', url);
    return super.start();
  }

  /** A step past this network's last is named with the network's own count, not the widget's most. */
  protected override addressMessage(problem: AddressProblem): string {
    if (problem.key !== 'at' || !/^\d+$/.test(problem.raw.trim()))
      return super.addressMessage(problem);
    return `step: this network has ${this.derived.run.steps.length} steps, so step ${problem.raw} is past them. The start is shown.`;
  }

  protected chart(d: StepDerived): ChartView {
    return { data: d.chart, axes: d.axes, title: CHART_TITLE };
  }

  protected override draw(d: StepDerived, s: StepState): void {
    super.draw(d, s);
    // The slider and the field's hint span this network's steps.
    const slider = this.querySelector<HTMLInputElement>('input[type="range"][data-param="at"]');
    if (slider !== null) slider.max = String(d.run.steps.length);
    const field = this.querySelector<HTMLInputElement>('input[type="text"][data-param="at"]');
    if (field !== null) field.dataset['max'] = String(d.run.steps.length);
    this.text('[data-hint-for="at"]', stepHint(d.run.steps.length));
    const key = diagramKey(d);
    const net = this.querySelector('svg[data-diagram] .ff-net');
    if (net !== null && key !== this.drawn) {
      patchElement(net, drawStepDiagram(document, d));
      this.text('[data-diagram-desc]', stepDiagramDescription(d));
      this.drawn = key;
    }
    this.follow(d, s);
    this.drawStep(d, s);
    const v = this.querySelector<HTMLElement>('[data-step-verdict]');
    if (v !== null) {
      v.textContent = verdict(d);
      v.dataset['verdict'] = d.check.passed ? 'pass' : 'fail';
    }
    this.note('[data-mistake-note]', d.mistakeNote ?? '');
    this.note(
      '[data-training-stopped]',
      d.training.stopped === undefined ? '' : `The repeated steps stopped: ${d.training.stopped}.`,
    );
    if (d.run.updated === null) this.text('[data-readout="after"]', 'no update');
    // In place: a slider's move changes numbers, rarely the rows (kit/patch.ts).
    const check = this.querySelector('.ff-step-check tbody');
    if (check !== null && !refreshCheckTable(check, d))
      patchElement(check, checkTableBody(document, d));
    const values = this.querySelector('.ff-step-table tbody');
    if (values !== null && !refreshValueTable(values, d, s.at))
      patchElement(values, valueTableBody(document, d, s.at));
    this.showNet(s.net === '' ? exportJSON(d).before : s.net);
  }

  /**
   * Puts the network shown into the box when it changes (a preset, Load, Reset, the address) or
   * when the box is empty. Text the reader is writing or has pasted stays while other controls
   * move, so a slider never wipes a network that is not loaded yet.
   */
  private showNet(shown: string): void {
    const area = this.netArea();
    if (area === null || area === document.activeElement) return;
    if (shown === this.boxNet && area.value.trim() !== '') return;
    this.boxNet = shown;
    if (area.value === shown) return;
    area.value = shown;
    // The box now holds the network shown, so a message about earlier text no longer applies.
    area.removeAttribute('aria-invalid');
    this.text('[data-message-for="net"]', '');
  }

  /** Where the drawing scrolls sideways (a narrow screen), brings this step's numbers into view. */
  private follow(d: StepDerived, s: StepState): void {
    const span = followSpan(d);
    const key = `${s.at}:${span?.join() ?? ''}`;
    if (key === this.followed) return;
    this.followed = key;
    const box = this.querySelector<HTMLElement>('[data-diagram-scroll]');
    const svg = box?.querySelector('svg');
    if (span === null || box == null || svg == null || box.scrollWidth <= box.clientWidth) return;
    const scale = svg.getBoundingClientRect().width / frameWidth(d.sizes);
    box.scrollLeft = followScroll(span, scale, box.clientWidth);
  }

  /** The current step's title, its equation, the link to the chapter and the numbers. */
  private drawStep(d: StepDerived, s: StepState): void {
    const eq = this.querySelector<HTMLElement>('[data-step-equation]');
    const lines = this.querySelector<HTMLElement>('[data-step-lines]');
    const link = this.querySelector<HTMLElement>('[data-step-link]');
    const current = d.current;
    if (current === null) {
      this.text(
        '[data-step-title]',
        `Before the first of ${d.run.steps.length} steps: the network and the sample. Press Next (or →) to run the forward pass.`,
      );
      if (eq?.firstChild) eq.replaceChildren();
      this.showBroken(undefined);
      if (lines?.firstChild) lines.replaceChildren();
      if (link?.firstChild) link.replaceChildren();
      this.note('[data-step-note]', '');
      return;
    }
    this.text('[data-step-title]', `Step ${s.at} of ${d.run.steps.length}: ${current.title}`);
    if (eq !== null) eq.innerHTML = this.tex(current.equation.tex, true);
    this.showBroken(current.broken?.tex);
    if (lines !== null) {
      lines.replaceChildren(
        ...current.substituted.map((line) => {
          const div = document.createElement('div');
          div.className = 'ff-step-line';
          div.innerHTML = this.tex(line, false);
          return div;
        }),
      );
    }
    if (link !== null) {
      const formulas = JSON.parse(
        this.querySelector<HTMLElement>('[data-formulas]')?.dataset['formulas'] ?? '{}',
      ) as Record<string, { href: string; text: string }>;
      const target = formulas[current.equation.formula];
      link.replaceChildren();
      if (target !== undefined) {
        const a = document.createElement('a');
        a.href = target.href;
        a.textContent = `In the chapter: ${target.text}`;
        link.append(a);
      }
    }
    const broken = current.broken === undefined ? [] : [`Broken here: ${current.broken.label}.`];
    this.note(
      '[data-step-note]',
      [...broken, ...(current.note === undefined ? [] : [current.note])].join(' '),
    );
  }

  /** A note's text, hidden while it has none; the page is touched only where it changes. */
  private note(selector: string, text: string): void {
    const el = this.querySelector<HTMLElement>(selector);
    if (el === null) return;
    if (el.hidden !== (text === '')) el.hidden = text === '';
    setText(el, text);
  }

  /** The mistaken equation beside the right one, on a step where a mistake acts. */
  private showBroken(tex: string | undefined): void {
    const box = this.querySelector<HTMLElement>('[data-step-broken]');
    const eq = this.querySelector<HTMLElement>('[data-step-broken-equation]');
    if (box === null || eq === null) return;
    if (box.hidden !== (tex === undefined)) box.hidden = tex === undefined;
    if (tex === undefined) {
      if (eq.firstChild !== null) eq.replaceChildren();
    } else eq.innerHTML = this.tex(tex, true);
  }

  /**
   * The step's equation as MathML, which the browser typesets itself (kit/mathml.ts: no client
   * KaTeX, and no style attributes for the page's Content-Security-Policy to refuse). An equation
   * outside its TeX subset would be a bug its test catches; should one slip through, the reader
   * still gets the TeX as code rather than a broken step.
   */
  private tex(source: string, display: boolean): string {
    try {
      return texToMathML(source, display);
    } catch {
      const code = document.createElement('code');
      code.textContent = source;
      return code.outerHTML;
    }
  }

  protected override act(action: string): boolean {
    if (action === 'load') return this.loadPasted();
    if (action === 'export-before' || action === 'export-after') {
      const out = exportJSON(this.derived);
      const text = action === 'export-before' ? out.before : out.after;
      const area = this.querySelector<HTMLTextAreaElement>('[data-export]');
      if (area !== null) {
        area.value = text ?? 'The update cannot be carried out, so there is no network after it.';
      }
      return true;
    }
    return super.act(action);
  }

  /** Loads the pasted network with the x and y in their fields; says what is wrong if it cannot. */
  private loadPasted(): boolean {
    const area = this.netArea();
    if (area === null) return false;
    const message = this.querySelector<HTMLElement>('[data-message-for="net"]');
    const fail = (text: string) => {
      area.setAttribute('aria-invalid', 'true');
      if (message !== null) message.textContent = `${text} The last good network is kept.`;
      return false;
    };
    const text = area.value.trim();
    // An empty box is not a request for the chosen preset (the menu does that): say so.
    if (text === '')
      return fail(
        'No network is pasted: paste one in the engine’s JSON, or choose one in the menu.',
      );
    const net = parseParam(step.params.net, text);
    if (!net.ok) return fail(net.message);
    const sample: { x?: readonly number[]; y?: readonly number[] } = {};
    for (const key of ['x', 'y'] as const) {
      const field = this.querySelector<HTMLInputElement>(`input[data-param="${key}"]`);
      const parsed = parseParam(step.params[key], field?.value ?? '');
      if (!parsed.ok) return fail(`${step.params[key].label}: ${parsed.message}`);
      sample[key] = parsed.value;
    }
    const proposed = { ...this.state, ...sample, net: net.value, at: 0 };
    const shown = evaluateState(step, proposed);
    if ('problem' in shown) return fail(shown.problem);
    area.removeAttribute('aria-invalid');
    if (message !== null) message.textContent = '';
    return this.apply(proposed);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if ((this.state as StepState | undefined) === undefined) return;
    const target = event.target as Element;
    if (target.closest('input, textarea, select') !== null) return;
    event.preventDefault();
    this.act(event.key === 'ArrowRight' ? 'next' : 'previous');
  }

  protected override canContinue(): boolean {
    return !isLastStep(this.derived, this.state);
  }

  private netArea(): HTMLTextAreaElement | null {
    return this.querySelector<HTMLTextAreaElement>('textarea[data-net]');
  }
}

customElements.define('ff-step', StepElement);

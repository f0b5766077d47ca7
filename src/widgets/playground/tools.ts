/**
 * The playground's tools beside training: the weight editor (hover, click or choose a connection,
 * type its new value), the reader's own points (clicks on the map, a typed point, CSV pasted or
 * chosen), export and import, and the gradient check. Each refuses bad input with a message next
 * to it and changes nothing.
 */
import { checkBatchGradients } from '../../../lib/playground/batch-check.ts';
import { formatPointsCsv, parsePointsCsv } from '../../../lib/playground/csv.ts';
import type { Point } from '../../../lib/playground/points.ts';
import { formatNumber } from '../../lib-site/format.ts';
import { parseNumber, type Parsed } from '../kit/params.ts';
import { planeAt } from './drawing.ts';
import {
  addressablePoint,
  DRAFT_NOTE,
  pointNear,
  pointsEdit,
  unfinishedSetProblem,
} from './custom-points.ts';
import { parameterOptions, parseParameter } from './markup.ts';
import { datasetOf } from './session.ts';
import { exportNetwork, exportPlayground, importPlayground } from './transfer.ts';
import type { PlaygroundElement } from './element.ts';

/** The largest weight or bias the editor takes: beyond it every tanh is saturated anyway. */
export const MAX_EDIT = 100;
/** How near (in plane units) a click must be to a point to erase it. */
const ERASE_RADIUS = 0.3;

/**
 * A typed weight, bias or coordinate, read as every number field of the book reads it (the kit's
 * parseNumber: decimal notation, the book's minus sign, a message that gives the range).
 */
export function readEditValue(text: string): Parsed<number> {
  return parseNumber(text, { min: -MAX_EDIT, max: MAX_EDIT });
}

export class PlaygroundTools {
  /**
   * The reader's unfinished set (too few points, or one class): shown on the map and edited on,
   * while the run stays on the last full set. Null when there is none.
   */
  draft: Point[] | null = null;

  constructor(private readonly host: PlaygroundElement) {}

  private get select(): HTMLSelectElement | null {
    return this.host.querySelector('[data-weight-select]');
  }

  private get input(): HTMLInputElement | null {
    return this.host.querySelector('[data-weight-input]');
  }

  connect(): void {
    const host = this.host;
    host.addEventListener('pointerover', (event) => {
      const path = (event.target as Element).closest?.('path[data-link]');
      if (path && this.select && document.activeElement !== this.input)
        this.choose(`w:${path.getAttribute('data-link')}`);
    });
    host.addEventListener('click', (event) => {
      const target = event.target as Element;
      const path = target.closest?.('path[data-link]');
      if (path) {
        this.choose(`w:${path.getAttribute('data-link')}`);
        this.input?.focus();
        this.input?.select();
        return;
      }
      const map = target.closest?.('[data-heat]');
      if (map instanceof HTMLElement) this.clickMap(map, event as MouseEvent);
    });
    host.addEventListener('change', (event) => {
      const target = event.target as HTMLElement;
      if (target === this.select) this.showChosen();
      if (target.matches('[data-csv-file]'))
        void this.readFile(target as HTMLInputElement, (t) => this.loadCsv(t));
      if (target.matches('[data-import-file]'))
        void this.readFile(target as HTMLInputElement, (t) => this.importText(t));
    });
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === this.input) {
        event.preventDefault();
        this.setChosen();
      }
    });
  }

  /** Refills the editor's list after the network's shape changed. */
  rebuild(): void {
    const select = this.select;
    if (!select) return;
    const previous = select.value;
    select.replaceChildren(
      ...parameterOptions(this.host.session).map((o) => new Option(o.label, o.value)),
    );
    if ([...select.options].some((o) => o.value === previous)) select.value = previous;
    this.showChosen();
  }

  redraw(settled: boolean): void {
    if (settled && document.activeElement !== this.input) this.showChosen();
  }

  act(action: string, button: HTMLElement): void {
    switch (action) {
      case 'set-weight':
        return this.setChosen();
      case 'check':
        return this.check();
      case 'add-point':
        return this.addTyped();
      case 'clear-points':
        return this.clearPoints();
      case 'load-csv':
        return this.loadCsv(
          this.host.querySelector<HTMLTextAreaElement>('[data-csv]')?.value ?? '',
        );
      case 'export-csv':
        return this.offer('points.csv', this.pointsCsv(), 'text/csv', button);
      case 'export-network':
        return this.offer(
          'network.json',
          exportNetwork(this.host.session),
          'application/json',
          button,
        );
      case 'export-state':
        return this.offer(
          'playground.json',
          exportPlayground(this.host.session),
          'application/json',
          button,
        );
      case 'import-text':
        return this.importText(
          this.host.querySelector<HTMLTextAreaElement>('[data-export]')?.value ?? '',
        );
    }
  }

  // ——— the weight editor ———

  private choose(value: string): void {
    const select = this.select;
    if (!select || ![...select.options].some((o) => o.value === value)) return;
    select.value = value;
    this.showChosen();
  }

  private showChosen(): void {
    const chosen = parseParameter(this.select?.value ?? '');
    if (!chosen || !this.input) return;
    const layer = this.host.session.trainer.net.layers[chosen.l - 1];
    if (!layer) return;
    const value =
      chosen.kind === 'w'
        ? layer.weights[chosen.i * layer.nOut + chosen.j]!
        : layer.biases[chosen.j]!;
    this.input.value = formatNumber(Number(value.toPrecision(4)));
    this.input.removeAttribute('aria-invalid');
    this.host.message('weight', '');
    for (const path of this.host.querySelectorAll('path[data-link]'))
      path.classList.remove('ff-pg-chosen');
    if (chosen.kind === 'w')
      this.host
        .querySelector(`path[data-link="${chosen.l},${chosen.i},${chosen.j}"]`)
        ?.classList.add('ff-pg-chosen');
  }

  private setChosen(): void {
    const chosen = parseParameter(this.select?.value ?? '');
    const input = this.input;
    if (!chosen || !input) return;
    const read = readEditValue(input.value);
    const trainer = this.host.session.trainer;
    const problem = !read.ok
      ? read.message
      : chosen.kind === 'w'
        ? trainer.setWeight(chosen.l, chosen.i, chosen.j, read.value)
        : trainer.setBias(chosen.l, chosen.j, read.value);
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      this.host.message('weight', `${problem} The weight keeps its value.`);
      return;
    }
    input.removeAttribute('aria-invalid');
    this.host.message('weight', '');
    this.host.redraw(true);
    this.host.message('weight', 'Set. Training continues from the new value.', 'ok');
  }

  // ——— the reader's points ———

  /**
   * Applies an edit of the reader's points. While "Your own points" is the data set, points that
   * cannot be trained on yet (too few, one class, none left for training by the split) are kept
   * as a draft to go on editing; from another data set such an edit changes nothing.
   */
  private editPoints(points: Point[], key: string): void {
    const kind = this.host.state.problem;
    const custom = datasetOf(this.host.state) === 'custom';
    const edit = pointsEdit(points, kind);
    if (edit.kind === 'refuse') {
      this.host.message(key, edit.message);
      return;
    }
    if (edit.kind === 'draft') {
      if (custom) return this.keepDraft(points, key, edit.message);
      this.host.message(key, `${unfinishedSetProblem(points, kind)} Nothing was changed.`);
      return;
    }
    const dataset =
      kind === 'classification'
        ? { dataset: 'custom' as const }
        : { regDataset: 'custom' as const };
    const draft = this.draft;
    this.draft = null;
    const refused = this.host.change({ ...dataset, points }, key);
    if (refused === null) {
      this.showDraftNote('');
      this.host.message(key, `${points.length} points.`, 'ok');
      this.host.drawPoints();
    } else if (custom) {
      this.keepDraft(points, key, `${refused} ${DRAFT_NOTE}`);
    } else {
      // change() has said why; the run and its data are as they were.
      this.draft = draft;
    }
  }

  /** Holds points that cannot be trained on yet, pausing the run and saying what they lack. */
  private keepDraft(points: Point[], key: string, message: string): void {
    this.draft = points;
    this.host.pause();
    this.host.message(key, message);
    this.showDraftNote(message);
    this.host.drawPoints();
  }

  /** The line under the map, where the reader is clicking, that says a draft is being edited. */
  private showDraftNote(text: string): void {
    const note = this.host.querySelector<HTMLElement>('[data-draft-note]');
    if (!note) return;
    note.textContent = text;
    note.hidden = text === '';
  }

  /** Forgets an unfinished set: the reader chose other data, or another kind of problem. */
  dropDraft(): void {
    if (this.draft === null) return;
    this.draft = null;
    this.showDraftNote('');
    this.host.message('point', '');
  }

  private clearPoints(): void {
    if (datasetOf(this.host.state) !== 'custom') {
      this.host.message('point', 'Choose “Your own points” as the data set to remove its points.');
      return;
    }
    this.editPoints([], 'point');
  }

  private currentPoints(): Point[] {
    const { state, session } = this.host;
    if (this.draft) return [...this.draft];
    return datasetOf(state) === 'custom' ? [...state.points] : [...session.data.points];
  }

  private clickMap(map: HTMLElement, event: MouseEvent): void {
    if (datasetOf(this.host.state) !== 'custom') {
      this.host.message(
        'point',
        'Choose “Your own points” as the data set to add points by clicking.',
      );
      return;
    }
    // The canvas, not the frame: the frame's border is not part of the plane.
    const box = (map.querySelector('canvas') ?? map).getBoundingClientRect();
    const { x1, x2 } = planeAt(
      (event.clientX - box.left) / box.width,
      (event.clientY - box.top) / box.height,
    );
    const points = this.currentPoints();
    const near = pointNear(points, x1, x2, ERASE_RADIUS);
    if (near >= 0) points.splice(near, 1);
    else {
      const label = this.typedLabel();
      if (label === null) return;
      points.push(addressablePoint({ x1, x2, label }, this.host.state.problem));
    }
    this.editPoints(points, 'point');
  }

  private typedLabel(): number | null {
    const field = this.host.querySelector<HTMLInputElement>('[data-point="label"]');
    const read = readEditValue(field?.value ?? '');
    if (!read.ok) {
      this.host.message('point', `Class or value: ${read.message}`);
      return null;
    }
    return read.value;
  }

  private addTyped(): void {
    const field = (name: string) =>
      readEditValue(
        this.host.querySelector<HTMLInputElement>(`[data-point="${name}"]`)?.value ?? '',
      );
    const [x1, x2] = [field('x1'), field('x2')];
    if (!x1.ok || !x2.ok) {
      this.host.message(
        'point',
        `x₁ and x₂: ${!x1.ok ? x1.message : (x2 as { message: string }).message}`,
      );
      return;
    }
    const label = this.typedLabel();
    if (label === null) return;
    if (Math.abs(x1.value) > 6 || Math.abs(x2.value) > 6) {
      this.host.message('point', 'x₁ and x₂ go from −6 to 6.');
      return;
    }
    const point = addressablePoint({ x1: x1.value, x2: x2.value, label }, this.host.state.problem);
    const points = [...this.currentPoints(), point];
    this.editPoints(points, 'point');
  }

  private loadCsv(text: string): void {
    const parsed = parsePointsCsv(text, this.host.state.problem);
    if (!parsed.ok) {
      this.host.message('csv', `${parsed.message} Nothing was changed.`);
      return;
    }
    this.editPoints(
      parsed.value.points.map((p) => addressablePoint(p, parsed.value.kind)),
      'csv',
    );
  }

  private async readFile(input: HTMLInputElement, use: (text: string) => void): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    try {
      use(await file.text());
    } catch {
      this.host.message(
        input.matches('[data-csv-file]') ? 'csv' : 'import',
        'The file could not be read.',
      );
    }
    input.value = '';
  }

  // ——— export, import, check ———

  /**
   * The points as CSV, as "your own points" would hold them (on the square, two decimals), so
   * that loading the file back gives exactly this set.
   */
  private pointsCsv(): string {
    const { data } = this.host.session;
    const points = this.draft ?? data.points;
    return formatPointsCsv({
      ...data,
      points: points.map((p) => addressablePoint(p, data.kind)),
    });
  }

  private offer(name: string, text: string, type: string, button: HTMLElement): void {
    const area = this.host.querySelector<HTMLTextAreaElement>('[data-export]');
    if (area) area.value = text;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    this.host.message(
      'import',
      `${button.textContent?.trim() ?? 'Exported'}: saved as ${name}, and shown below.`,
      'ok',
    );
  }

  private importText(text: string): void {
    const made = importPlayground(text);
    if (!made.ok) {
      this.host.message('import', made.message);
      return;
    }
    this.host.pause();
    this.host.useSession(made.session);
    this.host.scheduleAddress();
    this.host.message('import', `Loaded: epoch ${made.session.trainer.epoch}.`, 'ok');
  }

  private check(): void {
    const { trainer } = this.host.session;
    const batch = trainer.batch(0);
    const out = this.host.querySelector('[data-check-result]');
    if (!batch || !out) return;
    const result = checkBatchGradients(trainer.net, batch);
    const where =
      result.worst.i === null
        ? `b(${result.worst.layer})[${result.worst.j}]`
        : `W(${result.worst.layer})[${result.worst.i}][${result.worst.j}]`;
    const error = result.maxRelError.toExponential(1).replace('e-', 'e−');
    out.textContent = result.passed
      ? `Passed: on the first batch (${batch.count} points), all ${result.parameters} backpropagated partial derivatives agree with central differences; the largest relative error is ${error}, at ${where} (the tolerance is 1e−5).`
      : `Not within tolerance: the largest relative error is ${error}, at ${where}. With ReLU, a node whose input sits within 10⁻⁶ of 0 has a kink there, where a finite difference is not a derivative.`;
  }
}

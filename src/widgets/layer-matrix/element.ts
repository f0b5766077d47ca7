/**
 * <ff-layer-matrix>: every entry of W and b is its own field, so this element reads them itself
 * (the kit's [data-param] fields each hold a whole key). A bad entry is marked and explained and
 * changes nothing; a good one replaces that entry of its list. Stepping j moves the highlight in
 * the matrices and in the diagram.
 */
import { highlight } from '../architecture/highlight.ts';
import { WidgetElement } from '../kit/widget-element.ts';
import { parseNumber } from '../kit/params.ts';
import {
  factorText,
  layerMatrix,
  type LayerMatrixDerived,
  type LayerMatrixState,
} from './model.ts';

type Entry = 'W' | 'b';
const KEEP = 'The widget still shows the last valid values.';

class LayerMatrixElement extends WidgetElement<typeof layerMatrix.params, LayerMatrixDerived> {
  protected readonly model = layerMatrix;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('input', (event) => {
      const cell = event.target;
      if (cell instanceof HTMLInputElement && cell.dataset['entry'] !== undefined) {
        void this.start().then(() => this.onEntry(cell));
      }
    });
  }

  private onEntry(cell: HTMLInputElement): void {
    const key = cell.dataset['entry'] as Entry;
    const index = Number(cell.dataset['index']);
    const parsed = parseNumber(cell.value, layerMatrix.params[key]);
    if (!parsed.ok) {
      cell.setAttribute('aria-invalid', 'true');
      this.entryMessage(`${cell.getAttribute('aria-label') ?? ''}: ${parsed.message}`);
      this.say(`${parsed.message} ${KEEP}`);
      return;
    }
    const list = this.state[key].map((v, k) => (k === index ? parsed.value : v));
    this.update({ [key]: list } as Partial<LayerMatrixState>);
  }

  protected draw(d: LayerMatrixDerived, s: LayerMatrixState): void {
    for (const cell of this.querySelectorAll<HTMLInputElement>('[data-entry]')) {
      const value = String(s[cell.dataset['entry'] as Entry][Number(cell.dataset['index'])]);
      // The field being typed in keeps the reader's text ("0." on the way to "0.5").
      if (cell !== document.activeElement && cell.value !== value) cell.value = value;
      cell.removeAttribute('aria-invalid');
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-row]')) {
      el.classList.toggle('ff-lm-on', Number(el.dataset['row']) === s.j);
    }
    const svg = this.querySelector('svg[data-diagram]');
    if (svg !== null) highlight(svg, { kind: 'node', l: 1, j: s.j });
    this.text('[data-factors]', factorText(d, s));
    this.entryMessage('');
  }

  private entryMessage(text: string): void {
    this.text('[data-entry-message]', text);
  }
}

customElements.define('ff-layer-matrix', LayerMatrixElement);

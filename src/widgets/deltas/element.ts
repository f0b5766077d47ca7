/** <ff-deltas>: marks the hidden node whose recursion is spelled out. */
import { formatNumber } from '../../lib-site/format.ts';
import { WidgetElement } from '../kit/widget-element.ts';
import { deltas, type DeltasDerived, type DeltasState } from './model.ts';

class DeltasElement extends WidgetElement<typeof deltas.params, DeltasDerived> {
  protected readonly model = deltas;

  protected draw(d: DeltasDerived, s: DeltasState): void {
    const noise = this.querySelector('[data-noise="maxDiff"]');
    if (noise !== null) noise.textContent = formatNumber(d.maxDiff);
    for (const row of this.querySelectorAll<HTMLElement>('[data-row]')) {
      row.classList.toggle('ff-chosen', row.dataset['row'] === `1,${s.j}`);
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-chosen-j]'))
      el.textContent = String(s.j);
  }
}

customElements.define('ff-deltas', DeltasElement);

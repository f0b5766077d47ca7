/** <ff-gradmatrix>: every entry is a readout; nothing else to redraw. */
import { WidgetElement } from '../kit/widget-element.ts';
import { gradmatrix, type GradmatrixDerived } from './model.ts';

class GradmatrixElement extends WidgetElement<typeof gradmatrix.params, GradmatrixDerived> {
  protected readonly model = gradmatrix;

  protected draw(d: GradmatrixDerived): void {
    // A moved weight is marked by the sign of its change, so the direction of the update shows.
    for (const cell of this.querySelectorAll<HTMLElement>('[data-readout^="w"]')) {
      const [i, j] = (cell.dataset['readout'] ?? '').slice(1).split('_').map(Number) as [
        number,
        number,
      ];
      const change = d.after[i]![j]! - d.before[i]![j]!;
      cell.dataset['change'] = change > 0 ? 'up' : change < 0 ? 'down' : 'none';
    }
  }
}

customElements.define('ff-gradmatrix', GradmatrixElement);

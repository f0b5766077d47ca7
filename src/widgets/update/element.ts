/** <ff-update>: redraws the loss after one step against η. */
import { ChartWidgetElement, type ChartView } from '../kit/chart-element.ts';
import { CHART_TITLE, update, type UpdateDerived } from './model.ts';

class UpdateElement extends ChartWidgetElement<typeof update.params, UpdateDerived> {
  protected readonly model = update;

  protected chart(d: UpdateDerived): ChartView {
    return { data: d.chart, axes: d.axes, title: CHART_TITLE };
  }
}

customElements.define('ff-update', UpdateElement);

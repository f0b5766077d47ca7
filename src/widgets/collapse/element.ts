/** <ff-collapse>: redraws the stack's output beside the line its collapsed weights give. */
import { ChartWidgetElement, type ChartView } from '../kit/chart-element.ts';
import { CHART_TITLE, collapse, type CollapseDerived } from './model.ts';

class CollapseElement extends ChartWidgetElement<typeof collapse.params, CollapseDerived> {
  protected readonly model = collapse;

  protected chart(d: CollapseDerived): ChartView {
    return { data: d.chart, axes: d.axes, title: CHART_TITLE };
  }
}

customElements.define('ff-collapse', CollapseElement);

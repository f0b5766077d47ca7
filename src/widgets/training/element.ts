/** <ff-training>: redraws the loss over the training steps. */
import { ChartWidgetElement, type ChartView } from '../kit/chart-element.ts';
import { CHART_TITLE, training, type TrainingDerived } from './model.ts';

class TrainingElement extends ChartWidgetElement<typeof training.params, TrainingDerived> {
  protected readonly model = training;

  protected chart(d: TrainingDerived): ChartView {
    return { data: d.chart, axes: d.axes, title: CHART_TITLE };
  }
}

customElements.define('ff-training', TrainingElement);

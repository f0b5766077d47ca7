/** <ff-activation>: redraws the explorer's chart and shows only the settings the choice uses. */
import type * as FunctionChart from '../../charts/function-chart.ts';
import { WidgetElement } from '../kit/widget-element.ts';
import {
  activationExplorer,
  settingsFor,
  type ActivationDerived,
  type ActivationState,
} from './model.ts';

class ActivationElement extends WidgetElement<typeof activationExplorer.params, ActivationDerived> {
  protected readonly model = activationExplorer;
  private charts: typeof FunctionChart | null = null;

  protected override async load(): Promise<void> {
    // Observable Plot arrives with the chart module, only once the widget is near.
    this.charts = await import('../../charts/function-chart.ts');
  }

  protected draw(d: ActivationDerived, s: ActivationState): void {
    const used = settingsFor(s.phi);
    for (const el of this.querySelectorAll<HTMLElement>('[data-setting]')) {
      el.hidden = !used.includes(el.dataset['setting'] as 'c');
    }
    const old = this.querySelector('svg.ff-plot');
    if (this.charts === null || old === null) return;
    old.replaceWith(
      this.charts.functionChart(d.chart, d.axes, {
        document,
        id: old.id,
        title: 'An activation function, its derivative and a tangent',
        desc: this.querySelector('[data-summary]')?.textContent ?? '',
      }),
    );
  }
}

customElements.define('ff-activation', ActivationElement);

/** <ff-activation>: redraws the explorer's chart and shows only the settings the choice uses. */
import { formatNumber } from '../../lib-site/format.ts';
import { ChartWidgetElement, type ChartView } from '../kit/chart-element.ts';
import {
  activationExplorer,
  CHART_TITLE,
  settingsFor,
  type ActivationDerived,
  type ActivationState,
} from './model.ts';

class ActivationElement extends ChartWidgetElement<
  typeof activationExplorer.params,
  ActivationDerived
> {
  protected readonly model = activationExplorer;

  protected chart(d: ActivationDerived): ChartView {
    return { data: d.chart, axes: d.axes, title: CHART_TITLE };
  }

  protected override draw(d: ActivationDerived, s: ActivationState): void {
    const used = settingsFor(s.phi);
    for (const el of this.querySelectorAll<HTMLElement>('[data-setting]')) {
      el.hidden = !used.includes(el.dataset['setting'] as 'c');
    }
    // Rounding noise whose last digits differ between engines: shown, not held to the engine.
    const noise = this.querySelector('[data-noise="difference"]');
    if (noise !== null) noise.textContent = formatNumber(Math.abs(d.slope - d.numeric));
    super.draw(d, s);
  }
}

customElements.define('ff-activation', ActivationElement);

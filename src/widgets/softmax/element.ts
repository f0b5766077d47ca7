/** <ff-softmax>: redraws the bars and the Jacobian, shows n logits, and words what a shift did. */
import type * as BarChart from '../../charts/bar-chart.ts';
import type * as HeatMap from '../../charts/heat-map.ts';
import { patchElement } from '../kit/patch.ts';
import { WidgetElement } from '../kit/widget-element.ts';
import {
  barOptions,
  heatOptions,
  jacobianSentence,
  shiftSentence,
  softmaxWidget,
  type SoftmaxDerived,
  type SoftmaxState,
} from './model.ts';
import { BARS_TITLE, JACOBIAN_TITLE } from './titles.ts';

class SoftmaxElement extends WidgetElement<typeof softmaxWidget.params, SoftmaxDerived> {
  protected readonly model = softmaxWidget;
  private charts: { bars: typeof BarChart; heat: typeof HeatMap } | null = null;

  protected override async load(): Promise<void> {
    // Observable Plot arrives with the chart modules, only once the widget is near.
    const [bars, heat] = await Promise.all([
      import('../../charts/bar-chart.ts'),
      import('../../charts/heat-map.ts'),
    ]);
    this.charts = { bars, heat };
  }

  protected draw(d: SoftmaxDerived, s: SoftmaxState): void {
    for (const el of this.querySelectorAll<HTMLElement>('[data-slot]')) {
      const beyond = Number(el.dataset['slot']) >= s.n;
      if (el.hidden !== beyond) el.hidden = beyond;
    }
    if (this.charts === null) return;
    this.replaceChart(`${this.ns}-bars`, (id) =>
      this.charts!.bars.barChart(d.bars, barOptions, {
        document,
        id,
        title: BARS_TITLE,
        desc: softmaxWidget.summary(d, s),
      }),
    );
    this.replaceChart(`${this.ns}-jacobian`, (id) =>
      this.charts!.heat.heatMap(d.heat, heatOptions, {
        document,
        id,
        title: JACOBIAN_TITLE,
        desc: jacobianSentence(d),
      }),
    );
  }

  /** Patched, not replaced: the axes and most marks stay, so the browser lays out what moved. */
  private replaceChart(id: string, build: (id: string) => SVGSVGElement): void {
    const old = this.querySelector(`svg[id="${id}"]`);
    if (old !== null) patchElement(old, build(id));
  }

  protected override act(action: string): boolean {
    const before = this.derived;
    const done = super.act(action);
    // The model's summary describes a state; only here is the state before the shift known.
    if (done && action === 'shift') this.say(shiftSentence(before, this.derived));
    return done;
  }
}

customElements.define('ff-softmax', SoftmaxElement);

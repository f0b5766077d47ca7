/** <ff-loss>: redraws both charts, names the logarithm in use and offers only classes that exist. */
import type * as BarChart from '../../charts/bar-chart.ts';
import type * as FunctionChart from '../../charts/function-chart.ts';
import { patchElement, setText } from '../kit/patch.ts';
import { WidgetElement } from '../kit/widget-element.ts';
import {
  logText,
  lossWidget,
  otherBase,
  predictionOptions,
  type BaseName,
  type LossDerived,
  type LossState,
} from './model.ts';
import { CURVES_TITLE, PREDICTION_SIZE, PREDICTION_TITLE } from './titles.ts';

class LossElement extends WidgetElement<typeof lossWidget.params, LossDerived> {
  protected readonly model = lossWidget;
  private charts: { curves: typeof FunctionChart; bars: typeof BarChart } | null = null;

  protected override async load(): Promise<void> {
    // Observable Plot arrives with the chart modules, only once the widget is near.
    const [curves, bars] = await Promise.all([
      import('../../charts/function-chart.ts'),
      import('../../charts/bar-chart.ts'),
    ]);
    this.charts = { curves, bars };
  }

  protected draw(d: LossDerived, s: LossState): void {
    const base = s.base as BaseName;
    for (const el of this.querySelectorAll<HTMLElement>('[data-log]')) {
      setText(el, logText[el.dataset['log'] === 'chosen' ? base : otherBase(base)]);
    }
    // Classes beyond C cannot be chosen (keyboard and pointer skip disabled options).
    for (const option of this.querySelectorAll<HTMLOptionElement>(
      'select[data-param="correct"] option',
    )) {
      const beyond = Number(option.value) >= s.classes;
      if (option.disabled !== beyond) option.disabled = option.hidden = beyond;
    }
    if (this.charts === null) return;
    const desc = lossWidget.summary(d, s);
    // Patched, not replaced: the axes and most marks stay, so the browser lays out what moved.
    const replace = (id: string, build: (id: string) => SVGSVGElement) => {
      const old = this.querySelector(`svg[id="${id}"]`);
      if (old !== null) patchElement(old, build(id));
    };
    replace(`${this.ns}-curves`, (id) =>
      this.charts!.curves.functionChart(d.chart, d.axes, {
        document,
        id,
        title: CURVES_TITLE,
        desc,
      }),
    );
    replace(`${this.ns}-prediction`, (id) =>
      this.charts!.bars.barChart(d.bars, predictionOptions, {
        document,
        id,
        title: PREDICTION_TITLE,
        desc,
        ...PREDICTION_SIZE,
      }),
    );
  }
}

customElements.define('ff-loss', LossElement);

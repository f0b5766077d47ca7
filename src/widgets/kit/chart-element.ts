/**
 * A widget whose figure is one function chart (src/charts/function-chart.ts). The chart module,
 * and Observable Plot with it, is imported when the widget starts, not with the page; each draw
 * makes a new drawing of the same id, as Plot intends charts to be redrawn, and the one on the
 * page is brought in line with it.
 */
import type * as FunctionChart from '../../charts/function-chart.ts';
import type { ParamTable, StateOf } from './params.ts';
import { patchElement } from './patch.ts';
import { WidgetElement } from './widget-element.ts';

export interface ChartView {
  readonly data: FunctionChart.FunctionChartData;
  readonly axes: FunctionChart.FunctionChartOptions;
  /** The chart's accessible name; its description is the widget's current summary. */
  readonly title: string;
}

export abstract class ChartWidgetElement<T extends ParamTable, D> extends WidgetElement<T, D> {
  private charts: typeof FunctionChart | null = null;
  /** What the chart on the page draws, so a move that changes other numbers leaves it be. */
  private drawnChart = '';

  /** What to draw for the derived numbers. */
  protected abstract chart(derived: D, state: StateOf<T>): ChartView;

  protected override async load(): Promise<void> {
    this.charts = await import('../../charts/function-chart.ts');
  }

  /** Redraws the chart; subclasses that draw more call this too. */
  protected draw(derived: D, state: StateOf<T>): void {
    const old = this.querySelector('svg.ff-plot');
    if (this.charts === null || old === null) return;
    const view = this.chart(derived, state);
    const desc = this.model.summary(derived, state);
    const key = JSON.stringify([view, desc]);
    if (key === this.drawnChart) return;
    // Patched rather than replaced: the axes, the grid and most labels stay as they were, so the
    // browser restyles and lays out only the curve and the marks that moved (kit/patch.ts).
    patchElement(
      old,
      this.charts.functionChart(view.data, view.axes, {
        document,
        id: old.id,
        title: view.title,
        desc,
      }),
    );
    this.drawnChart = key;
  }
}

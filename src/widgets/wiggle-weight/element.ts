/**
 * <ff-wiggle-weight>: redraws the loss curve, the tangent and the point with the book's chart
 * function (Observable Plot, loaded only when the widget nears the viewport). Picking another
 * weight moves the slider to that weight's value in the example network.
 */
import type { functionChart as FunctionChart } from '../../charts/function-chart.ts';
import type { WidgetModel } from '../kit/model.ts';
import { patchElement } from '../kit/patch.ts';
import { WidgetElement } from '../kit/widget-element.ts';
import { wiggleChart } from './chart.ts';
import {
  wiggleHidden,
  wiggleOutput,
  type WiggleDerived,
  type WiggleParams,
  type WiggleState,
} from './model.ts';
import { exampleValue, gradientSymbols, weightRef } from './weights.ts';

const MODELS: Readonly<Record<string, WidgetModel<WiggleParams, WiggleDerived>>> = {
  [wiggleOutput.id]: wiggleOutput,
  [wiggleHidden.id]: wiggleHidden,
};

class WiggleWeightElement extends WidgetElement<WiggleParams, WiggleDerived> {
  private chart: typeof FunctionChart | null = null;

  /** The page's model, by the widget's id. */
  protected get model(): WidgetModel<WiggleParams, WiggleDerived> {
    return MODELS[this.dataset['widget'] ?? ''] ?? wiggleOutput;
  }

  protected override async load(): Promise<void> {
    this.chart = (await import('../../charts/function-chart.ts')).functionChart;
  }

  /** A newly picked weight starts at its own value in the example network. */
  protected override update(change: Partial<WiggleState>): boolean {
    if (change.weight !== undefined && change.value === undefined) {
      return super.update({ ...change, value: exampleValue(weightRef(change.weight)) });
    }
    return super.update(change);
  }

  protected draw(d: WiggleDerived, s: WiggleState): void {
    const old = this.querySelector('[data-chart] svg');
    if (this.chart !== null && old !== null) {
      const id = `${this.model.id}-chart`;
      // Patched, not replaced: the axes and most marks stay, so the browser lays out what moved.
      patchElement(old, wiggleChart(this.chart, d, s.value, { document, id }));
    }
    const symbols = gradientSymbols(d.ref);
    for (const el of this.querySelectorAll<HTMLElement>('[data-symbol]')) {
      const text = symbols[el.dataset['symbol'] as keyof typeof symbols];
      if (el.textContent !== text) el.textContent = text;
    }
  }
}

customElements.define('ff-wiggle-weight', WiggleWeightElement);

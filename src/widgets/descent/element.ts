/**
 * <ff-descent>: redraws the descent chart, stops Play once the run converges or diverges, and lets
 * the reader drag the start point along the curve (pointer or touch).
 */
import { ChartWidgetElement, type ChartView } from '../kit/chart-element.ts';
import {
  canStepOn,
  CHART_TITLE,
  descent,
  startHint,
  verdict,
  type DescentDerived,
  type DescentState,
} from './model.ts';

/** The part of Plot's returned SVG that maps pixels back to data. */
interface ScaledSvg extends SVGSVGElement {
  scale?: (name: 'x') => { invert?: (px: number) => number } | undefined;
}

class DescentElement extends ChartWidgetElement<typeof descent.params, DescentDerived> {
  protected readonly model = descent;

  protected chart(d: DescentDerived): ChartView {
    return { data: d.chart, axes: d.axes, title: CHART_TITLE };
  }

  protected override async load(): Promise<void> {
    await super.load();
    const figure = this.querySelector<HTMLElement>('figure');
    figure?.addEventListener('pointerdown', (event) => {
      figure.setPointerCapture(event.pointerId);
      this.dragTo(event);
    });
    figure?.addEventListener('pointermove', (event) => {
      if (figure.hasPointerCapture(event.pointerId)) this.dragTo(event);
    });
  }

  /** Moves the start to the θ under the pointer, restarting the run there. */
  private dragTo(event: PointerEvent): void {
    const svg = this.querySelector<ScaledSvg>('svg.ff-plot');
    const invert = svg?.scale?.('x')?.invert;
    if (svg === null || invert === undefined) return;
    const box = svg.getBoundingClientRect();
    const px = ((event.clientX - box.left) * svg.viewBox.baseVal.width) / box.width;
    const [lo, hi] = this.derived.landscape.domain;
    const theta = Math.min(hi, Math.max(lo, Math.round(invert(px) * 20) / 20));
    this.pause();
    this.update({ start: theta, steps: 0 });
  }

  protected override canContinue(): boolean {
    return canStepOn(this.derived, this.state);
  }

  protected override draw(d: DescentDerived, s: DescentState): void {
    // The start slider spans the chosen curve only, so every position of it is a start the curve has.
    const [lo, hi] = d.landscape.domain.map(String) as [string, string];
    const slider = this.querySelector<HTMLInputElement>('input[type="range"][data-param="start"]');
    if (slider !== null && (slider.min !== lo || slider.max !== hi)) {
      slider.min = lo;
      slider.max = hi;
      slider.value = String(s.start);
    }
    // So does the field: a start off this curve gets the field's message, not a silent clamp.
    const field = this.querySelector<HTMLInputElement>('input[type="text"][data-param="start"]');
    if (field !== null) Object.assign(field.dataset, { min: lo, max: hi });
    this.text('[data-hint-for="start"]', startHint(d.landscape));
    const said = this.querySelector<HTMLElement>('[data-verdict]');
    if (said !== null) {
      said.textContent = verdict(d);
      said.dataset['verdict'] = d.run.outcome;
    }
    super.draw(d, s);
  }
}

customElements.define('ff-descent', DescentElement);

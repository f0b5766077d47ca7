/**
 * What the playground's element shows, drawn from its run: the controls set to the state, the
 * network's drawing and per-layer buttons, the points, the maps (through MapPainter), the numbers,
 * the timeline, the confusion table, the loss chart and the summary. While training it redraws the
 * maps every frame and the rest a few times a second, so a frame leaves room for the browser.
 */
import { KEYS, type KeyCodec } from './address-keys.ts';
import type { PlaygroundState } from './address.ts';
import { drawDraftPointsSvg, drawPointsSvg, linkStyle, weightOf } from './drawing.ts';
import type { PlaygroundElement } from './element.ts';
import { lossChartSvg } from './loss-chart.ts';
import type { MapPainter } from './maps.ts';
import { confusionMarkup, layerButtonsMarkup, networkMarkup } from './markup.ts';
import { readoutText, readouts, summaryOf, type MetricKey } from './readouts.ts';
import { datasetOf, statusOf } from './session.ts';
import type { PlaygroundTools } from './tools.ts';

/** The map pass's share of a frame while training, in milliseconds (see element.ts). */
export const MAP_MS = 4;
/** The loss chart and the confusion table are redrawn at most this often while training. */
const CHART_INTERVAL_MS = 250;
/** The numbers, the connections' widths and the timeline are redrawn at most this often. */
const TEXT_INTERVAL_MS = 100;
/** The live region is told the state at most this often while training, so it is not flooded. */
const SUMMARY_INTERVAL_MS = 5000;

export class PlaygroundView {
  private lastChart = 0;
  private lastText = 0;
  private lastSummary = 0;

  constructor(
    private readonly host: PlaygroundElement,
    private readonly painter: MapPainter,
    private readonly tools: PlaygroundTools,
  ) {}

  /** Sets every control to the state (the text field being typed in keeps its text). */
  syncControls(): void {
    const state = this.host.state as unknown as Record<string, unknown>;
    for (const control of this.host.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      '[data-key]',
    )) {
      const key = control.dataset['key']!;
      if (!Object.hasOwn(KEYS, key)) continue;
      const value = state[key];
      if (control instanceof HTMLInputElement && control.type === 'checkbox')
        control.checked = value === true;
      else if (control !== document.activeElement || control.type !== 'text') {
        const text = (KEYS[key as keyof PlaygroundState] as KeyCodec<unknown>).format(value);
        if (
          control instanceof HTMLSelectElement &&
          ![...control.options].some((o) => o.value === text)
        ) {
          control.add(new Option(text, text));
        }
        control.value = text;
      }
      const shown = this.host.querySelector(`[data-value-of="${key}"]`);
      if (shown) shown.textContent = String(value);
    }
    const dataset = datasetOf(this.host.state);
    const classes = this.host.session.data.classes;
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-for-problem]'))
      el.hidden = el.dataset['forProblem'] !== this.host.state.problem;
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-for-dataset]'))
      el.hidden = !(el.dataset['forDataset'] ?? '').split(' ').includes(dataset);
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-for-classes]'))
      el.hidden = String(classes) !== el.dataset['forClasses'];
    const shape = this.host.state.networkShape;
    this.text(
      '[data-shape]',
      `${shape.length} hidden layer${shape.length === 1 ? '' : 's'}${shape.length ? `: ${shape.join(', ')} nodes` : ''}`,
    );
    this.button('add-layer').disabled = shape.length >= 6;
    this.button('remove-layer').disabled = shape.length === 0;
  }

  /** Replaces the network's drawing and the per-layer buttons after a change of shape. */
  rebuildNetwork(): void {
    const holder = this.host.querySelector<HTMLElement>('[data-network]');
    if (
      holder &&
      holder.dataset['shape'] !==
        this.host.session.sizes.join('-') + this.host.session.features.join()
    ) {
      holder.innerHTML = networkMarkup(this.host.session);
      for (const canvas of holder.querySelectorAll<HTMLCanvasElement>('canvas[data-box]')) {
        const [left, top, width, height] = (canvas.dataset['box'] ?? '').split(',');
        Object.assign(canvas.style, {
          left: `${left}%`,
          top: `${top}%`,
          width: `${width}%`,
          height: `${height}%`,
        });
      }
      holder.dataset['shape'] =
        this.host.session.sizes.join('-') + this.host.session.features.join();
      holder.dataset['columns'] = String(this.host.session.sizes.length);
    }
    const buttons = this.host.querySelector('[data-layer-buttons]');
    if (buttons) buttons.innerHTML = layerButtonsMarkup(this.host.state.networkShape);
    this.painter.attach(this.host);
    this.tools.rebuild();
    this.drawPoints();
  }

  drawPoints(): void {
    const heat = this.host.querySelector('[data-heat]');
    heat?.querySelector('svg.ff-pg-points')?.remove();
    const { draft } = this.tools;
    heat?.insertAdjacentHTML(
      'beforeend',
      draft
        ? drawDraftPointsSvg(draft, this.host.state.problem === 'regression')
        : drawPointsSvg(this.host.session, this.host.state.showTestData),
    );
  }

  /** Redraws everything that moves with training; `settled` also redraws the chart and the summary. */
  redraw(settled: boolean, paint = true): void {
    const { session } = this.host;
    const now = performance.now();
    if (settled && paint) this.painter.paint(session, this.host.state.discretize);
    else this.painter.step(session, this.host.state.discretize, MAP_MS);
    // Numbers and line widths change every epoch; redrawn ten times a second while training,
    // so the browser's style and layout work stays a small part of each frame.
    if (!settled && now - this.lastText < TEXT_INTERVAL_MS) return;
    this.lastText = now;
    this.drawLinks();
    const values = readouts(session);
    for (const el of this.host.querySelectorAll<HTMLElement>('[data-metric]')) {
      const key = el.dataset['metric'] as MetricKey;
      if (!(key in values)) continue;
      const text = readoutText(key, values[key]);
      if (el.textContent !== text) el.textContent = text;
      el.dataset['value'] = String(values[key]);
    }
    const status = statusOf(session);
    const statusEl = this.host.querySelector<HTMLElement>('[data-status]');
    if (statusEl && statusEl.textContent !== status.text) {
      statusEl.textContent = status.text;
      statusEl.dataset['tone'] = status.tone;
    }
    this.tools.redraw(settled);
    this.syncTimeline();
    if (settled || now - this.lastChart > CHART_INTERVAL_MS) {
      this.lastChart = now;
      this.drawConfusion();
      this.drawChart();
    }
    if (settled || now - this.lastSummary > SUMMARY_INTERVAL_MS) {
      this.lastSummary = now;
      this.text('[data-summary]', summaryOf(session));
    }
  }

  /** Each connection's width and colour from its weight, touching only those that changed. */
  private drawLinks(): void {
    const { session } = this.host;
    for (const path of this.host.querySelectorAll<SVGPathElement>('path[data-link]')) {
      const [l, i, j] = (path.dataset['link'] ?? '').split(',').map(Number);
      const { width, colour } = linkStyle(weightOf(session, l!, i!, j!));
      const w = String(width);
      if (path.getAttribute('stroke-width') !== w) path.setAttribute('stroke-width', w);
      if (path.getAttribute('stroke') !== colour) path.setAttribute('stroke', colour);
    }
  }

  private drawConfusion(): void {
    const confusion = this.host.querySelector<HTMLTableElement>('[data-confusion]');
    if (!confusion) return;
    const { data, trainer } = this.host.session;
    const show = data.kind === 'classification' && data.classes > 2;
    confusion.hidden = !show;
    if (show) confusion.tBodies[0]!.innerHTML = confusionMarkup(trainer.confusion('test'));
  }

  private syncTimeline(): void {
    const slider = this.host.querySelector<HTMLInputElement>('[data-timeline]');
    if (!slider) return;
    const { timeline, trainer } = this.host.session;
    const first = timeline.earliest()?.epoch ?? 0;
    const last = timeline.latest()?.epoch ?? 0;
    slider.min = String(first);
    slider.max = String(last);
    slider.disabled = last === first;
    if (document.activeElement !== slider) slider.value = String(trainer.epoch);
    slider.setAttribute('aria-valuetext', `epoch ${trainer.epoch} of ${last}`);
    this.text('[data-timeline-epoch]', String(trainer.epoch));
  }

  private drawChart(): void {
    const figure = this.host.querySelector('[data-loss-chart] figure');
    if (figure) {
      figure.innerHTML = lossChartSvg(
        this.host.session.trainer.history,
        'pg-loss',
        summaryOf(this.host.session),
      );
    }
  }

  private text(selector: string, text: string): void {
    const el = this.host.querySelector(selector);
    if (el && el.textContent !== text) el.textContent = text;
  }

  private button(action: string): HTMLButtonElement {
    return this.host.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  }
}

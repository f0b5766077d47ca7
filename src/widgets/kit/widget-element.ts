/**
 * The custom element every widget extends. The server rendered the widget's default state as real
 * HTML; this element upgrades it when it nears the viewport once the page has loaded and gone idle
 * (or at once, when the reader reaches for a control):
 * it reads the address, listens to the native controls inside it, asks the pure model for every
 * number, and asks the subclass to redraw. It owns all its state; nothing is module-level.
 *
 * Hooks in the markup: `[data-param=key]` controls (range, text, select, checkbox, radio), `[data-action]`
 * buttons, `[data-message-for=key]` inline messages, `[data-readout=name]` numbers,
 * `[data-summary]` the live region, `[data-notice]` the address notice.
 */
import { formatNumber } from '../../lib-site/format.ts';
import { evaluateState, type WidgetModel } from './model.ts';
import { setText } from './patch.ts';
import {
  formatParam,
  narrowParam,
  parseParam,
  readAddress,
  writeAddress,
  type AddressProblem,
  type Param,
  type ParamTable,
  type StateOf,
} from './params.ts';

import { afterLoad } from './after-load.ts';

const KEEP = 'The widget still shows the last valid values.';

/** Browsers throttle history.replaceState; a slider sweep writes the address once it settles. */
const ADDRESS_DELAY_MS = 300;

export abstract class WidgetElement<T extends ParamTable, D> extends HTMLElement {
  protected abstract readonly model: WidgetModel<T, D>;
  /** The last state that could be shown, and what it derived. */
  protected state!: StateOf<T>;
  protected derived!: D;
  private started: Promise<void> | null = null;
  /** True once started: from then on an input is answered in the same task it arrives in. */
  private running = false;
  private addressTimer: ReturnType<typeof setTimeout> | undefined;
  private observer: IntersectionObserver | undefined;
  private playing: { action: string; timer: ReturnType<typeof setInterval> } | null = null;
  protected visible = false;
  /** Why the last refused state could not be shown, in words for the reader. */
  protected refusal = '';

  /** The namespace of this widget's keys in the address (its `data-widget`). */
  protected get ns(): string {
    return this.dataset['widget'] ?? this.model.id;
  }

  /** Loads what drawing needs (charts load Observable Plot here); runs once, before the first draw. */
  protected async load(): Promise<void> {}

  /** Redraws everything that depends on the state; `derived` is finite and current. */
  protected abstract draw(derived: D, state: StateOf<T>): void;

  connectedCallback(): void {
    this.observer = new IntersectionObserver(
      (entries) => {
        this.visible = entries.some((e) => e.isIntersecting);
        if (this.visible) void this.start();
        else this.pause();
      },
      { rootMargin: '400px 0px' },
    );
    const observer = this.observer;
    afterLoad(() => {
      if (this.isConnected) observer.observe(this);
    });
    this.addEventListener('focusin', () => void this.start(), { once: true });
    this.addEventListener('input', (event) => void this.whenStarted(() => this.onInput(event)));
    this.addEventListener('change', (event) => void this.whenStarted(() => this.onInput(event)));
    this.addEventListener('click', (event) => void this.whenStarted(() => this.onClick(event)));
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.pause();
  }

  /** Starts once: state from the address (bad values fall back to defaults and are named), first draw. */
  protected start(): Promise<void> {
    this.started ??= (async () => {
      const { state, problems } = readAddress(this.model.params, this.ns, addressParams());
      await this.load();
      const shown = evaluateState(this.model, state);
      if ('problem' in shown) {
        this.notice(
          `The address held values this widget cannot show (${shown.problem.replace(/\.$/, '')}); the defaults are shown.`,
        );
        this.apply(readAddress(this.model.params, this.ns, new URLSearchParams()).state);
      } else {
        this.apply(state);
        const said = [
          ...problems.map((p) => this.addressMessage(p)),
          ...this.adjusted(state, problems),
        ];
        if (said.length > 0) this.notice(said.join(' '));
      }
      this.running = true;
      this.dataset['ready'] = 'true';
    })();
    return this.started;
  }

  private async whenStarted(task: () => void): Promise<void> {
    if (!this.running) await this.start();
    task();
  }

  /**
   * What the notice says of an address value that was refused. A widget whose valid range depends
   * on its state (a network's step count) can say it better, once that state is shown.
   */
  protected addressMessage(problem: AddressProblem): string {
    return problem.message;
  }

  /**
   * The address values the model's normalize changed to fit the rest of the state (a start
   * outside the chosen curve, say): named, as a refused value is, rather than changed in silence.
   */
  private adjusted(asked: StateOf<T>, problems: readonly AddressProblem[]): string[] {
    if ((this.state as StateOf<T> | undefined) === undefined) return [];
    const address = addressParams();
    const said: string[] = [];
    for (const [key, param] of Object.entries(this.model.params) as [string, Param][]) {
      const raw = address.get(`${this.ns}.${key}`);
      if (raw === null || problems.some((p) => p.key === key)) continue;
      const before = formatParam(param, asked[key as keyof T] as never);
      const after = formatParam(param, this.state[key as keyof T] as never);
      if (before !== after) {
        said.push(
          `${this.ns}.${key}=${raw} does not fit the rest of the address: ${param.label} = ${after} is shown.`,
        );
      }
    }
    return said;
  }

  /** Shows `state` if it can be shown; otherwise says why and keeps the last good one. */
  protected apply(proposed: StateOf<T>, options: { writeAddress?: boolean } = {}): boolean {
    const state = this.model.normalize?.(proposed) ?? proposed;
    const shown = evaluateState(this.model, state);
    if ('problem' in shown) {
      this.refusal = shown.problem;
      this.say(`${shown.problem} ${KEEP}`);
      return false;
    }
    this.state = state;
    this.derived = shown.derived;
    this.syncControls();
    for (const el of this.querySelectorAll<HTMLElement>('[data-readout]')) {
      const value = shown.readouts[el.dataset['readout'] ?? ''];
      if (value !== undefined) setText(el, formatNumber(value));
    }
    this.draw(shown.derived, state);
    this.say(this.model.summary(shown.derived, state));
    if (options.writeAddress !== false) this.scheduleAddress();
    return true;
  }

  /** Sets every control to the state, except the one the reader is typing in. */
  private syncControls(): void {
    for (const control of this.controls()) {
      const key = control.dataset['param'] ?? '';
      const param = this.model.params[key];
      if (param === undefined) continue;
      const value = this.state[key as keyof T];
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        control.checked = value === true;
      } else if (control instanceof HTMLInputElement && control.type === 'radio') {
        control.checked = control.value === formatParam(param, value as never);
      } else if (control !== document.activeElement || control.type === 'range') {
        const text = formatParam(param, value as never);
        if (control.value !== text) control.value = text;
      }
      control.removeAttribute('aria-invalid');
      this.message(key, '');
    }
  }

  private controls(): (HTMLInputElement | HTMLSelectElement)[] {
    return [...this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')];
  }

  private onInput(event: Event): void {
    const control = event.target;
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
    const key = control.dataset['param'];
    const param = key === undefined ? undefined : this.model.params[key];
    if (key === undefined || param === undefined) return;
    const raw =
      control instanceof HTMLInputElement && control.type === 'checkbox'
        ? String(control.checked)
        : control.value;
    const range = narrowParam(param as Param, control.dataset);
    const parsed = parseParam(range, raw);
    if (!parsed.ok) {
      control.setAttribute('aria-invalid', 'true');
      this.message(key, parsed.message);
      this.say(`${param.label}: ${parsed.message} ${KEEP}`);
      return;
    }
    // A value that parses can still be refused by the state it makes (x of the wrong length, say):
    // the field then says why, in place of an earlier message that no longer applies.
    if (!this.update({ [key]: parsed.value } as Partial<StateOf<T>>)) {
      control.setAttribute('aria-invalid', 'true');
      this.message(key, this.refusal);
    }
  }

  /** Applies a change to some keys; a refused change leaves the controls showing what was refused. */
  protected update(change: Partial<StateOf<T>>): boolean {
    return this.apply({ ...this.state, ...change });
  }

  private onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (button === null || button === undefined || !this.contains(button)) return;
    const action = button.dataset['action'] ?? '';
    if (action === 'reset') {
      this.pause();
      this.notice('');
      this.apply(readAddress(this.model.params, this.ns, new URLSearchParams()).state);
    } else if (action === 'play') {
      this.play(button.dataset['repeat'] ?? 'step', Number(button.dataset['interval'] ?? 400));
    } else if (action === 'pause') {
      this.pause();
    } else {
      this.act(action);
    }
  }

  /** Runs one of the model's actions; false when it is unknown or its result was refused. */
  protected act(action: string): boolean {
    const next = this.model.actions?.[action];
    return next === undefined ? false : this.apply(next(this.state));
  }

  /**
   * Repeats an action on a timer while the widget is on screen. A reader who prefers reduced
   * motion gets no animation: the steps are taken at once, up to the button's `data-limit`.
   */
  protected play(action: string, intervalMs: number): void {
    this.pause();
    const limit = Number(this.dataset['playLimit'] ?? 50);
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      for (let i = 0; i < limit && this.act(action) && this.canContinue(); i++);
      return;
    }
    let taken = 0;
    const timer = setInterval(() => {
      if (!this.visible || taken++ >= limit || !this.act(action) || !this.canContinue())
        this.pause();
    }, intervalMs);
    this.playing = { action, timer };
    this.toggleAttribute('data-playing', true);
  }

  /** Whether Play should go on after a step (a diverged descent says no). */
  protected canContinue(): boolean {
    return true;
  }

  protected pause(): void {
    if (this.playing === null) return;
    clearInterval(this.playing.timer);
    this.playing = null;
    this.toggleAttribute('data-playing', false);
  }

  private scheduleAddress(): void {
    clearTimeout(this.addressTimer);
    // Tests (and anyone curious) can tell when the address has caught up with the widget.
    this.toggleAttribute('data-address-pending', true);
    this.addressTimer = setTimeout(() => {
      this.toggleAttribute('data-address-pending', false);
      const url = new URL(location.href);
      writeAddress(this.model.params, this.ns, this.state, url.searchParams);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }, ADDRESS_DELAY_MS);
  }

  /** Sets the text of the element `selector` finds, touching the DOM only when it changes. */
  protected text(selector: string, value: string): void {
    const el = this.querySelector(selector);
    if (el !== null) setText(el, value);
  }

  private message(key: string, text: string): void {
    this.text(`[data-message-for="${CSS.escape(key)}"]`, text);
  }

  /** The live region: one sentence after each change. */
  protected say(text: string): void {
    this.text('[data-summary]', text);
  }

  /** The notice above the widget (an address it could not follow); hidden when empty. */
  protected notice(text: string): void {
    const el = this.querySelector<HTMLElement>('[data-notice]');
    if (el === null) return;
    el.textContent = text;
    el.hidden = text === '';
  }
}

function addressParams(): URLSearchParams {
  return new URL(location.href).searchParams;
}

/**
 * <ff-playground>: the training playground's element. The server rendered the default run; this
 * element reads the address, makes the run the address describes, wires the native controls to
 * it and trains in an animation-frame loop that spends a few milliseconds of each frame on epochs
 * (as many as fit, from a running estimate) and the rest on redrawing the maps.
 *
 * Every number comes from the pure modules beside it (session, readouts, markup, drawing) and
 * lib/; this file reads controls, calls them and draws. A refused change (a bad expression, a
 * setup that cannot train) says why beside its control and keeps the last good run.
 */
import { KEYS, type KeyCodec } from './address-keys.ts';
import {
  DEFAULT_STATE,
  readPlaygroundAddress,
  writePlaygroundAddress,
  type PlaygroundState,
} from './address.ts';
import { epochsThisFrame, updateEstimate } from './frame-budget.ts';
import { MapPainter } from './maps.ts';
import {
  changeSession,
  createSession,
  datasetOf,
  effectOf,
  rewindSession,
  trainSession,
  type Session,
} from './session.ts';
import { afterLoad } from '../kit/after-load.ts';
import { PlaygroundTools } from './tools.ts';
import { MAP_MS, PlaygroundView } from './view.ts';
import { startingPoints } from './custom-points.ts';

/**
 * A frame at 60 Hz is 16.7 ms, of which the browser needs a few to lay out and paint: the
 * element's work gets FRAME_MS, the map pass up to MAP_MS of it, training what the rest leaves (at least
 * MIN_TRAIN_MS, so a large network still trains an epoch a frame).
 */
const FRAME_MS = 10;
const MIN_TRAIN_MS = 2;
const ADDRESS_DELAY_MS = 300;

class PlaygroundElement extends HTMLElement {
  session!: Session;
  state: PlaygroundState = DEFAULT_STATE;
  private readonly painter = new MapPainter();
  private readonly tools = new PlaygroundTools(this);
  private readonly view = new PlaygroundView(this, this.painter, this.tools);
  private frame = 0;
  private msPerEpoch: number | null = null;
  private msPerDraw = 4;
  private addressTimer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  /** What is left of a start in tasks (startInTasks), each stage one task. */
  private stages: (() => void)[] = [];

  connectedCallback(): void {
    // A reader's first touch starts the element at once, before its own handler runs.
    for (const type of ['pointerdown', 'focusin', 'keydown'])
      this.addEventListener(type, () => this.ensureStarted(), { capture: true });
    this.addEventListener('change', (e) => this.onControl(e));
    this.addEventListener('input', (e) => this.onInput(e));
    this.addEventListener('click', (e) => this.onClick(e));
    this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    addEventListener('hashchange', () => this.loadAddress());
    this.tools.connect();
    afterLoad(() => this.startInTasks());
  }

  /**
   * Starts after the page has loaded and gone idle, in short tasks (the run, then the drawing,
   * then the maps a slice at a time), so the page stays responsive while the first numbers are
   * made; the server already shows the default run.
   */
  private startInTasks(): void {
    if (this.started || this.stages.length > 0) return;
    let made: { session: Session; notes: string[] } | null = null;
    this.stages = [
      () => (made = this.sessionFromAddress()),
      () => {
        this.session = made!.session;
        this.state = made!.session.state;
        this.notice(made!.notes.join(' '));
        this.rebuildNetwork();
      },
      () => {
        this.syncControls();
        this.redraw(true, false);
        this.started = true;
        this.dataset['ready'] = 'true';
        this.paintInSlices();
      },
    ];
    const next = () => {
      if (this.started) return;
      this.stages.shift()?.();
      if (this.stages.length > 0) setTimeout(next, 0);
    };
    next();
  }

  /** Makes the element live now if it is not yet (an event needs the run before it is handled). */
  private ensureStarted(): void {
    if (this.started) return;
    if (this.stages.length > 0) {
      while (this.stages.length > 0) this.stages.shift()!();
      return;
    }
    const { session, notes } = this.sessionFromAddress();
    this.notice(notes.join(' '));
    this.useSession(session);
    this.started = true;
    this.dataset['ready'] = 'true';
  }

  disconnectedCallback(): void {
    this.pause();
  }

  get playing(): boolean {
    return this.frame !== 0;
  }

  /** The run the address describes, and what of the address it could not use. */
  private sessionFromAddress(): { session: Session; notes: string[] } {
    const { state, problems } = readPlaygroundAddress(location.hash);
    const made = createSession(state);
    const notes = problems.map((p) => p.message);
    if (made.ok) return { session: made.session, notes };
    notes.push(
      `The address describes a run that cannot be made (${made.message}) The default run is shown.`,
    );
    const fallback = createSession(DEFAULT_STATE);
    if (!fallback.ok) throw new Error(fallback.message);
    return { session: fallback.session, notes };
  }

  /** A new address pasted into the page: the run it describes (not when it is the page's own). */
  private loadAddress(): void {
    if (!this.started) return this.ensureStarted();
    if (location.hash.slice(1) === writePlaygroundAddress(this.state)) return;
    this.pause();
    const { session, notes } = this.sessionFromAddress();
    this.notice(notes.join(' '));
    this.useSession(session);
  }

  /** Shows a new run from its start: new drawing, controls, maps, readouts. */
  useSession(session: Session): void {
    this.tools.dropDraft();
    this.session = session;
    this.state = session.state;
    this.rebuildNetwork();
    this.syncControls();
    this.redraw(true);
  }

  /**
   * The maps of the run as it is, a few milliseconds of cells per task, until they are done (the
   * first evaluation runs before the JIT has warmed up, and would be one long task).
   */
  private paintInSlices(): void {
    const slice = () => {
      if (this.playing) return; // the frame loop paints from now on
      if (this.painter.step(this.session, this.state.discretize, MAP_MS)) return;
      setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }

  // ——— controls ———

  private onInput(event: Event): void {
    this.ensureStarted();
    const control = event.target as HTMLElement;
    if (control instanceof HTMLInputElement && control.type === 'range' && control.dataset['key']) {
      const shown = this.querySelector(`[data-value-of="${control.dataset['key']}"]`);
      if (shown) shown.textContent = control.value;
    }
    if (control instanceof HTMLInputElement && control.matches('[data-timeline]'))
      this.rewind(Number(control.value));
  }

  private onControl(event: Event): void {
    this.ensureStarted();
    const control = event.target;
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
    const key = control.dataset['key'];
    if (key === undefined || !Object.hasOwn(KEYS, key)) return;
    const codec = KEYS[key as keyof PlaygroundState] as KeyCodec<unknown>;
    const text =
      control instanceof HTMLInputElement && control.type === 'checkbox'
        ? String(control.checked)
        : control.value;
    const parsed = codec.parse(text);
    if (!parsed.ok) {
      this.refuse(key, parsed.message, control);
      return;
    }
    this.change({ [key]: parsed.value } as Partial<PlaygroundState>, key, control);
  }

  /**
   * Applies a change of settings: the run moves on, retunes or is rebuilt (session.ts decides);
   * a change the run cannot take is refused with its reason, and the control shows the old value.
   * Returns that reason, or null when the change was made.
   */
  change(change: Partial<PlaygroundState>, key = 'settings', control?: Element): string | null {
    let next: PlaygroundState = { ...this.state, ...change };
    if (change.problem !== undefined && change.problem !== this.state.problem) {
      next = {
        ...next,
        dataset: next.dataset === 'custom' ? 'circle' : next.dataset,
        regDataset: next.regDataset === 'custom' ? 'reg-plane' : next.regDataset,
        points: [],
      };
    }
    if (
      datasetOf(next) === 'custom' &&
      datasetOf(this.state) !== 'custom' &&
      change.points === undefined
    ) {
      next = { ...next, points: startingPoints(this.session.data.points, next.problem) };
    }
    const effect = effectOf(this.state, next);
    const made = changeSession(this.session, next);
    if (!made.ok) {
      this.refuse(key, made.message, control);
      this.syncControls();
      return made.message;
    }
    this.message(key, '');
    control?.removeAttribute('aria-invalid');
    const previous = this.state;
    if (datasetOf(next) !== 'custom' || next.problem !== previous.problem) this.tools.dropDraft();
    this.session = made.session;
    this.state = next;
    if (effect === 'rebuild') {
      this.pause();
      this.rebuildNetwork();
    } else if (next.showTestData !== previous.showTestData) this.drawPoints();
    this.syncControls();
    this.redraw(true);
    this.scheduleAddress();
    return null;
  }

  private refuse(key: string, message: string, control?: Element): void {
    control?.setAttribute('aria-invalid', 'true');
    const shown = this.message(key, `${message} The playground keeps its last good settings.`);
    if (!shown) this.notice(message);
  }

  private onClick(event: Event): void {
    this.ensureStarted();
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
      'button[data-action]',
    );
    if (!button || !this.contains(button)) return;
    const shape = [...this.state.networkShape];
    const layer = Number(button.dataset['layer']) - 1;
    switch (button.dataset['action']) {
      case 'play':
        if (this.playing) this.pause();
        else this.play();
        return;
      case 'step':
        this.pause();
        this.train(1);
        return;
      case 'reset':
        this.reset();
        return;
      case 'regenerate':
        this.change({ seed: Math.random().toFixed(5) }, 'seed');
        return;
      case 'add-layer':
        if (shape.length < 6) this.change({ networkShape: [...shape, 2] }, 'networkShape');
        return;
      case 'remove-layer':
        this.change({ networkShape: shape.slice(0, -1) }, 'networkShape');
        return;
      case 'add-node':
        if (shape[layer]! < 8) shape[layer]!++;
        this.change({ networkShape: shape }, 'networkShape');
        return;
      case 'remove-node':
        if (shape[layer]! > 1) shape[layer]!--;
        this.change({ networkShape: shape }, 'networkShape');
        return;
      default:
        this.tools.act(button.dataset['action'] ?? '', button);
    }
  }

  /** A new network from the same seed and data: the run starts again. */
  reset(): void {
    this.pause();
    const made = createSession(this.state);
    if (made.ok) this.useSession(made.session);
    else this.notice(made.message);
  }

  // ——— training ———

  play(): void {
    if (this.playing) return;
    if (this.session.trainer.diverged) {
      this.say('Training diverged; lower the learning rate and press Reset.');
      return;
    }
    const tick = () => {
      this.frame = requestAnimationFrame(tick);
      const epochs = epochsThisFrame(
        this.msPerEpoch,
        Math.max(MIN_TRAIN_MS, FRAME_MS - this.msPerDraw),
      );
      const t0 = performance.now();
      trainSession(this.session, epochs);
      const t1 = performance.now();
      this.msPerEpoch = updateEstimate(this.msPerEpoch, t1 - t0, epochs);
      this.redraw(false);
      this.msPerDraw += 0.3 * (performance.now() - t1 - this.msPerDraw);
      if (this.session.trainer.diverged) this.pause();
    };
    this.frame = requestAnimationFrame(tick);
    this.syncPlay();
  }

  pause(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    const was = this.frame !== 0;
    this.frame = 0;
    if (was && this.session) {
      this.syncPlay();
      this.redraw(true);
      this.scheduleAddress();
    }
  }

  train(epochs: number): void {
    trainSession(this.session, epochs);
    this.redraw(true);
  }

  private rewind(epoch: number): void {
    this.pause();
    const at = rewindSession(this.session, epoch);
    if (at !== null) this.redraw(true);
  }

  private syncPlay(): void {
    const button = this.button('play');
    button.setAttribute('aria-pressed', String(this.playing));
    button.textContent = this.playing ? 'Pause' : 'Play';
  }

  // ——— drawing (view.ts) ———

  rebuildNetwork(): void {
    this.view.rebuildNetwork();
  }

  drawPoints(): void {
    this.view.drawPoints();
  }

  redraw(settled: boolean, paint = true): void {
    this.view.redraw(settled, paint);
  }

  syncControls(): void {
    this.view.syncControls();
  }

  // ——— messages and the address ———

  /** Writes a control's inline message; false when the key has no message slot. */
  message(key: string, text: string, tone: 'error' | 'ok' = 'error'): boolean {
    const el = this.querySelector(`[data-message-for="${key}"]`);
    if (!el) return false;
    el.textContent = text;
    el.classList.toggle('ff-pg-ok', tone === 'ok');
    return true;
  }

  notice(text: string): void {
    const el = this.querySelector<HTMLElement>('[data-notice]');
    if (!el) return;
    el.textContent = text;
    el.hidden = text === '';
  }

  say(text: string): void {
    this.text('[data-summary]', text);
  }

  scheduleAddress(): void {
    clearTimeout(this.addressTimer);
    this.addressTimer = setTimeout(() => {
      history.replaceState(history.state, '', `#${writePlaygroundAddress(this.state)}`);
    }, ADDRESS_DELAY_MS);
  }

  private text(selector: string, text: string): void {
    const el = this.querySelector(selector);
    if (el && el.textContent !== text) el.textContent = text;
  }

  private button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  }
}

customElements.define('ff-playground', PlaygroundElement);
export type { PlaygroundElement };

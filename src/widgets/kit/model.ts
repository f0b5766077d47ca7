/**
 * What a widget computes, apart from how it is drawn: its property table, the numbers it derives
 * from lib/ for a state, the actions its buttons take, and the sentences and readouts it reports.
 * A model is pure (no DOM), so every number a widget shows is unit-tested without a browser.
 */
import type { ParamTable, StateOf } from './params.ts';

export interface WidgetModel<T extends ParamTable, D> {
  /** Default namespace in the address and the `data-widget` hook, e.g. "neuron". */
  readonly id: string;
  readonly params: T;
  /** Every number the widget shows for `state`, computed by lib/. May throw on a state it cannot use. */
  derive(state: StateOf<T>): D;
  /** The numbers behind `data-readout="<name>"` hooks, keyed by stable names. */
  readouts(derived: D, state: StateOf<T>): Readonly<Record<string, number>>;
  /** One sentence for screen readers saying what the widget now shows. */
  summary(derived: D, state: StateOf<T>): string;
  /**
   * Brings a state within the rules that tie its keys together (a start inside the chosen curve's
   * range, say), so that changing one key never strands another. Applied before every derive.
   */
  normalize?(state: StateOf<T>): StateOf<T>;
  /** Buttons other than Reset: each maps a state to the next one (Step, Shift, Add a layer …). */
  readonly actions?: Readonly<Record<string, (state: StateOf<T>) => StateOf<T>>>;
}

/** The derived numbers and readouts of a state, or why it cannot be shown (in words for the reader). */
export function evaluateState<T extends ParamTable, D>(
  model: WidgetModel<T, D>,
  proposed: StateOf<T>,
): { derived: D; readouts: Readonly<Record<string, number>> } | { problem: string } {
  const state = model.normalize?.(proposed) ?? proposed;
  let derived: D;
  try {
    derived = model.derive(state);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const readouts = model.readouts(derived, state);
  const bad = Object.entries(readouts).find(([, v]) => !Number.isFinite(v));
  if (bad !== undefined)
    return { problem: 'These values give a result that is not a finite number.' };
  return { derived, readouts };
}

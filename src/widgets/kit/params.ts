/**
 * A widget's state as a table of typed properties, as TensorFlow Playground's state.ts describes
 * its own, but with no module-level state: the table says what each key is, and one generic pair
 * of functions moves any state to and from the page address. Namespacing by widget id lets many
 * widgets share one address (`?neuron.b=2&softmax.t=0.5`).
 */
import { formatNumber, normalizeMinus } from '../../lib-site/format.ts';

/** A real (or whole) number within a range, set by a slider and a text field. */
export interface NumberParam {
  readonly kind: 'number';
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer?: boolean;
}

/** One of a fixed list of names (a registry's keys, usually). */
export interface ChoiceParam {
  readonly kind: 'choice';
  readonly label: string;
  readonly default: string;
  readonly options: readonly string[];
}

/** On or off. */
export interface FlagParam {
  readonly kind: 'flag';
  readonly label: string;
  readonly default: boolean;
}

/** A short list of numbers, e.g. the sizes of the hidden layers, written `3,4,2` in the address. */
export interface ListParam {
  readonly kind: 'list';
  readonly label: string;
  readonly default: readonly number[];
  readonly min: number;
  readonly max: number;
  readonly minLength: number;
  readonly maxLength: number;
  readonly integer?: boolean;
}

/**
 * Free text of bounded length (a pasted network's JSON, say); '' is allowed. What the text must
 * say is the model's to judge in derive, so a text that parses but makes no sense is refused there
 * with the model's own message, and the last good state stays.
 */
export interface TextParam {
  readonly kind: 'text';
  readonly label: string;
  readonly default: string;
  readonly maxLength: number;
}

export type Param = NumberParam | ChoiceParam | FlagParam | ListParam | TextParam;
export type ParamTable = Readonly<Record<string, Param>>;

type ValueOf<P extends Param> = P extends NumberParam
  ? number
  : P extends ChoiceParam | TextParam
    ? string
    : P extends FlagParam
      ? boolean
      : readonly number[];

/** The state a table describes: one value per key, of the key's kind. */
export type StateOf<T extends ParamTable> = { readonly [K in keyof T]: ValueOf<T[K]> };

export type Parsed<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly message: string };

// A plain decimal with optional sign, fraction and exponent; no hex, no 'Infinity', no 'NaN'.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Every key at its default. */
export function defaults<T extends ParamTable>(table: T): StateOf<T> {
  const state: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(table)) state[key] = param.default;
  return state as StateOf<T>;
}

/** Reads a reader's number for a range; the message never echoes the text (it may be "NaN"). */
export function parseNumber(
  raw: string,
  range: { readonly min: number; readonly max: number; readonly integer?: boolean | undefined },
): Parsed<number> {
  const text = normalizeMinus(raw.trim());
  const span = `from ${formatNumber(range.min)} to ${formatNumber(range.max)}`;
  const what = range.integer === true ? 'a whole number' : 'a number';
  if (text === '') return { ok: false, message: `Enter ${what} ${span}.` };
  if (!DECIMAL.test(text)) return { ok: false, message: `Not a number: enter ${what} ${span}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `Too large: enter ${what} ${span}.` };
  if (value < range.min || value > range.max) {
    return { ok: false, message: `${formatNumber(value)} is out of range: enter ${what} ${span}.` };
  }
  if (range.integer === true && !Number.isInteger(value)) {
    return {
      ok: false,
      message: `${formatNumber(value)} is not a whole number: enter one ${span}.`,
    };
  }
  return { ok: true, value };
}

/**
 * A number property with the narrower span a widget's state allows (a curve's own domain, a
 * network's step count), from a field's `data-min` / `data-max`; any other property as it is.
 * The span never widens past the property's own, so an address and a field agree on what is valid.
 */
export function narrowParam<P extends Param>(
  param: P,
  bounds: { readonly min?: string | undefined; readonly max?: string | undefined },
): P {
  if (param.kind !== 'number') return param;
  const read = (text: string | undefined) =>
    text === undefined || text.trim() === '' ? NaN : Number(text);
  const min = read(bounds.min);
  const max = read(bounds.max);
  const lo = Number.isFinite(min) ? Math.max(param.min, min) : param.min;
  const hi = Number.isFinite(max) ? Math.min(param.max, max) : param.max;
  return lo === param.min && hi === param.max ? param : { ...param, min: lo, max: hi };
}

/** Parses the text form of one property (as typed in a field or found in the address). */
export function parseParam<P extends Param>(param: P, raw: string): Parsed<ValueOf<P>> {
  const result = parseAny(param, raw);
  return result as Parsed<ValueOf<P>>;
}

function parseAny(
  param: Param,
  raw: string,
): Parsed<number | string | boolean | readonly number[]> {
  switch (param.kind) {
    case 'number':
      return parseNumber(raw, param);
    case 'choice':
      return param.options.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: `Choose one of: ${param.options.join(', ')}.` };
    case 'flag':
      if (raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === '0' || raw === 'false') return { ok: true, value: false };
      return { ok: false, message: 'Use 1 for on or 0 for off.' };
    case 'text':
      return raw.length <= param.maxLength
        ? { ok: true, value: raw }
        : {
            ok: false,
            message: `Too long: ${raw.length} characters, at most ${param.maxLength} are read.`,
          };
    case 'list': {
      const parts = raw.split(',');
      if (parts.length < param.minLength || parts.length > param.maxLength) {
        return {
          ok: false,
          message: `Give from ${param.minLength} to ${param.maxLength} values, separated by commas.`,
        };
      }
      const values: number[] = [];
      for (const part of parts) {
        const parsed = parseNumber(part, param);
        if (!parsed.ok) return parsed;
        values.push(parsed.value);
      }
      return { ok: true, value: values };
    }
  }
}

/** The text form of a value: what the address and the text fields hold. */
export function formatParam<P extends Param>(param: P, value: ValueOf<P>): string {
  if (param.kind === 'flag') return value ? '1' : '0';
  if (param.kind === 'list') return (value as readonly number[]).map((v) => String(v)).join(',');
  // Numbers as JavaScript writes them: exact, ASCII, and read back by parseNumber unchanged.
  return String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  }
  return Object.is(a, b);
}

/** One address value that could not be used, and what was loaded instead. */
export interface AddressProblem {
  readonly key: string;
  /** The text the address held for the key. */
  readonly raw: string;
  readonly message: string;
}

/**
 * The state an address describes for widget `ns`: each `ns.key` that parses replaces the default;
 * one that does not keeps the default and is reported, so a bad link still opens a working widget.
 */
export function readAddress<T extends ParamTable>(
  table: T,
  ns: string,
  params: URLSearchParams,
): { state: StateOf<T>; problems: AddressProblem[] } {
  const state: Record<string, unknown> = { ...defaults(table) };
  const problems: AddressProblem[] = [];
  for (const [key, param] of Object.entries(table)) {
    const raw = params.get(`${ns}.${key}`);
    if (raw === null) continue;
    const parsed = parseParam(param, raw);
    if (parsed.ok) state[key] = parsed.value;
    else
      problems.push({
        key,
        raw,
        message: `${param.label}: ${parsed.message} The default is shown.`,
      });
  }
  return { state: state as StateOf<T>, problems };
}

/**
 * Writes the state of widget `ns` into `params`: keys at their default are removed, so the
 * address stays short and a reset leaves no trace. Other widgets' keys are left alone.
 */
export function writeAddress<T extends ParamTable>(
  table: T,
  ns: string,
  state: StateOf<T>,
  params: URLSearchParams,
): URLSearchParams {
  for (const [key, param] of Object.entries(table)) {
    const value = state[key as keyof T];
    if (sameValue(value, param.default)) params.delete(`${ns}.${key}`);
    else params.set(`${ns}.${key}`, formatParam(param, value as ValueOf<typeof param>));
  }
  return params;
}

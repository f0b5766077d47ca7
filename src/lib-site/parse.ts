/**
 * Strict parsing of a live-evaluation input. The reader's text becomes a number only when it is a
 * plain decimal inside the formula's range; anything else gets a sentence that says what is wrong.
 */
import type { FormulaInput } from '../../lib/formulas/types.ts';
import { formatNumber, normalizeMinus } from './format.ts';

export type ParseResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

// A decimal with optional sign, fraction and exponent; no hex, no 'Infinity', no 'NaN'.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses `raw` for `input`, or explains why it cannot be used. */
export function parseInput(raw: string, input: FormulaInput): ParseResult {
  const text = normalizeMinus(raw.trim());
  const range = `from ${formatNumber(input.min)} to ${formatNumber(input.max)}`;
  if (text === '') return { ok: false, message: `Enter a number ${range}.` };
  // The reader's text is not echoed back: a message must never itself show "NaN" or "Infinity".
  if (!DECIMAL.test(text)) return { ok: false, message: `Not a number: enter a number ${range}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `Too large: enter a number ${range}.` };
  if (value < input.min || value > input.max) {
    return {
      ok: false,
      message: `${formatNumber(value)} is out of range. Enter a number ${range}.`,
    };
  }
  if (input.integer === true && !Number.isInteger(value)) {
    return {
      ok: false,
      message: `${formatNumber(value)} is not a whole number. Enter a whole number ${range}.`,
    };
  }
  return { ok: true, value };
}

/**
 * What one test did with the formula registry: which entries it evaluated, which of their lib/
 * functions ran, and whether it asserted on a value an evaluation returned. The formula check
 * counts a formula as verified only on this evidence (src/lib-site/report.ts), so a test that
 * names a formula but never evaluates it, or evaluates it and asserts nothing about the result,
 * does not count.
 */

import type { FormulaEvidence } from '../../src/lib-site/report.ts';

export { EVIDENCE_KEY, type FormulaEvidence } from '../../src/lib-site/report.ts';

export interface EvidenceRecorder {
  /** An entry's evaluate returned `result`: remember its values as the entry's. */
  evaluated(id: string, result: unknown): void;
  /** A lib function ran (key "module#export"). */
  ran(key: string): void;
  /** An assertion was made on `actual`. */
  asserted(actual: unknown): void;
  /** The evidence so far, given each entry's declared function keys. */
  evidence(declared: (id: string) => readonly string[]): FormulaEvidence;
}

/** A fresh recorder for one test. */
export function createRecorder(): EvidenceRecorder {
  const evaluatedIds = new Set<string>();
  const ranKeys = new Set<string>();
  const assertedIds = new Set<string>();
  const numbers = new Map<number, Set<string>>();
  const objects = new WeakMap<object, Set<string>>();

  const tag = <K>(
    map: { get(k: K): Set<string> | undefined; set(k: K, v: Set<string>): unknown },
    key: K,
    id: string,
  ) => {
    const ids = map.get(key) ?? new Set<string>();
    ids.add(id);
    map.set(key, ids);
  };
  /** Every number and object reachable from an evaluation (rows, values, vectors, the check). */
  const remember = (value: unknown, id: string, depth: number): void => {
    if (typeof value === 'number') tag(numbers, value, id);
    else if (typeof value === 'object' && value !== null && depth < 6) {
      tag(objects, value, id);
      for (const child of Object.values(value)) remember(child, id, depth + 1);
    }
  };
  /** The ids whose values `actual` is or contains (a vector or matrix holding one counts). */
  const owners = (actual: unknown, depth: number, into: Set<string>): void => {
    if (typeof actual === 'number') numbers.get(actual)?.forEach((id) => into.add(id));
    else if (typeof actual === 'object' && actual !== null) {
      objects.get(actual)?.forEach((id) => into.add(id));
      if (depth < 3 && (Array.isArray(actual) || ArrayBuffer.isView(actual))) {
        for (const entry of Array.from(actual as ArrayLike<unknown>))
          owners(entry, depth + 1, into);
      }
    }
  };

  return {
    evaluated(id, result) {
      evaluatedIds.add(id);
      remember(result, id, 0);
    },
    ran: (key) => void ranKeys.add(key),
    asserted(actual) {
      owners(actual, 0, assertedIds);
    },
    evidence(declared) {
      const out: Record<string, { asserted: boolean; missing: string[] }> = {};
      for (const id of evaluatedIds) {
        out[id] = {
          asserted: assertedIds.has(id),
          missing: declared(id).filter((key) => !ranKeys.has(key)),
        };
      }
      return out;
    },
  };
}

/**
 * Vitest setup file: records, for every test, the evidence the formula check counts
 * (tests/setup/evidence.ts). It wraps each registry entry's evaluate and each function its `code`
 * declares (a module's exports are configurable properties under vitest, so calls from the
 * registry go through the wrapper), and sees every assertion's subject through a chai plugin.
 * The evidence goes into the test's meta, which the JSON report carries to the formula check.
 */
import { afterEach, beforeEach, chai } from 'vitest';
import { formulas } from '../../lib/formulas/index.ts';
import type { Formula } from '../../lib/formulas/types.ts';
import {
  createRecorder,
  EVIDENCE_KEY,
  type EvidenceRecorder,
  type FormulaEvidence,
} from './evidence.ts';

declare module 'vitest' {
  interface TaskMeta {
    [EVIDENCE_KEY]?: FormulaEvidence;
  }
}

let current: EvidenceRecorder = createRecorder();
const declared = new Map<string, string[]>();

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces a module's function export by one that records its calls, once per module instance. */
function wrapExports(ns: Record<string, unknown>, module: string, names: readonly string[]) {
  const keys: string[] = [];
  for (const name of names) {
    const original = ns[name];
    if (typeof original !== 'function') continue; // an object (an activation, a loss): nothing runs
    const key = `${module}#${name}`;
    keys.push(key);
    if ((original as { __evidence?: boolean }).__evidence) continue;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      current.ran(key);
      return (original as AnyFunction).apply(this, args);
    };
    Object.defineProperty(wrapped, '__evidence', { value: true });
    Object.defineProperty(ns, name, { value: wrapped, enumerable: true, configurable: true });
  }
  return keys;
}

for (const formula of formulas as readonly Formula[]) {
  const keys: string[] = [];
  for (const { module, exports } of formula.code) {
    // Vite resolves a leading / from the project root, the same module instance tests import.
    const ns = (await import(/* @vite-ignore */ `/${module}`)) as Record<string, unknown>;
    keys.push(...wrapExports(ns, module, exports));
  }
  declared.set(formula.id, keys);
  const evaluate = formula.evaluate;
  Object.defineProperty(formula, 'evaluate', {
    value: (values: Parameters<Formula['evaluate']>[0]) => {
      const result = evaluate(values);
      current.evaluated(formula.id, result);
      return result;
    },
  });
}

// Every matcher (chai's, vitest's and expect.extend's) is a method on Assertion.prototype by now:
// wrap each to note its subject, expect(subject), before it runs.
chai.use((api, utils) => {
  const proto = api.Assertion.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const method = descriptor?.value as AnyFunction | undefined;
    if (typeof method !== 'function' || name === 'constructor') continue;
    proto[name] = function (this: object, ...args: unknown[]) {
      current.asserted(utils.flag(this, 'object'));
      return method.apply(this, args);
    };
  }
});

beforeEach(() => {
  current = createRecorder();
});

afterEach(({ task }) => {
  const evidence = current.evidence((id) => declared.get(id) ?? []);
  if (Object.keys(evidence).length > 0) task.meta[EVIDENCE_KEY] = evidence;
});

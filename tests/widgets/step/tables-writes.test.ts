import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { step } from '../../../src/widgets/step/model.ts';
import {
  checkTableBody,
  refreshCheckTable,
  refreshValueTable,
  valueTableBody,
} from '../../../src/widgets/step/tables.ts';

/** The mutations `change` makes under `root`, as `type attribute-name` (attributes) or `type`. */
function writesOf(document: Document, root: Element, change: () => void): string[] {
  const observer = new document.defaultView!.MutationObserver(() => {});
  observer.observe(root, { attributes: true, characterData: true, childList: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records.map((r) => (r.type === 'attributes' ? `attributes ${r.attributeName}` : r.type));
}

describe('refreshing the step-through’s tables in place', () => {
  it('writes nothing to a value table that already shows the state', () => {
    const doc = serverDocument();
    const d = step.derive({ ...defaults(step.params), at: 1 });
    const body = valueTableBody(doc, d, 1);
    doc.body.append(body);
    expect(writesOf(doc, body, () => expect(refreshValueTable(body, d, 1)).toBe(true))).toEqual([]);
  });

  it('writes only the value and the number of a cell whose value changed', () => {
    const doc = serverDocument();
    const s = defaults(step.params);
    const d = step.derive(s);
    const body = valueTableBody(doc, d, 0);
    doc.body.append(body);
    const faster = step.derive({ ...s, eta: 0.25 });
    const changed = faster.table.filter((r, k) => r.value !== d.table[k]!.value).length;
    expect(changed).toBeGreaterThan(0);
    const writes = writesOf(doc, body, () => expect(refreshValueTable(body, faster, 0)).toBe(true));
    expect(writes.filter((w) => w === 'attributes data-value')).toHaveLength(changed);
    expect(writes.filter((w) => w !== 'attributes data-value')).toHaveLength(changed);
  });

  it('writes nothing to a check table that already shows the state', () => {
    const doc = serverDocument();
    const d = step.derive(defaults(step.params));
    const body = checkTableBody(doc, d);
    doc.body.append(body);
    expect(writesOf(doc, body, () => expect(refreshCheckTable(body, d)).toBe(true))).toEqual([]);
  });
});

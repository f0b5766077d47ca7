import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { setText } from '../../../src/widgets/kit/patch.ts';

/** The mutation records' types `change` makes under `root`. */
function writesOf(document: Document, root: Element, change: () => void): string[] {
  const observer = new document.defaultView!.MutationObserver(() => {});
  observer.observe(root, { characterData: true, childList: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records.map((r) => r.type);
}

describe('setText’s writes', () => {
  it('leaves a text node holding the text already given unwritten, and writes one that differs once', () => {
    const doc = serverDocument();
    const p = doc.createElement('p');
    p.textContent = '0.5';
    doc.body.append(p);
    expect(writesOf(doc, p, () => setText(p, '0.5'))).toEqual([]);
    // linkedom records new data in a text node as a change to its parent's children.
    expect(writesOf(doc, p, () => setText(p, '0.25'))).toHaveLength(1);
    expect(p.textContent).toBe('0.25');
  });
});

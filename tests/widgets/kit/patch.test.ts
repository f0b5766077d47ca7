import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { patchElement, setText } from '../../../src/widgets/kit/patch.ts';

const doc = serverDocument();

/** A tbody built from rows of cell texts, the first row marked `chosen`. */
function body(rows: readonly (readonly string[])[], chosen = -1): HTMLElement {
  const tbody = doc.createElement('tbody');
  rows.forEach((cells, k) => {
    const tr = doc.createElement('tr');
    if (k === chosen) tr.setAttribute('class', 'ff-chosen');
    for (const text of cells) {
      const td = doc.createElement('td');
      td.textContent = text;
      td.setAttribute('data-value', text);
      tr.append(td);
    }
    tbody.append(tr);
  });
  return tbody;
}

describe('patchElement', () => {
  it('leaves the live copy’s nodes in place and changes only the texts and attributes that differ', () => {
    const live = body([
      ['a', '1'],
      ['b', '2'],
    ]);
    const cells = [...live.querySelectorAll('td')];
    const changes = patchElement(
      live,
      body(
        [
          ['a', '1'],
          ['b', '3'],
        ],
        1,
      ),
    );
    expect(live.outerHTML).toBe(
      body(
        [
          ['a', '1'],
          ['b', '3'],
        ],
        1,
      ).outerHTML,
    );
    // The second row's class, its second cell's attribute and its text: three changes.
    expect(changes).toBe(3);
    expect([...live.querySelectorAll('td')]).toEqual(cells);
  });

  it('makes no change when the two already agree', () => {
    const live = body([['x', '0']], 0);
    expect(patchElement(live, body([['x', '0']], 0))).toBe(0);
  });

  it('removes an attribute the fresh copy lacks', () => {
    const live = body([['x']], 0);
    expect(patchElement(live, body([['x']]))).toBe(1);
    expect(live.querySelector('tr')!.hasAttribute('class')).toBe(false);
  });

  it('takes the fresh children whole when their number differs (a new network)', () => {
    const live = body([['a'], ['b']]);
    const fresh = body([['a'], ['b'], ['c']]);
    const expected = fresh.outerHTML;
    expect(patchElement(live, fresh)).toBe(1);
    expect(live.outerHTML).toBe(expected);
  });

  it('replaces a child whose tag differs, and a text that became an element', () => {
    const live = doc.createElement('p');
    live.append(doc.createElement('b'), doc.createTextNode('t'));
    const fresh = doc.createElement('p');
    const i = doc.createElement('i');
    i.textContent = 'n';
    fresh.append(i, doc.createElement('span'));
    expect(patchElement(live, fresh)).toBe(2);
    expect(live.outerHTML).toBe('<p><i>n</i><span></span></p>');
  });

  it('replaces an element that became a text', () => {
    const live = doc.createElement('p');
    live.append(doc.createElement('b'));
    const fresh = doc.createElement('p');
    fresh.append(doc.createTextNode('plain'));
    expect(patchElement(live, fresh)).toBe(1);
    expect(live.outerHTML).toBe('<p>plain</p>');
  });

  it('replaces a comment by the fresh one', () => {
    const live = doc.createElement('p');
    live.append(doc.createComment('old'));
    const fresh = doc.createElement('p');
    fresh.append(doc.createComment('new'));
    expect(patchElement(live, fresh)).toBe(1);
    expect(live.outerHTML).toBe('<p><!--new--></p>');
  });
});

describe('setText', () => {
  it('changes the data of an element’s one text node and keeps the node', () => {
    const p = doc.createElement('p');
    p.textContent = '0.5';
    const node = p.firstChild;
    setText(p, '0.25');
    expect(p.textContent).toBe('0.25');
    expect(p.firstChild).toBe(node);
    expect(p.childNodes).toHaveLength(1);
  });

  it('sets the whole text of an empty element or of one with more than a text node', () => {
    const empty = doc.createElement('p');
    setText(empty, 'now');
    expect(empty.textContent).toBe('now');
    const mixed = doc.createElement('p');
    mixed.append('a ', doc.createElement('b'));
    setText(mixed, 'plain');
    expect(mixed.outerHTML).toBe('<p>plain</p>');
    const element = doc.createElement('p');
    element.append(doc.createElement('b'));
    setText(element, 'text');
    expect(element.outerHTML).toBe('<p>text</p>');
  });

  it('touches nothing when the text is already the one given', () => {
    const p = doc.createElement('p');
    p.append(doc.createElement('b'));
    (p.firstChild as Element).textContent = 'same';
    const b = p.firstChild;
    setText(p, 'same');
    expect(p.firstChild).toBe(b);
  });
});

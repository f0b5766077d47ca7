/**
 * Brings a live element's subtree in line with a freshly built copy while touching only what
 * differs: a text or attribute that changed is set, an element whose tag differs (or a child list
 * of another length) is replaced. A table of a hundred rows whose numbers move with a slider then
 * costs the browser the changed cells' style and text, not a new table's.
 */

/** Makes `live` read as `fresh` does (same tag assumed); returns the number of changes made. */
export function patchElement(live: Element, fresh: Element): number {
  let changes = 0;
  for (const name of live.getAttributeNames()) {
    if (!fresh.hasAttribute(name)) {
      live.removeAttribute(name);
      changes++;
    }
  }
  for (const name of fresh.getAttributeNames()) {
    const value = fresh.getAttribute(name)!;
    if (live.getAttribute(name) !== value) {
      live.setAttribute(name, value);
      changes++;
    }
  }
  const liveKids = live.childNodes;
  const freshKids = fresh.childNodes;
  if (liveKids.length !== freshKids.length) {
    live.replaceChildren(...[...freshKids]);
    return changes + 1;
  }
  // Walk a snapshot: replacing a child must not shift the indices still to come.
  const pairs = [...freshKids].map((f, k) => [liveKids[k]!, f] as const);
  for (const [l, f] of pairs) changes += patchNode(l, f);
  return changes;
}

function patchNode(live: ChildNode, fresh: ChildNode): number {
  const isText = (n: ChildNode) => n.nodeType === 3;
  if (isText(live) && isText(fresh)) {
    if (live.nodeValue === fresh.nodeValue) return 0;
    live.nodeValue = fresh.nodeValue;
    return 1;
  }
  const sameElement =
    live.nodeType === 1 &&
    fresh.nodeType === 1 &&
    (live as Element).tagName === (fresh as Element).tagName;
  if (sameElement) return patchElement(live as Element, fresh as Element);
  live.replaceWith(fresh);
  return 1;
}

/**
 * Changes an element's text in its own text node where it has one: new data in the same node
 * costs the browser that text's layout, where a new node (textContent) is a change to the tree
 * that every `:has()` rule of the page must look at.
 */
export function setText(el: Element, text: string): void {
  const only = el.firstChild;
  if (only !== null && only === el.lastChild && only.nodeType === 3) {
    if (only.nodeValue !== text) only.nodeValue = text;
  } else if (el.textContent !== text) el.textContent = text;
}

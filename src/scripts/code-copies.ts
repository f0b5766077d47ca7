/**
 * Fills a "same code as …" link (FormulaCode.astro) with a copy of the code it points to when its
 * panel opens, so every Code panel shows its code while the page carries each block only once.
 */
function fill(details: HTMLDetailsElement): void {
  for (const ref of details.querySelectorAll<HTMLElement>('.ff-code-ref[data-code-from]')) {
    const source = document.getElementById(ref.dataset['codeFrom'] ?? '');
    if (source === null) continue;
    const copy = source.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    // Expressive Code wires its copy buttons once at load; a cloned one would do nothing.
    copy.querySelectorAll('.copy').forEach((button) => button.remove());
    ref.replaceWith(copy);
  }
}

// 'toggle' does not bubble, but a capturing listener on the document still sees every one.
document.addEventListener(
  'toggle',
  (event) => {
    if (event.target instanceof HTMLDetailsElement && event.target.open) fill(event.target);
  },
  true,
);

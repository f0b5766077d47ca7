/**
 * Fills a "same code as …" link (FormulaCode.astro) with a copy of the code it points to when its
 * panel opens, so every Code panel shows its code while the page carries each block only once.
 */
import { elementById } from './deferred.ts';

/** Replaces each code link in `details` by a copy of the block it names. */
export function fillCopies(details: HTMLDetailsElement): void {
  for (const ref of details.querySelectorAll<HTMLElement>('.ff-code-ref[data-code-from]')) {
    // The block sits in the first panel that shows it, which may not have been opened (built) yet.
    const source = elementById(ref.dataset['codeFrom'] ?? '');
    if (source === null) continue;
    const copy = source.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    // Its copy button works too: Expressive Code's script wires every code block added to the page.
    ref.replaceWith(copy);
  }
}

/**
 * Which section of a page is being read, from the positions of its headings: the last heading
 * whose top has scrolled past the reading line, or the first heading when none has yet.
 * `headingTops` are viewport coordinates in document order, as getBoundingClientRect gives them.
 */
export function currentSection(headingTops: readonly number[], line: number): number {
  let index = 0;
  for (let i = 0; i < headingTops.length; i++) {
    if ((headingTops[i] ?? Infinity) <= line) index = i;
    else break;
  }
  return index;
}

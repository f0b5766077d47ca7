/**
 * Whether a page's "On this page" list is worth showing: Starlight's list always starts with the
 * page title ("Overview"); a page without headings would get a list of that one link, which on a
 * phone is a sticky bar pointing at where the reader already is.
 */
interface TocEntry {
  readonly children: readonly TocEntry[];
}

export function listsSections(items: readonly TocEntry[]): boolean {
  return items.length > 1 || items.some((item) => item.children.length > 0);
}

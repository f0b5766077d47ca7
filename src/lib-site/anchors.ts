/** Element ids that stay unique on a page even when one formula appears on it twice. */

/** Per-page counter: `first` for the first use of a key, `first-2`, `first-3`… after it. */
export function uniqueId(used: Map<string, number>, key: string): string {
  const count = (used.get(key) ?? 0) + 1;
  used.set(key, count);
  return count === 1 ? key : `${key}-${count}`;
}

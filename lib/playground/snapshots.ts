/**
 * A bounded timeline of training snapshots for rewinding: a ring buffer of the last `capacity`
 * (epoch, snapshot) pairs pushed in increasing epoch order. Pushing past capacity drops the
 * earliest, so memory stays bounded however long the reader trains.
 */

/** The timeline's operations; T is whatever a snapshot is (a TrainerSnapshot for the page). */
export interface Timeline<T> {
  /** How many snapshots it holds now. */
  readonly size: number;
  readonly capacity: number;
  /** Adds the snapshot at `epoch` (O(1)); one at an epoch not after the latest replaces those. */
  push(epoch: number, snapshot: T): void;
  /** The snapshot at the largest epoch ≤ `epoch`, or null when all are later (or none). */
  at(epoch: number): { epoch: number; snapshot: T } | null;
  latest(): { epoch: number; snapshot: T } | null;
  earliest(): { epoch: number; snapshot: T } | null;
  /** Drops every snapshot after `epoch` (the reader resumed from the past). */
  truncateAfter(epoch: number): void;
  /** Drops everything. */
  clear(): void;
}

/** The default number of snapshots kept. */
export const DEFAULT_TIMELINE_CAPACITY = 500;

/** An empty timeline holding at most `capacity` snapshots. */
export function createTimeline<T>(capacity: number = DEFAULT_TIMELINE_CAPACITY): Timeline<T> {
  if (!(Number.isInteger(capacity) && capacity >= 1))
    throw new RangeError(`createTimeline: capacity must be a whole number ≥ 1, got ${capacity}`);
  const epochs = new Float64Array(capacity);
  const snapshots = new Array<T | undefined>(capacity);
  let start = 0; // ring index of the earliest entry
  let size = 0;
  const slot = (k: number) => (start + k) % capacity; // ring index of the k-th entry, earliest first
  const entry = (k: number) => ({ epoch: epochs[slot(k)]!, snapshot: snapshots[slot(k)] as T });
  /** How many entries have an epoch ≤ e (or < e): a binary search, as epochs increase. */
  const countUpTo = (e: number, strict = false): number => {
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const em = epochs[slot(mid)]!;
      if (strict ? em < e : em <= e) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const truncateTo = (n: number) => {
    for (let k = n; k < size; k++) snapshots[slot(k)] = undefined; // let them be collected
    size = n;
  };
  return {
    get size() {
      return size;
    },
    capacity,
    push(epoch, snapshot) {
      if (!Number.isFinite(epoch))
        throw new RangeError(`push: the epoch must be a finite number, got ${epoch}`);
      // Keeps the epochs increasing, so `at` can search: a push at or before the latest is a
      // new branch of history and replaces what came after.
      if (size > 0 && epochs[slot(size - 1)]! >= epoch) truncateTo(countUpTo(epoch, true));
      if (size === capacity) {
        snapshots[start] = undefined;
        start = (start + 1) % capacity;
        size--;
      }
      epochs[slot(size)] = epoch;
      snapshots[slot(size)] = snapshot;
      size++;
    },
    at(epoch) {
      const n = countUpTo(epoch);
      return n === 0 ? null : entry(n - 1);
    },
    latest: () => (size === 0 ? null : entry(size - 1)),
    earliest: () => (size === 0 ? null : entry(0)),
    truncateAfter(epoch) {
      truncateTo(countUpTo(epoch));
    },
    clear() {
      truncateTo(0);
      start = 0;
    },
  };
}

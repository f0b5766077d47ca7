/** One recorded epoch of the loss curve. */
export interface HistoryEntry {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
}

/**
 * The most history entries kept. When full, every other one is dropped and from then on only
 * every 2nd (then 4th, …) epoch is recorded, so the curve always spans the whole run, evenly
 * spaced, in HISTORY_LIMIT / 2 … HISTORY_LIMIT points, and memory stays bounded.
 */
export const HISTORY_LIMIT = 1000;

/** A bounded loss curve: which epochs to record, recording them, and undoing a future. */
export interface LossHistory {
  readonly entries: readonly HistoryEntry[];
  /** Record every `stride`-th epoch. */
  readonly stride: number;
  /** Whether the curve keeps this epoch (so its losses are worth computing). */
  wants(epoch: number): boolean;
  /** Appends an epoch's losses, thinning the curve first when it is full. */
  push(entry: HistoryEntry): void;
  /** Drops the entries after `epoch` and records at least every `stride`-th epoch from there. */
  rewind(epoch: number, stride: number): void;
}

/** An empty loss curve recording every epoch. */
export function createHistory(): LossHistory {
  let entries: HistoryEntry[] = [];
  let stride = 1;
  return {
    get entries() {
      return entries;
    },
    get stride() {
      return stride;
    },
    wants: (epoch) => epoch % stride === 0,
    push(entry) {
      if (entries.length >= HISTORY_LIMIT) {
        stride *= 2;
        entries = entries.filter((e) => e.epoch % stride === 0);
        if (entry.epoch % stride !== 0) return;
      }
      entries.push(entry);
    },
    rewind(epoch, atStride) {
      // Going back before a thinning keeps the thinned, coarser curve: the dropped points are gone.
      entries = entries.filter((e) => e.epoch <= epoch);
      stride = Math.max(stride, atStride);
    },
  };
}

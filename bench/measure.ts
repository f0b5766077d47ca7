/**
 * Timing for the benchmark: run a unit of work again and again for at least `minSeconds`, several
 * times over, and report the median rate. Medians shrug off a run that a background task slowed.
 */
export interface Rate {
  /** Work units (samples, or calls) per second, median of the runs. */
  readonly perSecond: number;
  readonly runs: number;
}

export async function measure(
  work: () => number | Promise<number>,
  runs: number,
  minSeconds = 1,
): Promise<Rate> {
  await work(); // warm-up: let the JIT compile the hot loops first
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    let units = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minSeconds * 1000) {
      units += await work();
      elapsed = performance.now() - start;
    }
    rates.push(units / (elapsed / 1000));
  }
  rates.sort((a, b) => a - b);
  return { perSecond: rates[Math.floor(rates.length / 2)]!, runs };
}

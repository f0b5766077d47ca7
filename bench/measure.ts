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

export interface PairedRate {
  /** Median rates of each side over the rounds. */
  readonly first: number;
  readonly second: number;
  /** Median over the rounds of first's rate over second's, each round's pair timed back to back. */
  readonly ratio: number;
  /** The lowest and highest round's ratio: how much the machine moved under the measurement. */
  readonly spread: readonly [number, number];
}

/**
 * Two pieces of work timed in turn, `rounds` times, for `roundSeconds` each: the machine's speed
 * drifts over seconds (a busy neighbour, the clock), and a pair timed back to back sees the same
 * machine, so the median of the rounds' ratios holds still where two separate runs' rates do not.
 */
export async function measurePair(
  first: () => number,
  second: () => number,
  rounds = 30,
  roundSeconds = 0.1,
): Promise<PairedRate> {
  const timed = (work: () => number): number => {
    let units = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < roundSeconds * 1000) {
      units += work();
      elapsed = performance.now() - start;
    }
    return units / (elapsed / 1000);
  };
  timed(first); // warm-up: compile both hot loops before anything counts
  timed(second);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so neither always runs on the warmer half of a round.
    let x: number;
    let y: number;
    if (r % 2 === 0) {
      x = timed(first);
      y = timed(second);
    } else {
      y = timed(second);
      x = timed(first);
    }
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)]!;
  return {
    first: median(a),
    second: median(b),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
  };
}

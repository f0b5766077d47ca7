/**
 * How many epochs the playground trains in one animation frame. TensorFlow Playground trains one
 * epoch a frame and redraws everything after it, so a small network crawls and a large one drops
 * frames; here epochs are decoupled from frames: a frame spends at most a budget of milliseconds on
 * training, estimated from how long the last epochs took, and the drawing gets the rest.
 */

/** Milliseconds of training per frame: at 60 Hz this leaves about 8 ms for drawing the maps. */
export const TRAIN_BUDGET_MS = 7;
/** Never more epochs than this in one frame, so the loss chart still moves smoothly. */
export const MAX_EPOCHS_PER_FRAME = 50;
/** Weight of the newest measurement in the running estimate of one epoch's time. */
const SMOOTHING = 0.3;

/** The epochs to train this frame: as many as fit the budget by the estimate, at least one. */
export function epochsThisFrame(
  msPerEpoch: number | null,
  budgetMs = TRAIN_BUDGET_MS,
  max = MAX_EPOCHS_PER_FRAME,
): number {
  // Before any measurement, one epoch: the first frame measures.
  if (msPerEpoch === null || !(msPerEpoch > 0) || !Number.isFinite(msPerEpoch)) return 1;
  return Math.max(1, Math.min(max, Math.floor(budgetMs / msPerEpoch)));
}

/**
 * The running estimate of one epoch's time after `epochs` epochs took `elapsedMs`: an
 * exponential average, so one slow frame (a garbage collection) does not halve the next frame's work.
 */
export function updateEstimate(
  previous: number | null,
  elapsedMs: number,
  epochs: number,
): number | null {
  if (!(epochs >= 1) || !(elapsedMs >= 0) || !Number.isFinite(elapsedMs)) return previous;
  // A timer's resolution can make a short epoch read 0 ms; count it as a tenth of a millisecond.
  const measured = Math.max(elapsedMs, 0.1) / epochs;
  return previous === null ? measured : previous + SMOOTHING * (measured - previous);
}

import type { HistoryEntry, TrainerMetrics } from './trainer.ts';

/**
 * How training is going, in a few plain words, read off the loss curve: the mean of the last
 * TREND_WINDOW recorded losses against the mean of the TREND_WINDOW before them (fewer when
 * the curve is short), as a change relative to the earlier mean.
 */

/** The page's colour for the message: going fine, worth a look, or stopped. */
export type StatusTone = 'ok' | 'warn' | 'stop';

export interface TrainingStatus {
  readonly tone: StatusTone;
  readonly text: string;
}

/** History entries in each of the two windows compared. */
export const TREND_WINDOW = 10;
/** A relative change of the test loss above this counts as rising (1 %, above the noise of a mean of ten). */
export const RISING = 0.01;
/** A change of the training loss smaller than this either way is levelled off; above it, rising. */
export const LEVELLED = 0.005;
/** The smallest loss a change is taken relative to, so a loss near 0 does not divide by 0. */
export const LOSS_FLOOR = 1e-6;

export const STATUS_TEXT = {
  untrained: 'Not trained yet.',
  started: 'Training has just started.',
  testFalling: 'Test loss still falling.',
  trainFalling: 'Training loss still falling.',
  levelled: 'Training loss has levelled off.',
  overfitting: 'Test loss rising while training loss falls: the network is overfitting.',
  rising: 'Training loss rising: the learning rate may be too high.',
  diverged: 'Diverged: the loss became too large. Lower the learning rate and reset.',
} as const;

/** (recent − earlier) / earlier for the means of the last two windows of one loss. */
function relativeChange(
  history: readonly HistoryEntry[],
  loss: 'trainLoss' | 'testLoss',
  span: number,
): number {
  const n = history.length;
  let recent = 0;
  let earlier = 0;
  for (let k = 0; k < span; k++) {
    recent += history[n - 1 - k]![loss];
    earlier += history[n - 1 - span - k]![loss];
  }
  return (recent - earlier) / Math.max(Math.abs(earlier), LOSS_FLOOR * span);
}

/** The status message for a loss curve, the current metrics and whether training diverged. */
export function describeTraining(
  history: readonly HistoryEntry[],
  metrics: Pick<TrainerMetrics, 'trainLoss' | 'testLoss'>,
  diverged: boolean,
): TrainingStatus {
  if (diverged || (history.length > 0 && !Number.isFinite(metrics.trainLoss)))
    return { tone: 'stop', text: STATUS_TEXT.diverged };
  if (history.length === 0) return { tone: 'ok', text: STATUS_TEXT.untrained };
  if (history.length === 1) return { tone: 'ok', text: STATUS_TEXT.started };
  const span = Math.min(TREND_WINDOW, Math.floor(history.length / 2));
  const train = relativeChange(history, 'trainLoss', span);
  const hasTest =
    Number.isFinite(metrics.testLoss) && history.every((e) => Number.isFinite(e.testLoss));
  const test = hasTest ? relativeChange(history, 'testLoss', span) : NaN;
  if (test > RISING && train < 0) return { tone: 'warn', text: STATUS_TEXT.overfitting };
  if (Math.abs(train) < LEVELLED) return { tone: 'ok', text: STATUS_TEXT.levelled };
  if (train > 0) return { tone: 'warn', text: STATUS_TEXT.rising };
  if (test <= 0) return { tone: 'ok', text: STATUS_TEXT.testFalling };
  return { tone: 'ok', text: STATUS_TEXT.trainFalling };
}

/**
 * The numbers the playground shows beside the map, as the page writes them: the epoch, the
 * losses (with the objective's two terms) and the accuracies, and the one-sentence summary the
 * screen reader hears. Each readout's element carries `data-metric` with the key used here.
 */
import { formatNumber } from '../../lib-site/format.ts';
import { statusOf, type Session } from './session.ts';

/** The readouts' keys, as the page's `data-metric` hooks spell them. */
export type MetricKey =
  | 'epoch'
  | 'train-loss'
  | 'test-loss'
  | 'test-accuracy'
  | 'train-accuracy'
  | 'data-loss'
  | 'regularization-loss';

/** Every readout of the run as it is now (NaN where a number does not apply). */
export function readouts(session: Session): Record<MetricKey, number> {
  const { trainer } = session;
  const m = trainer.metrics();
  return {
    epoch: trainer.epoch,
    'train-loss': m.trainLoss,
    'test-loss': m.testLoss,
    'test-accuracy': m.testAccuracy,
    'train-accuracy': m.trainAccuracy,
    'data-loss': m.dataLoss,
    'regularization-loss': m.regularizationLoss,
  };
}

/** Shown for a number that does not apply (accuracy in regression, test loss with no test points). */
export const NOT_APPLICABLE = '—';

/**
 * A readout as text: losses to 4 significant digits (they change every frame; more would flicker),
 * accuracies as a percentage with one decimal, the epoch whole.
 */
export function readoutText(key: MetricKey, value: number): string {
  if (!Number.isFinite(value)) return NOT_APPLICABLE;
  if (key === 'epoch') return String(value);
  if (key === 'test-accuracy' || key === 'train-accuracy') return `${(100 * value).toFixed(1)} %`;
  return formatNumber(Number(value.toPrecision(4)));
}

/** One sentence for the live region: where training is, its losses, and the status in words. */
export function summaryOf(session: Session): string {
  const r = readouts(session);
  const parts = [
    `Epoch ${r.epoch}.`,
    `Training loss ${readoutText('train-loss', r['train-loss'])},`,
    `test loss ${readoutText('test-loss', r['test-loss'])}`,
  ];
  if (Number.isFinite(r['test-accuracy']))
    parts.push(`and test accuracy ${readoutText('test-accuracy', r['test-accuracy'])}`);
  return `${parts.join(' ')}. ${statusOf(session).text}`;
}

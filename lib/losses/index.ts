import { crossEntropy } from './cross-entropy.ts';
import { mse } from './mse.ts';
import type { Loss, LossName } from './types.ts';

export type { Loss, LossName } from './types.ts';

/** Every loss the engine knows, by the name used in JSON, URLs and widgets. */
export const losses: Readonly<Record<LossName, Loss>> = { mse, crossEntropy };

export const lossNames = Object.keys(losses) as LossName[];

export function isLossName(name: unknown): name is LossName {
  return typeof name === 'string' && Object.hasOwn(losses, name);
}

/**
 * k repetitions of the step-through's update on one sample, right or with a mistake switched on,
 * so a reader can watch a mistake make training go wrong. Each is the step-through's own
 * `oneUpdate` (forward, the engine's backward on the mistaken copy, layerUpdate), on copies;
 * with no mistake it takes exactly the steps of the engine's trainStep (a test holds it to them).
 * It is not training in the engine's sense: `train` and `trainStep` never see a mistake.
 */
import { forward } from './forward.ts';
import type { Mistake } from './mistakes.ts';
import { oneUpdate } from './step-through.ts';
import type { Network } from './types.ts';

export interface RepeatedSteps {
  /** The loss before step 1, …, before step k, then after the last step taken. */
  readonly losses: readonly number[];
  /** The network after the last step taken (a copy; the one passed in is left alone). */
  readonly net: Network;
  /** Why fewer than k steps were taken, if they were. */
  readonly stopped?: string;
}

/** Takes up to k update steps of `net` on (x, y) with learning rate η. */
export function repeatSteps(
  start: Network,
  x: readonly number[],
  y: readonly number[],
  eta: number,
  k: number,
  mistake?: Mistake,
): RepeatedSteps {
  let net = start;
  const losses: number[] = [];
  for (let step = 0; step < k; step++) {
    const one = oneUpdate(net, x, y, eta, mistake);
    losses.push(one.loss);
    if (one.updated === null) return { losses, net, stopped: one.refused };
    net = one.updated;
  }
  const L = net.layers.length;
  losses.push(net.loss.value(forward(net, x).z[L]!, y));
  const diverged = losses.findIndex((v) => !Number.isFinite(v));
  if (diverged >= 0) {
    return {
      losses: losses.slice(0, diverged),
      net,
      stopped: `the loss stopped being a finite number after ${diverged} steps`,
    };
  }
  return { losses, net };
}

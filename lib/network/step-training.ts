/**
 * k repetitions of the step-through's update on one sample, right or with a mistake switched on,
 * so a reader can watch a mistake make training go wrong. It runs the same passes as one step
 * (forward, the engine's backward on the mistaken copy, layerUpdate) on a copy of the network;
 * with no mistake it takes exactly the steps of the engine's trainStep (a test holds it to them).
 * It is not training in the engine's sense: `train` and `trainStep` never see a mistake.
 */
import { backward } from './backward.ts';
import { forward } from './forward.ts';
import { mistakenNetwork, type Mistake } from './mistakes.ts';
import { layerUpdate, updatedNetwork } from './update-rule.ts';
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
    const cache = forward(net, x);
    const L = net.layers.length;
    const before = net.loss.value(cache.z[L]!, y);
    const seen = mistake === undefined ? net : mistakenNetwork(net, mistake);
    const { deltas } = backward(seen, cache, y);
    const updates = net.layers.map((_, i) =>
      layerUpdate(net, i + 1, cache.z[i]!, deltas[i + 1]!, eta, mistake?.update),
    );
    const next = updatedNetwork(net, updates);
    losses.push(before);
    if (next === null) {
      return { losses, net, stopped: updates.find((u) => u.refused)?.refused ?? 'no update' };
    }
    net = next;
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

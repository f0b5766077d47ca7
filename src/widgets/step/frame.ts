/**
 * The frame of the step-through's drawing: its box, with room right of the last column for the
 * labels written beside the output nodes, and where to scroll it. On a phone the drawing keeps a
 * readable size and scrolls sideways; each step then brings the numbers it writes into view, so a
 * reader pressing Next never has to hunt for them.
 */
import { networkDiagram } from '../../figures/network-diagram.ts';
import type { StepDerived } from './model.ts';

/** The gap between a node's circle and the labels written right of it, clear of its connections. */
export const NODE_LABEL_GAP = 5;
/** Room the labels written right of a node take, in the drawing's units (10px text, ~14 chars). */
export const NODE_LABEL_WIDTH = 84;

/** The drawing's viewBox width: the network diagram's, plus a node label's room on the right. */
export function frameWidth(sizes: readonly number[]): number {
  return networkDiagram(sizes).width + NODE_LABEL_WIDTH;
}

/**
 * The horizontal span [from, to] of the drawing, in its own units, that holds what the current
 * step writes: a connection's value lies between its two columns, a node's value right of its
 * circle. Null before the first step and on a step that writes nothing on the drawing (the loss).
 */
export function followSpan(d: StepDerived): readonly [number, number] | null {
  if (d.current === null) return null;
  const diagram = networkDiagram(d.sizes);
  const column = (l: number): number | undefined => diagram.nodes[l]?.[0]?.x;
  let from = Infinity;
  let to = -Infinity;
  for (const v of d.current.values) {
    const x = column(v.layer);
    if (x === undefined) continue;
    if (v.edge !== undefined) {
      from = Math.min(from, column(v.layer - 1) ?? x);
      to = Math.max(to, x);
    } else if (v.node !== undefined) {
      from = Math.min(from, x - diagram.radius);
      to = Math.max(to, x + diagram.radius + NODE_LABEL_WIDTH);
    }
  }
  return from <= to ? [from, to] : null;
}

/**
 * The scroll offset, in pixels, that shows `span` of a drawing drawn `scale` pixels a unit in a
 * box `viewport` pixels wide: centred when it fits, else its start (the labels read left to right).
 */
export function followScroll(span: readonly [number, number], scale: number, viewport: number) {
  const [from, to] = [span[0] * scale, span[1] * scale];
  const left = to - from <= viewport ? (from + to - viewport) / 2 : from;
  return Math.max(0, Math.round(left));
}

import { describe, expect, it } from 'vitest';
import { networkDiagram } from '../../../src/figures/network-diagram.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import {
  NODE_LABEL_GAP,
  NODE_LABEL_WIDTH,
  followScroll,
  followSpan,
  frameWidth,
} from '../../../src/widgets/step/frame.ts';
import { step } from '../../../src/widgets/step/model.ts';

const at = (k: number) => step.derive({ ...defaults(step.params), at: k });

describe('the step-through drawing’s frame', () => {
  it('is the network diagram plus room right of the output column for its nodes’ labels', () => {
    const geo = networkDiagram([3, 4, 2]);
    expect(frameWidth([3, 4, 2])).toBe(geo.width + NODE_LABEL_WIDTH);
    // The longest node label, "∂L/∂b −0.006781" at 10px, ends inside the frame.
    const outputX = geo.nodes[2]![0]!.x;
    expect(outputX + geo.radius + NODE_LABEL_GAP + 15 * 5.5).toBeLessThanOrEqual(
      frameWidth([3, 4, 2]),
    );
  });

  it('follows nothing before the first step and on the loss, which writes nothing on the drawing', () => {
    expect(followSpan(at(0))).toBeNull();
    expect(at(3).current!.kind).toBe('loss');
    expect(followSpan(at(3))).toBeNull();
  });

  it('follows a layer’s nodes from the left of their circles to the end of their labels', () => {
    const geo = networkDiagram([3, 4, 2]);
    const hidden = geo.nodes[1]![0]!.x;
    const output = geo.nodes[2]![0]!.x;
    expect(followSpan(at(1))).toEqual([
      hidden - geo.radius,
      hidden + geo.radius + NODE_LABEL_WIDTH,
    ]);
    expect(followSpan(at(2))).toEqual([
      output - geo.radius,
      output + geo.radius + NODE_LABEL_WIDTH,
    ]);
    expect(followSpan(at(4))).toEqual(followSpan(at(2)));
    expect(followSpan(at(5))).toEqual(followSpan(at(1)));
  });

  it('follows a step on connections from the source column to its nodes’ labels', () => {
    const geo = networkDiagram([3, 4, 2]);
    const [input, hidden, output] = [0, 1, 2].map((l) => geo.nodes[l]![0]!.x) as [
      number,
      number,
      number,
    ];
    // ∂L/∂W(2) on the connections and ∂L/∂b(2) on the output nodes.
    expect(followSpan(at(6))).toEqual([hidden, output + geo.radius + NODE_LABEL_WIDTH]);
    expect(followSpan(at(7))).toEqual([input, hidden + geo.radius + NODE_LABEL_WIDTH]);
    expect(followSpan(at(9))).toEqual(followSpan(at(6)));
  });

  it('centres a span that fits the box, and starts at a span that does not', () => {
    expect(followScroll([0, 100], 1, 300)).toBe(0);
    expect(followScroll([300, 400], 1, 200)).toBe(250);
    expect(followScroll([300, 400], 2, 300)).toBe(550);
    expect(followScroll([300, 400], 1, 100)).toBe(300);
    expect(followScroll([300, 500], 1, 150)).toBe(300);
    expect(followScroll([10.2, 20.2], 1, 10)).toBe(10);
  });
});

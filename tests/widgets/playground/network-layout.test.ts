import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  COLUMN_GAP,
  layoutNetwork,
  layoutWidth,
  linkWidth,
  NODE_PITCH,
  NODE_SIZE,
  percentBox,
} from '../../../src/widgets/playground/network-layout.ts';

describe('the playground’s network layout', () => {
  it('has one column per layer and one square per node', () => {
    const layout = layoutNetwork([2, 4, 2, 1]);
    expect(layout.nodes.map((column) => column.length)).toEqual([2, 4, 2, 1]);
    const xs = layout.nodes.map((column) => column[0]!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(4);
  });

  it('is as tall as its tallest column and centres the shorter ones', () => {
    const layout = layoutNetwork([2, 4, 1]);
    expect(layout.height).toBe(20 + 3 * NODE_PITCH + NODE_SIZE);
    const centre = (c: readonly { y: number; size: number }[]) =>
      (c[0]!.y + c.at(-1)!.y + NODE_SIZE) / 2;
    expect(centre(layout.nodes[0]!)).toBeCloseTo(layout.height / 2, 5);
    expect(centre(layout.nodes[2]!)).toBeCloseTo(layout.height / 2, 5);
  });

  it('draws a connection from every node to every node of the next layer', () => {
    const layout = layoutNetwork([3, 2, 1]);
    expect(layout.links).toHaveLength(3 * 2 + 2 * 1);
    const link = layout.links.find((k) => k.layer === 1 && k.from === 2 && k.to === 1)!;
    const a = layout.nodes[0]![2]!;
    const b = layout.nodes[1]![1]!;
    expect(link.d.startsWith(`M${a.x + a.size},${a.y + a.size / 2}C`)).toBe(true);
    expect(link.d.endsWith(` ${b.x},${b.y + b.size / 2}`)).toBe(true);
  });

  it('refuses a network without an output layer or with a fractional size', () => {
    expect(() => layoutNetwork([2])).toThrow(/two or more/);
    expect(() => layoutNetwork([2, 1.5])).toThrow(/whole/);
  });

  it('places a box by percentages of the drawing', () => {
    const layout = layoutNetwork([1, 1]);
    const [left, top, width, height] = percentBox(layout.nodes[0]![0]!, layout);
    expect(layout.width).toBe(214);
    expect(left).toBeCloseTo((64 / 214) * 100, 2);
    expect(top).toBeCloseTo((10 / layout.height) * 100, 2);
    expect(width).toBeCloseTo((NODE_SIZE / 214) * 100, 2);
    expect(height).toBeCloseTo(100 - 2 * top, 2);
  });

  it('is as wide as its columns: the labels’ room, then one gap a column, then the last square', () => {
    const layout = layoutNetwork([2, 4, 2, 1]);
    expect(layout.nodes.map((column) => column[0]!.x)).toEqual([64, 164, 264, 364]);
    expect(layout.width).toBe(64 + 3 * COLUMN_GAP + NODE_SIZE + 16);
    expect(layout.width).toBe(layoutWidth(4));
    expect(layoutWidth(8)).toBe(814);
    // The default network, drawn at 0.7 of its size, fits a 360 px phone's 300 px box.
    expect(0.7 * layoutWidth(4)).toBeLessThan(300);
  });

  it('has a CSS rule per column count holding the drawing between 0.7 and 1.3 of its size', () => {
    const css = readFileSync('src/styles/widgets-playground.css', 'utf8');
    for (let columns = 2; columns <= 8; columns++) {
      const rule = new RegExp(
        `\\.ff-pg-network\\[data-columns='${columns}'\\] \\{\\s*min-width: (\\d+)px;\\s*max-width: (\\d+)px;`,
      ).exec(css);
      expect(rule, `a rule for ${columns} columns`).not.toBeNull();
      expect(Number(rule![1])).toBe(Math.round(0.7 * layoutWidth(columns)));
      expect(Number(rule![2])).toBe(Math.round(1.3 * layoutWidth(columns)));
    }
  });

  it('draws heavier weights with thicker lines, capped at |w| = 4', () => {
    expect(linkWidth(0)).toBe(1);
    expect(linkWidth(-2)).toBe(4.5);
    expect(linkWidth(4)).toBe(8);
    expect(linkWidth(100)).toBe(8);
    expect(linkWidth(Number.NaN)).toBe(8);
  });
});

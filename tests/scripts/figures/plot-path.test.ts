import { describe, expect, it } from 'vitest';
import {
  arrowHead,
  boxScales,
  curvePath,
  linearScale,
  tickLabel,
  type PlotBox,
} from '../../../src/figures/plot-path.ts';
import { expectClose } from '../../helpers/close.ts';

const box: PlotBox = { left: 10, top: 20, width: 200, height: 100 };

describe('linearScale', () => {
  it('maps the domain’s ends onto the range’s ends and the midpoint onto the midpoint', () => {
    const s = linearScale([-2, 2], [0, 400]);
    expect([s(-2), s(0), s(2)]).toEqual([0, 200, 400]);
    expect(s(3)).toBe(500); // extrapolates: clamping is the caller's business
  });

  it('runs backwards when the range does', () => {
    const s = linearScale([0, 1], [100, 0]);
    expect([s(0), s(0.25), s(1)]).toEqual([100, 75, 0]);
  });
});

describe('boxScales', () => {
  it('puts x = x0 at the left edge and y = y0 at the bottom: SVG’s y grows downwards', () => {
    const { sx, sy } = boxScales(box, [0, 4], [-1, 1]);
    expect([sx(0), sx(2), sx(4)]).toEqual([10, 110, 210]);
    expect([sy(-1), sy(0), sy(1)]).toEqual([120, 70, 20]);
  });
});

describe('curvePath', () => {
  it('samples y = x at 3 points from the bottom-left to the top-right corner of the box', () => {
    expect(curvePath((x) => x, box, [0, 1], [0, 1], 2)).toBe('M10,120L110,70L210,20');
  });

  it('clamps values that leave the y interval to its edges', () => {
    expect(curvePath((x) => 10 * x - 5, box, [0, 1], [0, 1], 2)).toBe('M10,120L110,120L210,20');
  });

  it('samples only the given span of x, and rounds to two decimals', () => {
    expect(curvePath(() => 1 / 3, box, [0, 3], [0, 1], 1, [1, 2])).toBe(
      'M76.67,86.67L143.33,86.67',
    );
  });

  it('gives samples + 1 points, 160 intervals by default', () => {
    expect(curvePath(Math.sin, box, [0, 1], [-1, 1]).match(/[ML]/g)).toHaveLength(161);
  });
});

describe('tickLabel', () => {
  it('writes −2, 0.5 and 1 with a real minus sign and no trailing zeros, to three decimals', () => {
    expect([-2, 0.5, 1, 0.12345, -0.0004].map(tickLabel)).toEqual(['−2', '0.5', '1', '0.123', '0']);
  });
});

describe('arrowHead', () => {
  it('has its tip at the end point and its base `size` back along the line, 0.9·size wide', () => {
    const points = arrowHead(0, 0, 100, 0, 10)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points).toEqual([
      [100, 0],
      [90, 4.5],
      [90, -4.5],
    ]);
  });

  it('points along any direction: for a vertical line the base spreads horizontally', () => {
    const [tip, left, right] = arrowHead(5, 0, 5, 50)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(tip).toEqual([5, 50]);
    expectClose(left!, [5 - 3.6, 42], 1e-12);
    expectClose(right!, [5 + 3.6, 42], 1e-12);
  });

  it('does not divide by zero for a line of length 0', () => {
    expect(arrowHead(1, 1, 1, 1, 8)).toBe('1,1 1,1 1,1');
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type PlaygroundState } from '../../../src/widgets/playground/address.ts';
import {
  CLASS_COLOURS,
  LIGHT_HEAT,
  shadeColour,
  shadeIndex,
} from '../../../src/widgets/playground/colours.ts';
import {
  drawNetworkSvg,
  drawDraftPointsSvg,
  drawPointsSvg,
  linkStyle,
  NEGATIVE,
  planeAt,
  pointColour,
  pointPosition,
  POSITIVE,
  weightOf,
} from '../../../src/widgets/playground/drawing.ts';
import { layoutNetwork, linkWidth } from '../../../src/widgets/playground/network-layout.ts';
import { createSession, type Session } from '../../../src/widgets/playground/session.ts';

function sessionOf(change: Partial<PlaygroundState>): Session {
  const made = createSession({ ...DEFAULT_STATE, ...change });
  if (!made.ok) throw new Error(made.message);
  return made.session;
}

const parse = (svg: string) =>
  parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe('linkStyle', () => {
  it('draws a negative weight orange and a positive or zero weight blue', () => {
    expect(linkStyle(-0.5).colour).toBe(NEGATIVE);
    expect(linkStyle(0.5).colour).toBe(POSITIVE);
    expect(linkStyle(0).colour).toBe(POSITIVE);
    expect([NEGATIVE, POSITIVE]).toEqual(['#f59322', '#0877bd']);
  });

  it('gives the width of linkWidth, the same for w and −w', () => {
    for (const w of [0, 0.3, 1, 2.5, 10]) {
      expect(linkStyle(w).width).toBe(linkWidth(w));
      expect(linkStyle(-w).width).toBe(linkStyle(w).width);
    }
  });
});

describe('weightOf', () => {
  it('reads W(l)[i][j] as the book numbers it, the value the editor set', () => {
    const s = sessionOf({});
    expect(s.trainer.setWeight(2, 3, 1, 0.625)).toBeNull();
    expect(weightOf(s, 2, 3, 1)).toBe(0.625);
    expect(weightOf(s, 2, 3, 0)).not.toBe(0.625);
    const layer = s.trainer.net.layers[0]!;
    expect(weightOf(s, 1, 1, 2)).toBe(layer.weights[1 * layer.nOut + 2]);
  });
});

describe('drawNetworkSvg', () => {
  it('draws one curve per weight and one square per node, labelled by layer and index', () => {
    const s = sessionOf({});
    const doc = parse(drawNetworkSvg(s, layoutNetwork(s.sizes)));
    expect(doc.querySelectorAll('path[data-link]')).toHaveLength(2 * 4 + 4 * 2 + 2 * 1);
    expect(doc.querySelectorAll('rect[data-node]')).toHaveLength(2 + 4 + 2 + 1);
    expect(doc.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'The network: 2, 4, 2, 1 nodes from the inputs to the output',
    );
  });

  it('colours and sizes each curve by its weight', () => {
    const s = sessionOf({});
    s.trainer.setWeight(1, 0, 0, -3);
    s.trainer.setWeight(1, 1, 0, 2);
    const doc = parse(drawNetworkSvg(s, layoutNetwork(s.sizes)));
    const negative = doc.querySelector('path[data-link="1,0,0"]')!;
    const positive = doc.querySelector('path[data-link="1,1,0"]')!;
    expect(negative.getAttribute('stroke')).toBe(NEGATIVE);
    expect(negative.getAttribute('stroke-width')).toBe(String(linkWidth(-3)));
    expect(positive.getAttribute('stroke')).toBe(POSITIVE);
    expect(positive.getAttribute('stroke-width')).toBe(String(linkWidth(2)));
  });

  it('labels the inputs with their features and nothing else', () => {
    const s = sessionOf({ xSquared: true });
    const doc = parse(drawNetworkSvg(s, layoutNetwork(s.sizes)));
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'x₁',
      'x₂',
      'x₁²',
    ]);
  });
});

describe('pointPosition and planeAt', () => {
  it('put the plane’s corners on the map’s corners, x₂ = +6 at the top', () => {
    expect(pointPosition({ x1: -6, x2: 6, label: 0 })).toEqual({ cx: 0, cy: 0 });
    expect(pointPosition({ x1: 6, x2: -6, label: 0 })).toEqual({ cx: 100, cy: 100 });
    expect(pointPosition({ x1: 0, x2: 0, label: 0 })).toEqual({ cx: 50, cy: 50 });
    expect(planeAt(0, 0)).toEqual({ x1: -6, x2: 6 });
    expect(planeAt(1, 1)).toEqual({ x1: 6, x2: -6 });
    expect(planeAt(0.5, 0.5)).toEqual({ x1: 0, x2: 0 });
  });

  it('round a position to two decimals', () => {
    // (1.234 + 6) · 100/12 = 60.2833…, (6 − 2) · 100/12 = 33.333…
    expect(pointPosition({ x1: 1.234, x2: 2, label: 1 })).toEqual({ cx: 60.28, cy: 33.33 });
  });

  it('are inverses: a click where a point is drawn falls on it, to the drawing’s rounding', () => {
    for (const [x1, x2] of [
      [1.5, -2.25],
      [-5.75, 4],
      [3, 3],
      [-6, 6],
    ] as const) {
      const { cx, cy } = pointPosition({ x1, x2, label: 0 });
      const back = planeAt(cx / 100, cy / 100);
      // cx and cy keep two decimals of a 100-unit map: at most 0.005 · 12/100 = 0.0006 on the plane.
      expect(Math.abs(back.x1 - x1)).toBeLessThanOrEqual(0.0006 + 1e-12);
      expect(Math.abs(back.x2 - x2)).toBeLessThanOrEqual(0.0006 + 1e-12);
    }
  });
});

describe('pointColour', () => {
  it('gives a class its colour', () => {
    expect([0, 1, 2, 3, 4].map((label) => pointColour({ x1: 0, x2: 0, label }, false))).toEqual(
      CLASS_COLOURS,
    );
  });

  it('gives a regression target its shade on the light heat scale', () => {
    for (const v of [-1, -0.3, 0, 0.8, 1]) {
      const [r, g, b] = shadeColour(LIGHT_HEAT, shadeIndex(v));
      expect(pointColour({ x1: 0, x2: 0, label: v }, true)).toBe(`rgb(${r},${g},${b})`);
    }
    expect(pointColour({ x1: 0, x2: 0, label: -1 }, true)).not.toBe(
      pointColour({ x1: 0, x2: 0, label: 1 }, true),
    );
  });
});

describe('drawPointsSvg', () => {
  it('draws the training points alone when the test points are hidden', () => {
    const s = sessionOf({});
    const doc = parse(drawPointsSvg(s, false));
    expect(doc.querySelectorAll('[data-set="train"] circle')).toHaveLength(s.train.length);
    expect(doc.querySelector('[data-set="test"]')).toBeNull();
    expect(doc.querySelector('svg')!.getAttribute('aria-label')).toBe(
      '250 training points on the plane from −6 to 6',
    );
  });

  it('draws the test points too when they are shown, and says so', () => {
    const s = sessionOf({ percTrainData: 70 });
    const doc = parse(drawPointsSvg(s, true));
    expect(doc.querySelectorAll('[data-set="train"] circle')).toHaveLength(350);
    expect(doc.querySelectorAll('[data-set="test"] circle')).toHaveLength(150);
    expect(doc.querySelector('svg')!.getAttribute('aria-label')).toBe(
      '350 training points and 150 test points on the plane from −6 to 6',
    );
  });

  it('puts each circle where its point is, in its class’s colour', () => {
    const s = sessionOf({});
    const first = parse(drawPointsSvg(s, false)).querySelector('circle')!;
    const p = s.train[0]!;
    const { cx, cy } = pointPosition(p);
    expect([first.getAttribute('cx'), first.getAttribute('cy')]).toEqual([String(cx), String(cy)]);
    expect(first.getAttribute('fill')).toBe(CLASS_COLOURS[p.label]);
  });

  it('shades regression points by their value', () => {
    const s = sessionOf({ problem: 'regression' });
    const first = parse(drawPointsSvg(s, false)).querySelector('circle')!;
    expect(first.getAttribute('fill')).toBe(pointColour(s.train[0]!, true));
    expect(first.getAttribute('fill')).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
  });
});

describe('drawDraftPointsSvg', () => {
  const points = [
    { x1: -6, x2: 6, label: 0 },
    { x1: 6, x2: -6, label: 1 },
  ];

  it('draws every point of an unfinished set in one draft group, in the corners they name', () => {
    const doc = parse(drawDraftPointsSvg(points, false));
    const circles = [...doc.querySelectorAll('[data-set="draft"] circle')];
    expect(circles.map((c) => [c.getAttribute('cx'), c.getAttribute('cy')])).toEqual([
      ['0', '0'],
      ['100', '100'],
    ]);
    expect(circles.map((c) => c.getAttribute('fill'))).toEqual(
      points.map((p) => pointColour(p, false)),
    );
    expect(doc.querySelectorAll('[data-set="train"], [data-set="test"]')).toHaveLength(0);
  });

  it('says how many points there are and that they are not trained on yet, even none', () => {
    const label = (ps: typeof points) =>
      parse(drawDraftPointsSvg(ps, true)).querySelector('svg')!.getAttribute('aria-label');
    expect(label(points)).toBe(
      '2 points of your own on the plane from −6 to 6, not yet trained on',
    );
    expect(label([points[0]!])).toMatch(/^One point of your own/);
    expect(label([])).toMatch(/^0 points of your own/);
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type PlaygroundState } from '../../../src/widgets/playground/address.ts';
import {
  drawDraftPointsSvg,
  drawNetworkSvg,
  drawPointsSvg,
} from '../../../src/widgets/playground/drawing.ts';
import {
  layerButtonsMarkup,
  networkMarkup,
  nodeName,
  parseParameter,
} from '../../../src/widgets/playground/markup.ts';
import { layoutNetwork } from '../../../src/widgets/playground/network-layout.ts';
import { createSession, type Session } from '../../../src/widgets/playground/session.ts';
import { exportPlayground, importPlayground } from '../../../src/widgets/playground/transfer.ts';

function sessionOf(change: Partial<PlaygroundState>): Session {
  const made = createSession({ ...DEFAULT_STATE, ...change });
  if (!made.ok) throw new Error(made.message);
  return made.session;
}

const body = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('the playground’s network layout, to the unit', () => {
  it('puts the columns at 64, 164 and 264 and centres each on a drawing 100 tall (1-2-1)', () => {
    // 64 on the left, a column every 100, then the last 34 square and 16 on the right: 314 wide.
    const layout = layoutNetwork([1, 2, 1]);
    expect(layout.height).toBe(100);
    expect(layout.width).toBe(314);
    expect(layout.nodes.map((c) => c.map((n) => [n.x, n.y]))).toEqual([
      [[64, 33]],
      [
        [164, 10],
        [164, 56],
      ],
      [[264, 33]],
    ]);
  });

  it('bends each link from a square’s right middle to the next one’s left middle, halfway across', () => {
    const layout = layoutNetwork([1, 2, 1]);
    expect(layout.links.map((k) => k.d)).toEqual([
      'M98,50C131,50 131,27 164,27',
      'M98,50C131,50 131,73 164,73',
      'M198,27C231,27 231,50 264,50',
      'M198,73C231,73 231,50 264,50',
    ]);
  });

  it('refuses an empty layer, listing the sizes it was given', () => {
    expect(() => layoutNetwork([2, 0])).toThrow(
      'layoutNetwork: need two or more whole layer sizes, got [2, 0]',
    );
  });
});

describe('the playground’s SVG text', () => {
  it('writes nothing between the network’s elements but the input labels, right of centre and left of the square', () => {
    const s = sessionOf({ networkShape: [2] });
    const svg = body(drawNetworkSvg(s, layoutNetwork(s.sizes))).firstElementChild!;
    expect(svg.textContent).toBe('x₁x₂');
    expect(svg.querySelectorAll('path')).toHaveLength(2 * 2 + 2);
    const texts = [...svg.querySelectorAll('text')].map((t) => [
      t.getAttribute('x'),
      t.getAttribute('y'),
    ]);
    // The inputs' squares are at x = 64, y = 10 and 56, 34 on a side.
    expect(texts).toEqual([
      ['58', '27'],
      ['58', '73'],
    ]);
  });

  it('writes no text among the points, with or without the test points', () => {
    const s = sessionOf({});
    for (const shown of [false, true]) {
      const svg = body(drawPointsSvg(s, shown)).firstElementChild!;
      expect(svg.textContent).toBe('');
      expect(svg.children).toHaveLength(shown ? 2 : 1);
    }
    const draft = body(
      drawDraftPointsSvg(
        [
          { x1: 0, x2: 0, label: 0 },
          { x1: 1, x2: 1, label: 1 },
        ],
        false,
      ),
    ).firstElementChild!;
    expect(draft.textContent).toBe('');
    expect(draft.querySelectorAll('circle')).toHaveLength(2);
  });

  it('gives each node canvas its six attributes only and writes nothing between them', () => {
    const b = body(networkMarkup(sessionOf({})));
    expect(b.textContent).toBe('x₁x₂');
    const canvases = [...b.querySelectorAll('canvas')];
    expect(canvases).toHaveLength(9);
    for (const c of canvases) {
      expect(c.getAttributeNames().sort()).toEqual(
        ['aria-hidden', 'class', 'data-box', 'data-node-map', 'height', 'width'].sort(),
      );
    }
  });

  it('writes each layer’s group side by side: +, its size, −, and no other text or attribute', () => {
    const b = body(layerButtonsMarkup([1, 4, 8]));
    expect(b.textContent).toBe('+1−+4−+8−');
    expect(b.children).toHaveLength(3);
    for (const group of b.children) {
      expect(group.getAttribute('class')).toBe('ff-pg-layer-button');
      expect([...group.children].map((c) => c.tagName.toLowerCase())).toEqual([
        'button',
        'span',
        'button',
      ]);
    }
    const names = (k: number, which: number) =>
      b.children[k]!.children[which]!.getAttributeNames().sort();
    const enabled = ['aria-label', 'data-action', 'data-layer', 'type'];
    expect(names(1, 0)).toEqual(enabled);
    expect(names(1, 2)).toEqual(enabled);
    expect(names(0, 2)).toEqual([...enabled, 'disabled'].sort());
    expect(names(2, 0)).toEqual([...enabled, 'disabled'].sort());
  });
});

describe('the weight editor’s names and values', () => {
  it('names a hidden layer’s single node by number: only the last layer’s is “the output”', () => {
    const s = sessionOf({ networkShape: [1] });
    expect(s.sizes).toEqual([2, 1, 1]);
    expect(nodeName(s, 1, 0)).toBe('node 1 of layer 1');
    expect(nodeName(s, 2, 0)).toBe('the output');
  });

  it('reads a bias of two-digit layer and node, and nothing with a prefix before w:', () => {
    expect(parseParameter('b:10,12')).toEqual({ kind: 'b', l: 10, j: 12 });
    expect(parseParameter('xw:1,2,3')).toBeNull();
  });
});

describe('importing a playground file', () => {
  it('loads a file of an untrained run, at epoch 0', () => {
    const made = importPlayground(exportPlayground(sessionOf({})));
    expect(made.ok).toBe(true);
    if (made.ok) expect(made.session.trainer.epoch).toBe(0);
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type PlaygroundState } from '../../../src/widgets/playground/address.ts';
import {
  confusionMarkup,
  layerButtonsMarkup,
  networkMarkup,
  nodeName,
  parameterOptions,
  parseParameter,
} from '../../../src/widgets/playground/markup.ts';
import { layoutNetwork, percentBox } from '../../../src/widgets/playground/network-layout.ts';
import {
  createSession,
  NODE_RESOLUTION,
  type Session,
} from '../../../src/widgets/playground/session.ts';

function sessionOf(change: Partial<PlaygroundState>): Session {
  const made = createSession({ ...DEFAULT_STATE, ...change });
  if (!made.ok) throw new Error(made.message);
  return made.session;
}

const parse = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('networkMarkup', () => {
  it('lays one canvas of NODE_RESOLUTION² cells over every node, named by layer and index', () => {
    const s = sessionOf({});
    const doc = parse(networkMarkup(s));
    const canvases = [...doc.querySelectorAll('canvas.ff-pg-node-map')];
    expect(canvases.map((c) => c.getAttribute('data-node-map'))).toEqual([
      '0,0',
      '0,1',
      '1,0',
      '1,1',
      '1,2',
      '1,3',
      '2,0',
      '2,1',
      '3,0',
    ]);
    for (const c of canvases) {
      expect(c.getAttribute('width')).toBe(String(NODE_RESOLUTION));
      expect(c.getAttribute('height')).toBe(String(NODE_RESOLUTION));
      expect(c.getAttribute('aria-hidden')).toBe('true');
    }
    expect(doc.querySelectorAll('svg.ff-pg-network-svg')).toHaveLength(1);
  });

  it('places each canvas on its node’s box, in percent of the drawing', () => {
    const s = sessionOf({ networkShape: [3] });
    const layout = layoutNetwork(s.sizes);
    const doc = parse(networkMarkup(s));
    const boxes = [...doc.querySelectorAll('canvas')].map((c) => c.getAttribute('data-box'));
    expect(boxes).toEqual(layout.nodes.flat().map((box) => percentBox(box, layout).join(',')));
  });

  it('writes style attributes only for the server’s copy', () => {
    const s = sessionOf({});
    expect(networkMarkup(s)).not.toContain('style=');
    const doc = parse(networkMarkup(s, true));
    const layout = layoutNetwork(s.sizes);
    const [left, top, width, height] = percentBox(layout.nodes[1]![2]!, layout);
    const third = doc.querySelector('canvas[data-node-map="1,2"]')!;
    expect(third.getAttribute('style')).toBe(
      `left:${left}%;top:${top}%;width:${width}%;height:${height}%`,
    );
  });
});

describe('layerButtonsMarkup', () => {
  it('gives each hidden layer a group with its size, numbered from 1', () => {
    const doc = parse(layerButtonsMarkup([1, 4, 8]));
    const groups = [...doc.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Hidden layer 1: 1 node',
      'Hidden layer 2: 4 nodes',
      'Hidden layer 3: 8 nodes',
    ]);
    expect(
      [...doc.querySelectorAll('[data-action="add-node"]')].map((b) =>
        b.getAttribute('data-layer'),
      ),
    ).toEqual(['1', '2', '3']);
  });

  it('disables + at 8 nodes and − at 1 node, and nothing between', () => {
    const doc = parse(layerButtonsMarkup([1, 4, 8]));
    const disabled = (action: string) =>
      [...doc.querySelectorAll(`[data-action="${action}"]`)].map((b) => b.hasAttribute('disabled'));
    expect(disabled('add-node')).toEqual([false, false, true]);
    expect(disabled('remove-node')).toEqual([true, false, false]);
  });

  it('is empty for a network with no hidden layer', () => {
    expect(layerButtonsMarkup([])).toBe('');
  });
});

describe('nodeName', () => {
  it('names inputs by their feature, in the session’s order', () => {
    const s = sessionOf({ x: false, sinY: true, xTimesY: true });
    expect([0, 1, 2].map((j) => nodeName(s, 0, j))).toEqual(['x₂', 'x₁x₂', 'sin x₂']);
  });

  it('names a single output node “the output” and the others by node and layer', () => {
    const s = sessionOf({});
    expect(nodeName(s, 3, 0)).toBe('the output');
    expect(nodeName(s, 1, 2)).toBe('node 3 of layer 1');
    const blobs = sessionOf({ dataset: 'blobs', classes: 3 });
    expect(nodeName(blobs, 3, 1)).toBe('node 2 of layer 3');
  });
});

describe('parameterOptions', () => {
  it('lists every weight and then the biases of each layer, as W(l)[i][j] and b(l)[j]', () => {
    const s = sessionOf({ networkShape: [2] });
    expect(parameterOptions(s)).toEqual([
      { value: 'w:1,0,0', label: 'W(1)[0][0]: x₁ → node 1 of layer 1' },
      { value: 'w:1,0,1', label: 'W(1)[0][1]: x₁ → node 2 of layer 1' },
      { value: 'w:1,1,0', label: 'W(1)[1][0]: x₂ → node 1 of layer 1' },
      { value: 'w:1,1,1', label: 'W(1)[1][1]: x₂ → node 2 of layer 1' },
      { value: 'b:1,0', label: 'b(1)[0]: bias of node 1 of layer 1' },
      { value: 'b:1,1', label: 'b(1)[1]: bias of node 2 of layer 1' },
      { value: 'w:2,0,0', label: 'W(2)[0][0]: node 1 of layer 1 → the output' },
      { value: 'w:2,1,0', label: 'W(2)[1][0]: node 2 of layer 1 → the output' },
      { value: 'b:2,0', label: 'b(2)[0]: bias of the output' },
    ]);
  });

  it('has one option per parameter of the default 2-4-2-1 network (12 + 10 + 3 = 25), each read back by parseParameter', () => {
    const options = parameterOptions(sessionOf({}));
    expect(options).toHaveLength(25);
    expect(new Set(options.map((o) => o.value)).size).toBe(25);
    for (const { value } of options) expect(parseParameter(value)).not.toBeNull();
  });
});

describe('parseParameter', () => {
  it('reads a weight’s l, i, j and a bias’s l, j', () => {
    expect(parseParameter('w:2,3,1')).toEqual({ kind: 'w', l: 2, i: 3, j: 1 });
    expect(parseParameter('b:3,0')).toEqual({ kind: 'b', l: 3, j: 0 });
    expect(parseParameter('w:10,11,12')).toEqual({ kind: 'w', l: 10, i: 11, j: 12 });
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      'w:1,2',
      'b:1,2,3',
      'x:1,2',
      'w:1,2,3 ',
      ' b:1,0',
      'b:-1,0',
      'w:1.5,0,0',
      'W:1,0,0',
    ]) {
      expect(parseParameter(text)).toBeNull();
    }
  });
});

describe('confusionMarkup', () => {
  it('writes a header of predicted classes and a row per true class, the diagonal marked', () => {
    expect(
      confusionMarkup([
        [3, 1],
        [0, 4],
      ]),
    ).toBe(
      '<tr><th scope="col">true \\ predicted</th><th scope="col">0</th><th scope="col">1</th></tr>' +
        '<tr><th scope="row">0</th><td class="ff-pg-hit">3</td><td>1</td></tr>' +
        '<tr><th scope="row">1</th><td>0</td><td class="ff-pg-hit">4</td></tr>',
    );
  });

  it('has C + 1 columns and C + 1 rows for C classes', () => {
    const matrix = Array.from({ length: 4 }, (_, r) =>
      Array.from({ length: 4 }, (_, c) => r * 4 + c),
    );
    const doc = parse(`<table>${confusionMarkup(matrix)}</table>`);
    expect(doc.querySelectorAll('tr')).toHaveLength(5);
    expect(doc.querySelectorAll('td.ff-pg-hit')).toHaveLength(4);
    expect([...doc.querySelectorAll('td.ff-pg-hit')].map((td) => td.textContent)).toEqual([
      '0',
      '5',
      '10',
      '15',
    ]);
  });
});

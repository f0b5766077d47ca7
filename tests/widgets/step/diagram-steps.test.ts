import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../../src/charts/server-document.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { diagramKey, drawStepDiagram } from '../../../src/widgets/step/diagram.ts';
import { step, type StepDerived } from '../../../src/widgets/step/model.ts';
import { PRESETS } from '../../../src/widgets/step/presets.ts';

/**
 * Matt Mazur's 2-2-2 network (presets.ts), drawn in the 440 × 330 box: columns at x = 36, 220 and
 * 404, nodes at y = 119 and 175 (gap 56 about the middle 147), radius 15. Its step s (0 before
 * the first; 1, 2 forward; 3 the loss; 4, 5 the δs; 6, 7 the gradients of layers 2 and 1; 8, 9
 * the updates of layers 1 and 2).
 */
function mazur(at: number): StepDerived {
  return step.derive({ ...step.normalize!({ ...defaults(step.params), preset: 'mazur' }), at });
}

/** A pasted network's derived state at step `at`; `json` is in the engine's format. */
function pasted(json: unknown, x: number[], y: number[], at = 0): StepDerived {
  return step.derive({ ...defaults(step.params), net: JSON.stringify(json), x, y, at });
}

/** Every value label of a drawing, as `x,y text`. */
function labels(g: Element, kind: 'edge' | 'node'): string[] {
  return [...g.querySelectorAll(`text.ff-step-${kind}-value`)].map(
    (t) => `${t.getAttribute('x')},${t.getAttribute('y')} ${t.textContent}`,
  );
}

/** Each connection's titles, as `l,i,j: title / title`. */
function titles(g: Element): string[] {
  return [...g.querySelectorAll('[data-edge]')].map(
    (line) =>
      `${line.getAttribute('data-edge')}: ${[...line.querySelectorAll('title')].map((t) => t.textContent).join(' / ')}`,
  );
}

/** The network's own values before a step, as diagramKey writes them. */
const MAZUR_OWN = [
  'z(0)_0=0.05',
  'z(0)_1=0.1',
  'W(1)_00=0.15',
  'W(1)_01=0.25',
  'W(1)_10=0.2',
  'W(1)_11=0.3',
  'W(2)_00=0.4',
  'W(2)_01=0.5',
  'W(2)_10=0.45',
  'W(2)_11=0.55',
];

describe('the step-through drawing’s key', () => {
  it('is the shape, −1 and an empty title before the first step, then every value shown, joined by ;', () => {
    expect(diagramKey(mazur(0))).toBe(['2-2-2', '-1', '', ...MAZUR_OWN].join(';'));
  });

  it('names the step’s layer and title, and leaves the loss out (the drawing does not show it)', () => {
    expect(diagramKey(mazur(3))).toBe(['2-2-2', '2', 'The loss', ...MAZUR_OWN].join(';'));
    const first = diagramKey(mazur(1)).split(';');
    expect(first.slice(0, 3)).toEqual(['2-2-2', '1', 'Forward pass, layer 1: a(1) and z(1)']);
    expect(first.slice(3, 13)).toEqual(MAZUR_OWN);
    expect(first.slice(13, 15)).toEqual(['a(1)_0=0.3775', 'a(1)_1=0.39249999999999996']);
  });
});

describe('the step-through drawing, step by step', () => {
  it('writes each weight on its own connection, a layer’s in one column: 2/3 of the way past labelled inputs, else 1/3', () => {
    const g = drawStepDiagram(serverDocument(), mazur(0));
    // W(1) from the labelled inputs at x = 36 to x = 220: 2/3 of the way is x = 158.7, where its
    // four connections are 56/3 apart (y + 3 centres the 9px text on its line).
    expect(labels(g, 'edge')).toEqual([
      '158.7,122 0.15',
      '158.7,159.3 0.25',
      '158.7,140.7 0.2',
      '158.7,178 0.3',
      '281.3,122 0.4',
      '281.3,140.7 0.5',
      '281.3,159.3 0.45',
      '281.3,178 0.55',
    ]);
    expect(labels(g, 'node')).toEqual(['56,122 z 0.05', '56,178 z 0.1']);
  });

  it('captions each column: input, the hidden layers by number, output, and “layer l” under each', () => {
    const captions = (d: StepDerived) =>
      [...drawStepDiagram(serverDocument(), d).querySelectorAll('.ff-net-captions text')].map(
        (t) => t.textContent,
      );
    expect(captions(mazur(0))).toEqual([
      'input',
      'layer 0',
      'hidden 1',
      'layer 1',
      'output',
      'layer 2',
    ]);
    const layer = { weights: [[0.5]], biases: [0], activation: 'sigmoid' };
    const deep = pasted(
      { format: 2, layers: [layer, layer, layer], loss: { name: 'mse' } },
      [1],
      [0],
    );
    expect(captions(deep)).toEqual([
      'input',
      'layer 0',
      'hidden 1',
      'layer 1',
      'hidden 2',
      'layer 2',
      'output',
      'layer 3',
    ]);
  });

  it('stacks a forward step’s a and z on each node, keeps x and every weight’s title, and writes out only the weights into the layer', () => {
    const g = drawStepDiagram(serverDocument(), mazur(1));
    expect(labels(g, 'node')).toEqual([
      '56,122 z 0.05',
      '56,178 z 0.1',
      '240,116.5 a 0.3775',
      '240,127.5 z 0.5933',
      '240,172.5 a 0.3925',
      '240,183.5 z 0.5969',
    ]);
    expect(g.querySelector('[data-node="1,0"]')!.getAttribute('data-value')).toBe(
      'a(1)_0=0.3775;z(1)_0=0.5932699921071872',
    );
    expect(titles(g)).toEqual([
      '1,0,0: W(1)_00 = 0.15',
      '1,0,1: W(1)_01 = 0.25',
      '1,1,0: W(1)_10 = 0.2',
      '1,1,1: W(1)_11 = 0.3',
      '2,0,0: W(2)_00 = 0.4',
      '2,0,1: W(2)_01 = 0.5',
      '2,1,0: W(2)_10 = 0.45',
      '2,1,1: W(2)_11 = 0.55',
    ]);
    expect(labels(g, 'edge').map((t) => t.split(' ')[1])).toEqual(['0.15', '0.25', '0.2', '0.3']);
  });

  it('writes δ for a local gradient, with the minus sign of the page', () => {
    const g = drawStepDiagram(serverDocument(), mazur(4));
    expect(labels(g, 'node')).toEqual([
      '56,122 z 0.05',
      '56,178 z 0.1',
      '424,122 δ −0.1385',
      '424,178 δ 0.0381',
    ]);
  });

  it('puts a gradient step’s ∂L/∂W on its layer’s connections in place of the weights', () => {
    const g = drawStepDiagram(serverDocument(), mazur(6));
    expect(titles(g)).toEqual([
      '1,0,0: W(1)_00 = 0.15',
      '1,0,1: W(1)_01 = 0.25',
      '1,1,0: W(1)_10 = 0.2',
      '1,1,1: W(1)_11 = 0.3',
      '2,0,0: dL/dW(2)_00 = 0.08216704056423077',
      '2,0,1: dL/dW(2)_01 = -0.02260254047747507',
      '2,1,0: dL/dW(2)_10 = 0.08266762784753325',
      '2,1,1: dL/dW(2)_11 = -0.022740242215978222',
    ]);
    expect(labels(g, 'edge').slice(4)).toEqual([
      '281.3,122 0.08217',
      '281.3,140.7 −0.0226',
      '281.3,159.3 0.08267',
      '281.3,178 −0.02274',
    ]);
    expect(labels(g, 'node')).toEqual([
      '56,122 z 0.05',
      '56,178 z 0.1',
      '424,122 ∂L/∂b 0.1385',
      '424,178 ∂L/∂b −0.0381',
    ]);
  });

  it('writes an update’s new weights and biases as “new”, the other layer’s weights as they were', () => {
    const g = drawStepDiagram(serverDocument(), mazur(8));
    expect(titles(g).slice(0, 1)).toEqual(['1,0,0: W(1)_00 new = 0.1497807161327628']);
    expect(titles(g).slice(4, 5)).toEqual(['2,0,0: W(2)_00 = 0.4']);
    expect(labels(g, 'node').slice(2)).toEqual(['240,122 b new 0.3456', '240,178 b new 0.345']);
  });

  it('keeps the old weights on a layer whose update cannot be carried out', () => {
    // The transposed update of the 3-4-2 example does not fit W(1), which is 3 × 4.
    const d = step.derive({ ...defaults(step.params), mistake: 'transposedUpdate', at: 8 });
    expect(d.current!.kind).toBe('update');
    expect(d.current!.layer).toBe(1);
    expect(d.current!.values.some((v) => v.edge !== undefined)).toBe(false);
    const g = drawStepDiagram(serverDocument(), d);
    const w = d.table.find((r) => r.symbol === 'W(1)_00')!;
    const line = g.querySelector('[data-edge="1,0,0"]')!;
    expect([...line.querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      `W(1)_00 = ${w.value}`,
    ]);
  });

  it('keeps a tiny weight’s exponent as it is and turns only a leading minus into −', () => {
    const json = structuredClone(PRESETS.mazur.json) as unknown as {
      layers: { weights: number[][] }[];
    };
    json.layers[0]!.weights[0]![0] = 1.5e-7;
    json.layers[0]!.weights[0]![1] = -2.5e-7;
    const g = drawStepDiagram(serverDocument(), pasted(json, [0.05, 0.1], [0.01, 0.99]));
    expect(labels(g, 'edge').slice(0, 2)).toEqual(['158.7,122 1.5e-7', '158.7,159.3 −2.5e-7']);
  });

  it('labels the connections of a layer of exactly 9, and not of one of 12', () => {
    const count = (d: StepDerived) => labels(drawStepDiagram(serverDocument(), d), 'edge').length;
    const softmax = step.derive(step.normalize!({ ...defaults(step.params), preset: 'softmax' }));
    expect(softmax.sizes).toEqual([2, 3, 3]);
    expect(count(softmax)).toBe(6 + 9);
    const example = step.derive(defaults(step.params));
    expect(example.sizes).toEqual([3, 4, 2]);
    expect(count(example)).toBe(8);
  });

  it('skips the values of connections and nodes the drawing does not have', () => {
    // The 3-4-2 example's forward step of layer 2 drawn as a 3-4 network: no layer 2 to draw on.
    const full = step.derive({ ...defaults(step.params), at: 2 });
    expect(full.current!.layer).toBe(2);
    const g = drawStepDiagram(serverDocument(), { ...full, sizes: [3, 4] });
    expect(g.querySelectorAll('[data-edge]')).toHaveLength(12);
    expect(g.querySelectorAll('[data-edge] title')).toHaveLength(12);
    expect(labels(g, 'node').map((t) => t.split(' ')[1])).toEqual(['z', 'z', 'z']);
    expect(g.querySelectorAll('[data-node][data-value]')).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { fromJSON, toJSON } from '../../../lib/network/json.ts';
import { MISTAKES } from '../../../lib/network/mistakes.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { exportJSON, step, stepCount } from '../../../src/widgets/step/model.ts';
import { PRESETS } from '../../../src/widgets/step/presets.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(step.params);
const value = (d: ReturnType<typeof step.derive>, symbol: string): number =>
  d.table.find((r) => r.symbol === symbol)!.value;
const problemOf = (change: Partial<typeof start>): string => {
  const shown = evaluateState(step, { ...start, ...change });
  return 'problem' in shown ? shown.problem : '';
};

describe('the step-through widget', () => {
  it('opens on the book’s example before the first of its 9 steps, every check passing', () => {
    const d = step.derive(start);
    expect(d.current).toBeNull();
    expect(d.run.steps).toHaveLength(9);
    expect(d.check.passed).toBe(true);
    expect(toJSON(d.net)).toEqual(toJSON(exampleNetwork()));
    expect(step.summary(d, start)).toMatch(/^Before the first of 9 steps\. The loss is /);
  });

  it('tables every value of the engine’s forward and backward passes, by symbol', () => {
    const d = step.derive(start);
    const cache = forward(exampleNetwork(), EXAMPLE_X);
    const { deltas, gradients } = backward(exampleNetwork(), cache, EXAMPLE_Y);
    expect(value(d, 'z(1)_2')).toBe(cache.z[1]![2]);
    expect(value(d, 'delta(2)_1')).toBe(deltas[2]![1]);
    expect(value(d, 'dL/dW(2)_01')).toBe(gradients[1]!.weights[0]![1]);
    expect(value(d, 'W(1)_23')).toBe(toJSON(exampleNetwork()).layers[0]!.weights[2]![3]);
    expect(new Set(d.table.map((r) => r.symbol)).size).toBe(d.table.length);
  });

  it('reproduces Matt Mazur’s hand-worked 2-2-2 example: L = 0.298371109, w5 becomes 0.35891648', () => {
    const s = { ...start, preset: 'mazur' };
    const d = step.derive(step.normalize!(s));
    expect([d.x, d.y]).toEqual([PRESETS.mazur.x, PRESETS.mazur.y]);
    expectClose(d.run.loss, 0.298371109, 1e-9);
    // Mazur's w5 runs from hidden node 1 to output node 1: W(2)_00 here.
    expectClose(value(d, 'W(2)_00 new'), 0.35891648, 1e-8);
    expectClose(value(d, 'W(1)_00 new'), 0.149780716, 1e-9);
  });

  it('steps forward and back within the network’s 4L + 1 steps', () => {
    const next = step.actions!['next']!;
    let s = start;
    for (let k = 0; k < 12; k++) s = next(s);
    expect(s.at).toBe(9);
    expect(stepCount(s)).toBe(9);
    expect(step.actions!['previous']!({ ...s, at: 0 }).at).toBe(0);
    expect(step.derive({ ...s, at: 3 }).current!.kind).toBe('loss');
  });

  it('loads a pasted network with its sample, and exports it before and after the update', () => {
    const json = JSON.stringify(PRESETS.softmax.json);
    const s = { ...start, net: json, x: [0.5, -1], y: [0, 1, 0] };
    const d = step.derive(s);
    expect(d.sizes).toEqual([2, 3, 3]);
    const out = exportJSON(d);
    expect(JSON.parse(out.before)).toEqual(PRESETS.softmax.json);
    expect(toJSON(fromJSON(out.after!))).toEqual(toJSON(d.run.updated!));
  });

  it('exports no network after an update that cannot be applied, and the one before it', () => {
    // The post's transposed update cannot add ΔZᵀ (4 × 3) to W(1) (3 × 4): the step is refused.
    const d = step.derive({ ...start, mistake: 'transposedUpdate' });
    expect(d.run.updated).toBeNull();
    const out = exportJSON(d);
    expect(out.after).toBeNull();
    expect(JSON.parse(out.before)).toEqual(toJSON(d.net));
  });

  it('refuses a bad pasted network with fromJSON’s message naming what and where', () => {
    expect(problemOf({ net: '{"layers": [' })).toMatch(/^The pasted network: not valid JSON/);
    const wrongShape = JSON.stringify({
      format: 2,
      layers: [
        { weights: [[1, 2]], biases: [0, 0], activation: 'tanh' },
        { weights: [[1], [2], [3]], biases: [0], activation: 'sigmoid' },
      ],
      loss: { name: 'mse' },
    });
    expect(problemOf({ net: wrongShape, x: [1], y: [1] })).toMatch(
      /layers\[1\]\.weights has 3 rows but the previous layer has 2 nodes/,
    );
    const nan = JSON.stringify(PRESETS.mazur.json).replace('0.15', 'NaN');
    expect(problemOf({ net: nan, x: [1, 1], y: [1, 1] })).toMatch(/not valid JSON/);
    const wide = JSON.stringify({
      format: 2,
      layers: [{ weights: [Array(100).fill(0.1)], biases: Array(100).fill(0), activation: 'tanh' }],
      loss: { name: 'mse' },
    });
    expect(problemOf({ net: wide, x: [1], y: [1] })).toMatch(/Layer 1 has 100 nodes; .* at most 8/);
    expect(problemOf({ net: JSON.stringify(PRESETS.mazur.json) })).toMatch(
      /x has 3 values but the network takes 2 inputs/,
    );
  });

  it('with each mistake switched on, fails the check on a network it applies to', () => {
    for (const m of MISTAKES) {
      const preset = m.id === 'softmaxElementwise' ? 'softmax' : 'mazur';
      const s = step.normalize!({ ...start, preset, mistake: m.id });
      const d = step.derive(s);
      expect(d.mistakeNote).toBe(`Broken on purpose: ${m.explanation}`);
      expect(d.check.passed, m.id).toBe(false);
      expect(step.readouts(d, s)['failed']).toBeGreaterThan(0);
    }
  });

  it('says what a mistake needs when this network lacks it, and that it changes nothing', () => {
    const s = step.normalize!({ ...start, preset: 'mazur', mistake: 'softmaxElementwise' });
    const d = step.derive(s);
    expect(d.mistakeNote).toBe(
      `This mistake needs a softmax output layer (the menu’s “${PRESETS.softmax.label}” has one); on this network it changes nothing.`,
    );
    expect(d.check.passed).toBe(true);
    expect(step.derive(start).mistakeNote).toBeNull();
  });

  it('draws the loss over k repeated steps, falling when right and rising with the sign flipped', () => {
    const right = step.derive({ ...start, k: 10 });
    expect(right.chart.curves[0]!.points).toHaveLength(11);
    expect(right.training.losses.at(-1)!).toBeLessThan(right.training.losses[0]!);
    const wrong = step.derive({ ...start, k: 10, mistake: 'flippedSign' });
    expect(wrong.training.losses.at(-1)!).toBeGreaterThan(wrong.training.losses[0]!);
  });

  it('shows the transposed update on the 3-4-2 example as an update that cannot be added', () => {
    const d = step.derive({ ...start, mistake: 'transposedUpdate' });
    expect(d.run.updated).toBeNull();
    expect(step.readouts(d, start)['after']).toBeUndefined();
    expect(d.training.stopped).toMatch(/cannot be added/);
  });
});

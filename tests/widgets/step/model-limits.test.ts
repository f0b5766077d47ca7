import { NETWORK_FORMAT } from '../../../lib/network/json.ts';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { isLastStep, step, stepCount, stepHint } from '../../../src/widgets/step/model.ts';
import { PRESETS } from '../../../src/widgets/step/presets.ts';

const chain = (depth: number, width = 1): string =>
  JSON.stringify({
    format: 2,
    layers: Array.from({ length: depth }, () => ({
      weights: Array.from({ length: width }, () => Array(width).fill(0.1)),
      biases: Array(width).fill(0),
      activation: 'tanh',
    })),
    loss: { name: 'mse' },
  });

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no refusal';
};

describe('the step-through’s limits, chart and readouts', () => {
  it('takes a network of 8 layers and refuses one of 9 with the count in the message', () => {
    const s = { ...defaults(step.params), x: [1], y: [1] };
    expect(stepCount({ net: chain(8), preset: 'example' })).toBe(33);
    expect(step.derive({ ...s, net: chain(8) }).run.steps).toHaveLength(33);
    expect(refusal(() => step.derive({ ...s, net: chain(9) }))).toBe(
      'The network has 9 layers; the step-through shows at most 8.',
    );
  });

  it('takes 8 nodes a layer and refuses 9, naming the layer, the input layer included', () => {
    const x = Array(8).fill(1);
    const s = { ...defaults(step.params), x, y: x };
    expect(step.derive({ ...s, net: chain(1, 8) }).sizes).toEqual([8, 8]);
    const nine = Array(9).fill(1);
    expect(refusal(() => step.derive({ ...s, x: nine, y: nine, net: chain(1, 9) }))).toBe(
      'Layer 0 has 9 nodes; the step-through shows at most 8 a layer.',
    );
  });

  it('keeps the parse error as the cause of the pasted network’s refusal', () => {
    let caught: unknown;
    try {
      step.derive({ ...defaults(step.params), net: '{' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect((caught as Error).cause).toBeInstanceOf(Error);
  });

  it('refuses a target of the wrong length and a step past the last, saying what fits', () => {
    const s = defaults(step.params);
    expect(refusal(() => step.derive({ ...s, y: [1, 2, 3] }))).toBe(
      'y has 3 values but the network has 2 outputs: give 2.',
    );
    expect(refusal(() => step.derive({ ...s, x: [1], y: [1] }))).toBe(
      'x has 1 value but the network takes 3 inputs: give 3.',
    );
    const single = JSON.stringify({
      format: NETWORK_FORMAT,
      layers: [{ weights: [[1]], biases: [0], activation: 'sigmoid' }],
      loss: { name: 'mse' },
    });
    expect(refusal(() => step.derive({ ...s, net: single, x: [1], y: [1, 2] }))).toBe(
      'y has 2 values but the network has 1 output: give 1.',
    );
    expect(refusal(() => step.derive({ ...s, at: 10 }))).toBe(
      'This network has 9 steps; step 10 is past them.',
    );
    expect(refusal(() => step.derive({ ...s, at: 9 }))).toBe('no refusal');
  });

  it('charts the loss after each of the k steps, the last one labelled, the axes fitted', () => {
    const d = step.derive(defaults(step.params));
    const losses = d.training.losses;
    expect(losses).toHaveLength(21);
    expect(d.chart.curves).toEqual([{ points: losses.map((v, k) => [k, v]), tone: 'accent' }]);
    expect(d.chart.points).toEqual([
      { x: 20, y: losses[20], tone: 'accent', label: 'after 20', dx: -8, dy: -12 },
    ]);
    const top = Math.max(...losses);
    expect(top).toBe(losses[0]);
    expect(d.axes).toEqual({
      x: { domain: [0, 20], label: 'step' },
      y: { domain: [0, Math.ceil(top * 11) / 10], label: 'loss L' },
    });
    const one = step.derive({ ...defaults(step.params), k: 1 });
    expect(one.axes.x).toEqual({ domain: [0, 1], label: 'step' });
  });

  it('reads out the step, the counts, the loss, the loss after one step and after k', () => {
    const s = { ...defaults(step.params), at: 3 };
    const d = step.derive(s);
    expect(step.readouts(d, s)).toEqual({
      at: 3,
      steps: 9,
      loss: d.run.loss,
      failed: 0,
      checked: 26,
      trained: d.training.losses[20],
      after: d.training.losses[1],
    });
    expect(d.training.losses[1]).not.toBe(d.training.losses[20]);
  });

  it('says which step is shown and how many parameters fail', () => {
    const s = { ...defaults(step.params), at: 3, mistake: 'flippedSign' };
    const d = step.derive(s);
    expect(step.summary(d, s)).toMatch(
      new RegExp(
        `^Step 3 of 9: ${d.current!.title.replace(/[()]/g, '\\$&')}\\. The loss is .+; 26 of the 26 parameters fail the gradient check\\.$`,
      ),
    );
    const ok = defaults(step.params);
    expect(step.summary(step.derive(ok), ok)).toMatch(
      /; every one of the 26 parameters passes the gradient check\.$/,
    );
  });

  it('says what a network lacks for a mistake, naming the preset that has a softmax only for that one', () => {
    const s = {
      ...defaults(step.params),
      x: [1],
      y: [1],
      net: chain(1),
      mistake: 'hiddenNoDerivative',
    };
    expect(step.derive(s).mistakeNote).toBe(
      'This mistake needs a hidden layer; on this network it changes nothing.',
    );
  });

  it('knows the last step and hints the step field’s range', () => {
    const s = defaults(step.params);
    const d = step.derive(s);
    expect(isLastStep(d, { ...s, at: 9 })).toBe(true);
    expect(isLastStep(d, { ...s, at: 8 })).toBe(false);
    expect(stepHint(9)).toBe('whole number from 0 to 9, this network’s steps');
  });

  it('gives a named preset its own sample only when neither sample was typed', () => {
    const s = { ...defaults(step.params), preset: 'softmax' };
    const given = step.normalize!(s);
    expect(given.x).toEqual(PRESETS.softmax.x);
    expect(given.y).toEqual(PRESETS.softmax.y);
    const typedX = { ...s, x: [9, 9, 9] };
    expect(step.normalize!(typedX)).toBe(typedX);
    const typedY = { ...s, y: [0.5, 0.5] };
    expect(step.normalize!(typedY)).toBe(typedY);
    const sameLengthX = { ...s, x: s.x.map((v, i) => (i === 0 ? v + 1 : v)) };
    expect(step.normalize!(sameLengthX)).toBe(sameLengthX);
    const prefix = { ...s, x: s.x.slice(0, 2) };
    expect(step.normalize!(prefix)).toBe(prefix);
    const pasted = { ...s, net: chain(1) };
    expect(step.normalize!(pasted)).toBe(pasted);
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { loss, predict, trainStep } from '../../../lib/network/api.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { training } from '../../../src/widgets/training/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(training.params);

describe('the training widget', () => {
  it('records the loss before every one of k engine steps, and after the last', () => {
    const s = { ...start, steps: 5, eta: 0.8 };
    const d = training.derive(s);
    const net = exampleNetwork('sigmoid');
    const expected: number[] = [];
    for (let k = 0; k < 5; k++) expected.push(trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.8));
    expected.push(loss(net, EXAMPLE_X, EXAMPLE_Y));
    expect(d.losses).toEqual(expected);
    expectClose(d.outputs, predict(net, EXAMPLE_X));
    expect(d.chart.curves[0]!.points).toEqual(expected.map((v, k) => [k, v]));
  });

  it('lowers the loss on its one sample, for both outputs, at every step with a modest η', () => {
    for (const output of ['sigmoid', 'softmax']) {
      const { losses } = training.derive({ ...start, output, steps: 30, eta: 0.5 });
      for (let k = 1; k < losses.length; k++) expect(losses[k]!).toBeLessThan(losses[k - 1]!);
    }
  });

  it('reads out the first and last loss and both outputs, and says how far the loss fell', () => {
    const d = training.derive(start);
    const r = training.readouts(d, start);
    expect(r['first']).toBe(d.losses[0]);
    expect(r['last']).toBe(d.losses.at(-1));
    expect(training.summary(d, start)).toMatch(/^After 20 steps with η = 0.5 the loss went from /);
  });

  it('can show its largest settings with finite numbers', () => {
    for (const output of training.params.output.options)
      expect(
        'problem' in
          evaluateState(training, { ...start, output, steps: 200, eta: 10, x1: 3, x2: -3 }),
      ).toBe(false);
  });
});

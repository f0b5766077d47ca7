import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { gradients, loss, trainStep } from '../../../lib/network/api.ts';
import { toJSON } from '../../../lib/network/json.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { squaredNorm, stepped, update } from '../../../src/widgets/update/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(update.params);

describe('the one-step widget', () => {
  it('takes the same step as the engine’s trainStep on the example sample', () => {
    for (const output of ['sigmoid', 'softmax'] as const) {
      const net = exampleNetwork(output);
      const grads = gradients(net, EXAMPLE_X, EXAMPLE_Y);
      trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.7);
      const mine = toJSON(stepped(output, grads, 0.7));
      const engine = toJSON(net);
      mine.layers.forEach((layer, l) => {
        expectClose(layer.weights, engine.layers[l]!.weights, 1e-12);
        expectClose(layer.biases, engine.layers[l]!.biases, 1e-12);
      });
    }
  });

  it('reads out the loss before and after the step and the tangent’s promise L − η‖∇L‖²', () => {
    const s = { ...start, eta: 0.5 };
    const d = update.derive(s);
    const net = exampleNetwork('sigmoid');
    const grads = gradients(net, EXAMPLE_X, EXAMPLE_Y);
    expectClose(d.before, loss(net, EXAMPLE_X, EXAMPLE_Y));
    expectClose(d.normSq, squaredNorm(grads));
    expectClose(d.predicted, d.before - 0.5 * d.normSq);
    expectClose(d.after, loss(stepped('sigmoid', grads, 0.5), EXAMPLE_X, EXAMPLE_Y));
    expect(update.summary(d, s)).toMatch(/^With η = 0.5 one step lowers the loss from /);
  });

  it('finds the first-order promise right for a tiny step: the fall is η‖∇L‖² to first order', () => {
    for (const output of ['sigmoid', 'softmax']) {
      const d = update.derive({ output, eta: 1e-4 });
      expectClose((d.before - d.after) / 1e-4, d.normSq, 1e-3);
    }
  });

  it('changes nothing with η = 0', () => {
    const d = update.derive({ ...start, eta: 0 });
    expect(d.after).toBe(d.before);
    expect(update.summary(d, { ...start, eta: 0 })).toMatch(/keeps the loss/);
  });

  it('sums every squared partial derivative into ‖∇L‖²', () => {
    expect(
      squaredNorm([
        { weights: [[1, 2]], biases: [3] },
        { weights: [[-1]], biases: [0.5] },
      ]),
    ).toBe(15.25);
  });

  it('can show both ends of η for both outputs with finite numbers', () => {
    for (const output of update.params.output.options)
      for (const eta of [0, 10])
        expect('problem' in evaluateState(update, { output, eta })).toBe(false);
  });

  it('computes the curve of L(η) once per output: moving η reuses it, the other output has its own', () => {
    const curveAt = (output: 'sigmoid' | 'softmax', eta: number) =>
      update.derive({ ...start, output, eta }).chart.curves[0]!.points;
    expect(curveAt('sigmoid', 2)).toBe(curveAt('sigmoid', 7));
    expect(curveAt('softmax', 2)).toBe(curveAt('softmax', 7));
    expect(curveAt('softmax', 2)).not.toEqual(curveAt('sigmoid', 2));
  });
});

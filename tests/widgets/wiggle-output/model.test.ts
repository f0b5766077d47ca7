import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS, EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { loss } from '../../../lib/network/api.ts';
import { numericGradients } from '../../../lib/network/gradient-check.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults, readAddress } from '../../../src/widgets/kit/params.ts';
import { wiggleOutput } from '../../../src/widgets/wiggle-weight/model.ts';
import { WEIGHT_KEYS, weightLabel } from '../../../src/widgets/wiggle-weight/weights.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(wiggleOutput.params);

describe('wiggling an output weight', () => {
  it('opens on w(2)₀₀ at its value in the example network, whose loss it reports', () => {
    expect(start).toEqual({ weight: '2-0-0', value: EXAMPLE_PARAMETERS.W2[0]![0] });
    const d = wiggleOutput.derive(start);
    expect(d.loss).toBe(loss(exampleNetwork('sigmoid'), EXAMPLE_X, EXAMPLE_Y));
  });

  it('gives the backpropagated slope −δ(2)ⱼ z(1)ᵢ, which the engine’s numeric gradient confirms', () => {
    for (const value of [-4.2, -1, 0, 0.4, 3.7]) {
      const s = { weight: '2-3-1', value };
      const d = wiggleOutput.derive(s);
      expect(d.dLdw).toBe(-d.delta * d.zIn);
      const net = exampleNetwork('sigmoid');
      net.layers[1]!.weights[3 * 2 + 1] = value;
      const numeric = numericGradients(net, EXAMPLE_X, EXAMPLE_Y)[1]!.weights[3]![1]!;
      expectClose(d.dLdw, numeric, 1e-8);
      expectClose(d.finiteDifference, d.dLdw, 1e-8);
    }
  });

  it('moves only the output the weight feeds', () => {
    const before = wiggleOutput.derive(start).outputs;
    const after = wiggleOutput.derive({ ...start, value: start.value + 1 }).outputs;
    expect(after[1]).toBe(before[1]);
    expect(after[0]).toBeGreaterThan(before[0]!);
  });

  it('draws the loss over the slider’s range, the tangent through the current point, and no NaN', () => {
    const d = wiggleOutput.derive(start);
    const [curve, tangent] = d.chart.curves;
    expect(curve!.points[0]![0]).toBe(-5);
    expect(curve!.points.at(-1)![0]).toBe(5);
    for (const [, y] of curve!.points) {
      expect(y).toBeGreaterThanOrEqual(d.yDomain[0]);
      expect(y).toBeLessThanOrEqual(d.yDomain[1]);
    }
    const [[x1, y1], [x2, y2]] = tangent!.points as [[number, number], [number, number]];
    expectClose((y2 - y1) / (x2 - x1), d.dLdw);
    expectClose(y1 + (d.dLdw * (x2 - x1)) / 2, d.loss);
    expect(d.chart.points).toEqual([{ x: start.value, y: d.loss, tone: 'warm' }]);
  });

  it('reads out the weight, the loss, both slopes, δ, z and the outputs under stable names', () => {
    const d = wiggleOutput.derive(start);
    expect(Object.keys(wiggleOutput.readouts(d, start))).toEqual([
      'weight',
      'loss',
      'dLdw',
      'finiteDifference',
      'delta',
      'zIn',
      'z0',
      'z1',
    ]);
    expect(wiggleOutput.summary(d, start)).toMatch(
      /^w\(2\)₀₀ = 0\.4: loss 0\.19\d*, backpropagated slope ∂L\/∂w\(2\)₀₀ = −0\.0719\d*, finite difference −0\.0719\d*\.$/,
    );
  });

  it('offers every one of the 20 weights by name, and refuses an unknown one in the address', () => {
    expect(WEIGHT_KEYS).toHaveLength(3 * 4 + 4 * 2);
    expect(weightLabel('2-3-1')).toBe('w(2)₃₁: hidden node 3 → output 1');
    const read = readAddress(
      wiggleOutput.params,
      'wiggle-output',
      new URLSearchParams('wiggle-output.weight=3-0-0'),
    );
    expect(read.state).toEqual(start);
    expect(read.problems).toHaveLength(1);
  });

  it('can show every weight at both ends of the slider', () => {
    for (const weight of WEIGHT_KEYS) {
      for (const value of [-5, 5]) {
        expect('problem' in evaluateState(wiggleOutput, { weight, value })).toBe(false);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_PARAMETERS, EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { numericGradients } from '../../../lib/network/gradient-check.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { wiggleHidden, wiggleOutput } from '../../../src/widgets/wiggle-weight/model.ts';
import { gradientSymbols, weightRef } from '../../../src/widgets/wiggle-weight/weights.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(wiggleHidden.params);

describe('wiggling a hidden weight', () => {
  it('opens on w(1)₀₀ at its value in the example network, on its own address key', () => {
    expect(wiggleHidden.id).toBe('wiggle-hidden');
    expect(start).toEqual({ weight: '1-0-0', value: EXAMPLE_PARAMETERS.W1[0]![0] });
  });

  it('gives the backpropagated slope −δ(1)ⱼ z(0)ᵢ = −δ(1)ⱼ xᵢ, as the engine’s numeric gradient does', () => {
    for (const value of [-3, 0.2, 4.5]) {
      const d = wiggleHidden.derive({ weight: '1-1-2', value });
      expect(d.zIn).toBe(EXAMPLE_X[1]);
      expect(d.dLdw).toBe(-d.delta * d.zIn);
      const net = exampleNetwork('sigmoid');
      net.layers[0]!.weights[1 * 4 + 2] = value;
      expectClose(d.dLdw, numericGradients(net, EXAMPLE_X, EXAMPLE_Y)[0]!.weights[1]![2]!, 1e-8);
      expectClose(d.finiteDifference, d.dLdw, 1e-8);
    }
  });

  it('moves every output at once', () => {
    const before = wiggleHidden.derive(start).outputs;
    const after = wiggleHidden.derive({ ...start, value: start.value + 1 }).outputs;
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('doubles the slope for the weight from the input x₁ = 2 against the one from x₀ = 1 into the same node', () => {
    const from0 = wiggleHidden.derive({ weight: '1-0-3', value: EXAMPLE_PARAMETERS.W1[0]![3]! });
    const from1 = wiggleHidden.derive({ weight: '1-1-3', value: EXAMPLE_PARAMETERS.W1[1]![3]! });
    expect(from1.delta).toBe(from0.delta);
    expectClose(from1.dLdw, 2 * from0.dLdw);
  });

  it('names the pieces of the slope as the page does', () => {
    expect(gradientSymbols(weightRef('1-2-3'))).toEqual({
      w: 'w(1)₂₃',
      delta: 'δ(1)₃',
      zIn: 'z(0)₂',
    });
    expect(gradientSymbols(weightRef('2-0-1'))).toEqual({
      w: 'w(2)₀₁',
      delta: 'δ(2)₁',
      zIn: 'z(1)₀',
    });
  });

  it('shows the same network as the output page when both weights sit at their example values', () => {
    const hidden = wiggleHidden.derive(start);
    const output = wiggleOutput.derive(defaults(wiggleOutput.params));
    expect(hidden.loss).toBe(output.loss);
    expect(hidden.outputs).toEqual(output.outputs);
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { gradients, trainStep } from '../../../lib/network/api.ts';
import { backward } from '../../../lib/network/backward.ts';
import { forward } from '../../../lib/network/forward.ts';
import { toJSON } from '../../../lib/network/json.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { gradmatrix } from '../../../src/widgets/gradmatrix/model.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the output-weight gradient widget’s readouts and words', () => {
  it('reads out z(1)ᵢ, δ(2)ⱼ, every gradient entry and every updated weight under its own name', () => {
    const s = { ...defaults(gradmatrix.params), eta: 0.3 };
    const r = gradmatrix.readouts(gradmatrix.derive(s), s);
    const net = exampleNetwork('sigmoid');
    const cache = forward(net, EXAMPLE_X);
    const z = cache.z[1]!;
    const delta = backward(net, cache, EXAMPLE_Y).deltas[2]!;
    const g = gradients(exampleNetwork('sigmoid'), EXAMPLE_X, EXAMPLE_Y)[1]!.weights;
    trainStep(net, [EXAMPLE_X], [EXAMPLE_Y], 0.3);
    const after = toJSON(net).layers[1]!.weights;
    const expected: Record<string, number> = {};
    for (let i = 0; i < 4; i++) expected[`z${i}`] = z[i]!;
    for (let j = 0; j < 2; j++) expected[`d${j}`] = delta[j]!;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 2; j++) expected[`g${i}_${j}`] = g[i]![j]!;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 2; j++) expected[`w${i}_${j}`] = after[i]![j]!;
    expect(Object.keys(r).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectClose(r[key]!, value, 1e-12, key);
  });

  it('says entry (0, 0) of ∂L/∂W(2) and where the weight w(2)₀₀ = 0.4 moves with η', () => {
    const s = defaults(gradmatrix.params);
    // z₀ = σ(0) = 0.5 and δ₀ = 0.143821, so −z₀δ₀ = −0.0719107 and 0.4 + 0.5·0.5·δ₀ = 0.435955.
    expect(gradmatrix.summary(gradmatrix.derive(s), s)).toBe(
      '∂L/∂W(2) entry (0, 0) is −z₀δ₀ = −0.0719107; with η = 0.5 the weight moves from 0.4 to 0.435955.',
    );
  });
});

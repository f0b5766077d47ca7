import { describe, expect, it } from 'vitest';
import { activationNames } from '../../../lib/activations/index.ts';
import { predict } from '../../../lib/network/api.ts';
import { forward } from '../../../lib/network/forward.ts';
import { predictBlocked } from '../../../lib/network/predict-block.ts';
import { expectClose } from '../../helpers/close.ts';
import { createRng, randomNetwork, randomVector } from './helpers.ts';

// The blocked pass adds the same terms in the same order as the teaching forward pass; only
// tanh is computed by another (equal to 4e−16) formula, so 1e−12 is generous.
const SAME_NUMBERS = 1e-12;

describe('predictBlocked', () => {
  it.each(activationNames)(
    'gives the teaching forward pass’s z(L) for every input, across block edges (%s layers)',
    (name) => {
      const rng = createRng(name.length * 17);
      // 7 inputs exercise every unrolled width (4 + 3); 300 samples span three partial blocks.
      const net = randomNetwork(rng, [7, 5, 6, 3], name, name, 'mse');
      const inputs = Array.from({ length: 300 }, () => randomVector(rng, 7));
      const out = new Float64Array(300 * 3);
      predictBlocked(net, Float64Array.from(inputs.flat()), out);
      inputs.forEach((x, s) =>
        expectClose(out.subarray(s * 3, s * 3 + 3), forward(net, x).z[3]!, SAME_NUMBERS),
      );
    },
  );

  it.each([8, 9, 12])(
    'gives predict’s z(L) with %i inputs, where the four-input sweep runs more than once',
    (nIn) => {
      const rng = createRng(nIn);
      const net = randomNetwork(rng, [nIn, 5, 2], 'tanh', 'softmax', 'crossEntropy');
      const inputs = Array.from({ length: 20 }, () => randomVector(rng, nIn));
      const out = new Float64Array(20 * 2);
      predictBlocked(net, Float64Array.from(inputs.flat()), out);
      inputs.forEach((x, s) =>
        expectClose(out.subarray(s * 2, s * 2 + 2), predict(net, x), SAME_NUMBERS),
      );
    },
  );

  it('writes only the rows of its inputs: entries of a longer `out` are left as they were', () => {
    const rng = createRng(5);
    const net = randomNetwork(rng, [3, 4, 2], 'relu', 'sigmoid', 'mse');
    // 130 samples: one full block of 128 and a partial one of 2; room for 3 more rows after them.
    const inputs = Float64Array.from({ length: 130 * 3 }, () => rng.uniform(-1, 1));
    const out = new Float64Array((130 + 3) * 2).fill(7);
    predictBlocked(net, inputs, out);
    expect(Array.from(out.subarray(130 * 2))).toEqual([7, 7, 7, 7, 7, 7]);
    expectClose(
      out.subarray(129 * 2, 130 * 2),
      predict(net, Array.from(inputs.subarray(129 * 3))),
      SAME_NUMBERS,
    );
  });
});

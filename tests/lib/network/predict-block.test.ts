import { describe, it } from 'vitest';
import { activationNames } from '../../../lib/activations/index.ts';
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
});

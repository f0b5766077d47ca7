import { describe, expect, it } from 'vitest';
import { EXAMPLE_SIZES } from '../../../lib/examples.ts';
import { createNetwork } from '../../../lib/network/create.ts';
import { createRng } from '../../../lib/random.ts';
import {
  architecture,
  biasSum,
  MAX_HIDDEN,
  MAX_NODES,
  sizesOf,
  unavailableActions,
  weightSum,
} from '../../../src/widgets/architecture/model.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults, readAddress, writeAddress } from '../../../src/widgets/kit/params.ts';

const start = defaults(architecture.params);
const act = (name: string, s = start) => architecture.actions![name]!(s);

/** The engine's own count: the lengths of the weight and bias arrays of a network of these sizes. */
function engineCounts(sizes: readonly number[]) {
  const net = createNetwork({
    sizes,
    activations: { hidden: 'sigmoid', output: 'sigmoid' },
    loss: 'mse',
    rng: createRng(1),
  });
  const weights = net.layers.reduce((s, l) => s + l.weights.length, 0);
  const biases = net.layers.reduce((s, l) => s + l.biases.length, 0);
  return { weights, biases, parameters: weights + biases, L: net.layers.length };
}

describe('the architecture widget', () => {
  it('opens on the book’s 3-4-2 network: 3·4 + 4·2 = 20 weights, 4 + 2 = 6 biases', () => {
    const d = architecture.derive(start);
    expect(d.sizes).toEqual(EXAMPLE_SIZES);
    expect(weightSum(d)).toBe('3·4 + 4·2');
    expect(biasSum(d)).toBe('4 + 2');
    expect([d.weights, d.biases, d.parameters, d.L]).toEqual([20, 6, 26, 2]);
  });

  it('counts exactly the weights and biases the engine allocates, for many shapes', () => {
    const shapes = [
      { inputs: 1, hidden: [1], outputs: 1 },
      { inputs: 8, hidden: [8, 8, 8, 8, 8, 8], outputs: 8 },
      { inputs: 2, hidden: [5, 1, 7], outputs: 3 },
      { inputs: 4, hidden: [3, 6], outputs: 1 },
    ];
    for (const s of shapes) {
      const d = architecture.derive(s);
      expect({ weights: d.weights, biases: d.biases, parameters: d.parameters, L: d.L }).toEqual(
        engineCounts(sizesOf(s)),
      );
    }
  });

  it('reads out the counts and each hidden layer’s size under stable names', () => {
    const s = { inputs: 2, hidden: [5, 1], outputs: 3 };
    expect(architecture.readouts(architecture.derive(s), s)).toEqual({
      weights: 2 * 5 + 5 * 1 + 1 * 3,
      biases: 5 + 1 + 3,
      parameters: 18 + 9,
      layers: 3,
      hidden1: 5,
      hidden2: 1,
    });
  });

  it('says the shape and both sums in one sentence', () => {
    expect(architecture.summary(architecture.derive(start), start)).toBe(
      'A 3-4-2 network: 3·4 + 4·2 = 20 weights and 4 + 2 = 6 biases, 26 parameters in all.',
    );
  });

  it('adds a hidden layer the size of the last one, up to six, and removes down to one', () => {
    expect(act('addLayer').hidden).toEqual([4, 4]);
    // The last layer copied, and only the last removed: with three sizes each is told apart.
    const three = { ...start, hidden: [2, 3, 5] };
    expect(act('addLayer', three).hidden).toEqual([2, 3, 5, 5]);
    expect(act('removeLayer', three).hidden).toEqual([2, 3]);
    const full = { ...start, hidden: Array<number>(MAX_HIDDEN).fill(2) };
    expect(act('addLayer', full)).toBe(full);
    expect(act('removeLayer', act('addLayer')).hidden).toEqual([4]);
    expect(act('removeLayer')).toBe(start);
  });

  it('grows and shrinks one hidden layer by a node, within 1 to 8, leaving the others', () => {
    const two = { ...start, hidden: [4, 1] };
    expect(act('addNode1', two).hidden).toEqual([5, 1]);
    expect(act('removeNode2', two).hidden).toEqual([4, 1]);
    expect(act('addNode1', { ...start, hidden: [MAX_NODES] }).hidden).toEqual([MAX_NODES]);
    // A button for a layer that does not exist changes nothing.
    expect(act('addNode3', two)).toBe(two);
  });

  it('disables exactly the buttons whose action would change nothing', () => {
    const cases: [number[], string[]][] = [
      [[4], ['removeLayer']],
      [
        [1, MAX_NODES, 3],
        ['addNode2', 'removeNode1'],
      ],
      [
        Array<number>(MAX_HIDDEN).fill(1),
        ['addLayer', ...[1, 2, 3, 4, 5, 6].map((k) => `removeNode${k}`)],
      ],
    ];
    for (const [hidden, off] of cases) {
      const s = { ...start, hidden };
      expect([...unavailableActions(s)].sort()).toEqual([...off].sort());
      // Each one is idle indeed: the model's action leaves the state as it was.
      for (const name of off) expect(act(name, s)).toEqual(s);
    }
  });

  it('keeps every size in the address and reads it back', () => {
    const s = { inputs: 5, hidden: [2, 7, 3], outputs: 1 };
    const params = writeAddress(architecture.params, 'architecture', s, new URLSearchParams());
    expect(params.toString()).toBe(
      'architecture.inputs=5&architecture.hidden=2%2C7%2C3&architecture.outputs=1',
    );
    expect(readAddress(architecture.params, 'architecture', params).state).toEqual(s);
  });

  it('opens a bad address at the defaults and names each bad value', () => {
    const bad = new URLSearchParams(
      'architecture.inputs=9&architecture.hidden=4,0,2&architecture.outputs=1.5',
    );
    const { state, problems } = readAddress(architecture.params, 'architecture', bad);
    expect(state).toEqual(start);
    expect(problems.map((p) => p.key)).toEqual(['inputs', 'hidden', 'outputs']);
    const tooDeep = new URLSearchParams('architecture.hidden=1,1,1,1,1,1,1');
    expect(readAddress(architecture.params, 'architecture', tooDeep).problems).toHaveLength(1);
  });

  it('can show the largest network its controls allow', () => {
    const largest = { inputs: 8, hidden: Array<number>(MAX_HIDDEN).fill(8), outputs: 8 };
    const shown = evaluateState(architecture, largest);
    expect('problem' in shown ? shown.problem : shown.readouts['weights']).toBe(7 * 64);
  });
});

import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../lib/network/create.ts';
import { forward } from '../../../lib/network/forward.ts';
import type { Network } from '../../../lib/network/types.ts';
import { features, type FeatureName } from '../../../lib/playground/features.ts';
import {
  classOf,
  evaluateGrid,
  forwardGridCells,
  gridPoints,
  prepareGrid,
  type GridSpec,
} from '../../../lib/playground/grid.ts';
import { createRng } from '../../../lib/random.ts';
import { expectClose } from '../../helpers/close.ts';

const spec: GridSpec = { resolution: 20, domain: 6 };

function randomBiases(net: Network, seed: number): Network {
  // createNetwork starts biases at 0; nonzero ones make the check see them.
  const rng = createRng(seed);
  for (const layer of net.layers)
    for (let j = 0; j < layer.nOut; j++) layer.biases[j] = rng.normal();
  return net;
}

describe('gridPoints', () => {
  it('puts the cell centres of a 2 × 2 grid over [−6, 6]² with row 0 at the top', () => {
    expectClose(gridPoints({ resolution: 2, domain: 6 }), [-3, 3, 3, 3, -3, -3, 3, -3]);
  });

  it('keeps every centre half a cell inside the square', () => {
    const points = gridPoints({ resolution: 4, domain: 2 });
    expect(Math.max(...points)).toBe(1.5);
    expect(Math.min(...points)).toBe(-1.5);
  });

  it('refuses a resolution that is not a whole number ≥ 1', () => {
    expect(() => gridPoints({ resolution: 0, domain: 6 })).toThrow(/resolution/);
    expect(() => gridPoints({ resolution: 2.5, domain: 6 })).toThrow(/resolution/);
  });
});

describe('evaluateGrid', () => {
  const chosen: FeatureName[] = ['x', 'y', 'xSquared', 'sinY'];

  const cases = [
    { name: 'a tanh network with one tanh output', out: 'tanh', loss: 'mse', sizes: [4, 5, 3, 1] },
    {
      name: 'a relu network with a softmax output',
      out: 'softmax',
      loss: 'crossEntropy',
      sizes: [4, 6, 3],
    },
  ] as const;

  it.each(cases)('matches forward() at every layer of random cells, for $name', (c) => {
    const net = randomBiases(
      createNetwork({
        sizes: c.sizes,
        activations: { hidden: c.out === 'softmax' ? 'relu' : 'tanh', output: c.out },
        loss: c.loss,
        rng: createRng(7),
      }),
      8,
    );
    const grid = evaluateGrid(net, chosen, spec);
    const points = gridPoints(spec);
    const rng = createRng(9);
    for (let trial = 0; trial < 25; trial++) {
      const cell = rng.int(spec.resolution * spec.resolution);
      const [x1, x2] = [points[2 * cell]!, points[2 * cell + 1]!];
      const { z } = forward(
        net,
        chosen.map((name) => features[name].f(x1, x2)),
      );
      z.forEach((zl, l) => {
        const n = zl.length;
        expectClose(grid.layers[l]!.subarray(cell * n, cell * n + n), zl, 1e-12, `z(${l})`);
      });
    }
  });

  it('gives softmax outputs that sum to 1 at every cell', () => {
    const net = createNetwork({
      sizes: [2, 4, 5],
      activations: { hidden: 'tanh', output: 'softmax' },
      loss: 'crossEntropy',
      rng: createRng(3),
    });
    const out = evaluateGrid(net, ['x', 'y'], spec).layers[2]!;
    for (let cell = 0; cell < spec.resolution ** 2; cell++) {
      let sum = 0;
      for (let k = 0; k < 5; k++) sum += out[cell * 5 + k]!;
      expectClose(sum, 1, 1e-12);
    }
  });

  it('fills the arrays it is given back, and makes new ones when the sizes change', () => {
    const net = createNetwork({
      sizes: [2, 3, 1],
      activations: { hidden: 'tanh', output: 'tanh' },
      loss: 'mse',
      rng: createRng(1),
    });
    const first = evaluateGrid(net, ['x', 'y'], spec);
    const before = Float64Array.from(first.layers[2]!);
    net.layers[1]!.biases[0] = 0.5;
    const again = evaluateGrid(net, ['x', 'y'], spec, first);
    expect(again.layers[2]).toBe(first.layers[2]);
    expect(again.layers[2]![0]).not.toBe(before[0]);
    const finer = evaluateGrid(net, ['x', 'y'], { resolution: 10, domain: 6 }, first);
    expect(finer.layers[2]).not.toBe(first.layers[2]);
    expect(finer.layers[2]).toHaveLength(100);
  });

  it('refuses features that do not match the network’s inputs', () => {
    const net = createNetwork({
      sizes: [3, 1],
      activations: ['tanh'],
      loss: 'mse',
      rng: createRng(1),
    });
    expect(() => evaluateGrid(net, ['x', 'y'], spec)).toThrow(/3 inputs but 2 features/);
  });

  it('computes a known network exactly: z = tanh(x₁ − x₂) on a 2 × 2 grid', () => {
    const net: Network = createNetwork({
      sizes: [2, 1],
      activations: ['tanh'],
      loss: 'mse',
      rng: createRng(1),
    });
    net.layers[0]!.weights.set([1, -1]);
    const grid = evaluateGrid(net, ['x', 'y'], { resolution: 2, domain: 6 });
    // Centres (−3, 3), (3, 3), (−3, −3), (3, −3).
    expectClose(grid.layers[1]!, [Math.tanh(-6), 0, 0, Math.tanh(6)], 1e-15);
  });
});

describe('classOf', () => {
  it('is the index of the largest of n values from an offset, the first on a tie', () => {
    const values = [9, 0.1, 0.7, 0.2, 0.4, 0.4];
    expect(classOf(values, 1, 3)).toBe(1);
    expect(classOf(values, 4, 2)).toBe(0);
    expect(classOf(values, 0, 6)).toBe(0);
  });

  it('reads only its n values: a larger value just after them does not count', () => {
    expect(classOf([0.1, 0.9, 5], 0, 2)).toBe(1);
  });
});

describe('a grid computed a range of cells at a time', () => {
  it('gives exactly the numbers of the whole grid, whatever the ranges', () => {
    const net = createNetwork({
      sizes: [3, 5, 4, 2],
      activations: { hidden: 'tanh', output: 'softmax' },
      loss: 'crossEntropy',
      rng: createRng(11),
    });
    const chosen = ['x', 'ySquared', 'sinX'] as const;
    const spec = { resolution: 23, domain: 6 };
    const whole = evaluateGrid(net, chosen, spec);
    const parts = prepareGrid(net, chosen, spec);
    for (const [from, to] of [
      [0, 1],
      [1, 300],
      [300, 300],
      [300, 529],
    ] as const)
      forwardGridCells(net, parts, from, to);
    parts.layers.forEach((values, l) =>
      expect(Array.from(values), `layer ${l}`).toEqual(Array.from(whole.layers[l]!)),
    );
  });

  it('refuses a range outside the grid or backwards', () => {
    const net = createNetwork({
      sizes: [2, 1],
      activations: { hidden: 'tanh', output: 'tanh' },
      loss: 'mse',
      rng: createRng(1),
    });
    const grid = prepareGrid(net, ['x', 'y'], { resolution: 4, domain: 6 });
    expect(() => forwardGridCells(net, grid, -1, 2)).toThrow(RangeError);
    expect(() => forwardGridCells(net, grid, 3, 2)).toThrow(RangeError);
    expect(() => forwardGridCells(net, grid, 0, 17)).toThrow(RangeError);
    expect(() => forwardGridCells(net, grid, 0.5, 2)).toThrow(RangeError);
    expect(() => forwardGridCells(net, grid, 0, 16)).not.toThrow();
  });
});

describe('a grid on a wide network', () => {
  it('matches forward() on 7-8-8-1 tanh, where each layer sums eight inputs four at a time', () => {
    const all: FeatureName[] = ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'];
    const net = randomBiases(
      createNetwork({
        sizes: [7, 8, 8, 1],
        activations: { hidden: 'tanh', output: 'tanh' },
        loss: 'mse',
        rng: createRng(21),
      }),
      22,
    );
    const wide = { resolution: 30, domain: 6 };
    const grid = evaluateGrid(net, all, wide);
    const points = gridPoints(wide);
    // Cells from several blocks of 256, the last one short.
    for (const cell of [0, 255, 256, 511, 700, 899]) {
      const [x1, x2] = [points[2 * cell]!, points[2 * cell + 1]!];
      const { z } = forward(
        net,
        all.map((name) => features[name].f(x1, x2)),
      );
      z.forEach((zl, l) => {
        const n = zl.length;
        expectClose(
          grid.layers[l]!.subarray(cell * n, cell * n + n),
          zl,
          1e-12,
          `z(${l}) at ${cell}`,
        );
      });
    }
  });
});

describe('the grid’s checks', () => {
  const net = () =>
    createNetwork({
      sizes: [2, 3, 1],
      activations: { hidden: 'tanh', output: 'tanh' },
      loss: 'mse',
      rng: createRng(3),
    });

  it('refuses a domain that is not a finite number above 0, naming it', () => {
    for (const domain of [0, -1, Number.NaN, Infinity])
      expect(
        () => evaluateGrid(net(), ['x', 'y'], { resolution: 4, domain }),
        String(domain),
      ).toThrow(new RangeError(`grid: the domain must be a finite number > 0, got ${domain}`));
  });

  it('takes a grid of one cell, at the centre of the square', () => {
    const grid = evaluateGrid(net(), ['x', 'y'], { resolution: 1, domain: 6 });
    expect(Array.from(grid.layers[0]!)).toEqual([0, 0]);
  });

  it('makes new arrays for a network with another number of layers, even of the same cell count', () => {
    const first = evaluateGrid(net(), ['x', 'y'], spec);
    // 2-3-1-1 starts as 2-3-1 does: only the count of layers tells the two apart.
    const deeper = createNetwork({
      sizes: [2, 3, 1, 1],
      activations: { hidden: 'tanh', output: 'tanh' },
      loss: 'mse',
      rng: createRng(4),
    });
    const again = evaluateGrid(deeper, ['x', 'y'], spec, first);
    expect(again.layers).toHaveLength(4);
    expect(again.layers[0]).not.toBe(first.layers[0]);
  });

  it('makes new arrays when any one layer’s size differs, not only all of them', () => {
    const first = evaluateGrid(net(), ['x', 'y'], spec);
    const wider = createNetwork({
      sizes: [2, 4, 1],
      activations: { hidden: 'tanh', output: 'tanh' },
      loss: 'mse',
      rng: createRng(4),
    });
    const again = evaluateGrid(wider, ['x', 'y'], spec, first);
    expect(again.layers[1]).not.toBe(first.layers[1]);
    expect(again.layers[1]).toHaveLength(4 * spec.resolution * spec.resolution);
  });

  it('leaves the cells outside a range as they were', () => {
    const grid = prepareGrid(net(), ['x', 'y'], { resolution: 23, domain: 6 });
    forwardGridCells(net(), grid, 10, 300);
    const hidden = grid.layers[1]!;
    expect(hidden.subarray(0, 10 * 3).every((v) => v === 0)).toBe(true);
    expect(hidden.subarray(300 * 3).every((v) => v === 0)).toBe(true);
    expect(hidden.subarray(10 * 3, 300 * 3).some((v) => v !== 0)).toBe(true);
  });

  it('names the range it refuses', () => {
    const grid = prepareGrid(net(), ['x', 'y'], { resolution: 4, domain: 6 });
    expect(() => forwardGridCells(net(), grid, 3, 2)).toThrow(
      new RangeError('forwardGridCells: need whole 0 ≤ from ≤ to ≤ 16, got 3 and 2'),
    );
  });
});

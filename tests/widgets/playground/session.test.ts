import { describe, expect, it } from 'vitest';
import { SAMPLE_COUNT } from '../../../lib/playground/datasets.ts';
import type { Point } from '../../../lib/playground/points.ts';
import { STATUS_TEXT } from '../../../lib/playground/status.ts';
import { DEFAULT_STATE, type PlaygroundState } from '../../../src/widgets/playground/address.ts';
import {
  changeSession,
  createSession,
  datasetOf,
  effectOf,
  LOADED_TEXT,
  outputModeOf,
  rewindSession,
  statusOf,
  trainSession,
  type Session,
} from '../../../src/widgets/playground/session.ts';

const state = (change: Partial<PlaygroundState>): PlaygroundState => ({
  ...DEFAULT_STATE,
  ...change,
});

/** The session of a state that must make one. */
function sessionOf(change: Partial<PlaygroundState>): Session {
  const made = createSession(state(change));
  if (!made.ok) throw new Error(`expected a session, got: ${made.message}`);
  return made.session;
}

/** The message of a state that must be refused. */
function refusalOf(change: Partial<PlaygroundState>): string {
  const made = createSession(state(change));
  if (made.ok) throw new Error('expected a refusal, got a session');
  return made.message;
}

const weightsOf = (s: Session) => s.trainer.net.layers.map((l) => [...l.weights, ...l.biases]);
const labelsOf = (points: readonly Point[]) => [...new Set(points.map((p) => p.label))].sort();

/** Ten points on the square, classes 0 and 1 alternating (or 0, 1, 2 with `classes` 3). */
const customPoints = (classes = 2): Point[] =>
  Array.from({ length: 10 }, (_, k) => ({ x1: k - 4.5, x2: (k % 3) - 1, label: k % classes }));

/** Trains `s` in tens of epochs until its test accuracy reaches `target`; the epoch, or Infinity. */
function epochsTo(s: Session, target: number, limit: number): number {
  while (s.trainer.epoch < limit) {
    trainSession(s, 10);
    if (s.trainer.metrics().testAccuracy >= target) return s.trainer.epoch;
  }
  return Infinity;
}

describe('createSession', () => {
  it('makes the default run: 500 circle points split in half, a 2-4-2-1 tanh network at epoch 0', () => {
    const s = sessionOf({});
    expect(s.state).toEqual(DEFAULT_STATE);
    expect(s.data.kind).toBe('classification');
    expect(s.data.points).toHaveLength(SAMPLE_COUNT.classification);
    expect(s.train).toHaveLength(250);
    expect(s.test).toHaveLength(250);
    expect(s.features).toEqual(['x', 'y']);
    expect(s.sizes).toEqual([2, 4, 2, 1]);
    expect(s.trainer.setup.output).toBe('tanh-mse');
    expect(s.trainer.setup.learningRate).toBe(0.03);
    expect(s.trainer.setup.batchSize).toBe(10);
    expect(s.trainer.epoch).toBe(0);
    expect(s.timeline.size).toBe(1);
    expect(s.timeline.latest()!.epoch).toBe(0);
    expect(s.timeline.latest()!.snapshot.epoch).toBe(0);
  });

  it('splits by percTrainData: 30 % of 500 points train, 350 test', () => {
    const s = sessionOf({ percTrainData: 30 });
    expect([s.train.length, s.test.length]).toEqual([150, 350]);
  });

  it('orders the inputs as the feature list does, whatever was switched on', () => {
    const s = sessionOf({ x: false, y: true, sinX: true, xSquared: true });
    expect(s.features).toEqual(['y', 'xSquared', 'sinX']);
    expect(s.sizes[0]).toBe(3);
  });

  it('makes the XOR run with classes 0 and 1', () => {
    const s = sessionOf({ dataset: 'xor' });
    expect(s.data.classes).toBe(2);
    expect(labelsOf(s.data.points)).toEqual([0, 1]);
  });

  it('trains a two-class set with a sigmoid under cross-entropy when the loss says so', () => {
    expect(sessionOf({ loss: 'crossEntropy' }).trainer.setup.output).toBe('sigmoid-ce');
    expect(outputModeOf(state({ loss: 'crossEntropy' }), 2)).toBe('sigmoid-ce');
    expect(outputModeOf(state({ loss: 'mse' }), 2)).toBe('tanh-mse');
  });

  for (const classes of [3, 4, 5]) {
    it(`makes ${classes} blobs a softmax run with ${classes} output nodes, whatever the loss`, () => {
      for (const loss of ['mse', 'crossEntropy'] as const) {
        const s = sessionOf({ dataset: 'blobs', classes, loss });
        expect(s.trainer.setup.output).toBe('softmax-ce');
        expect(s.trainer.setup.classes).toBe(classes);
        expect(s.sizes.at(-1)).toBe(classes);
        expect(labelsOf(s.data.points)).toEqual(Array.from({ length: classes }, (_, k) => k));
      }
    });
  }

  it('draws the function set’s boundary from its expression: class 1 above x₂ = sin(3x₁)', () => {
    const s = sessionOf({ dataset: 'function', fn: 'sin(3*x)' });
    expect(labelsOf(s.data.points)).toEqual([0, 1]);
    const wrong = s.data.points.filter((p) => (p.x2 > Math.sin(3 * p.x1) ? 1 : 0) !== p.label);
    expect(wrong).toEqual([]);
  });

  it('refuses a function that does not parse, naming the boundary', () => {
    expect(refusalOf({ dataset: 'function', fn: 'sin(' })).toMatch(/^The boundary f\(x\): /);
  });

  it('refuses a function that puts every point on one side', () => {
    expect(refusalOf({ dataset: 'function', fn: 'x + 100' })).toMatch(
      /puts every point on one side/,
    );
  });

  it('makes reg-plane a regression run of 1200 points with one linear output', () => {
    const s = sessionOf({ problem: 'regression', regDataset: 'reg-plane' });
    expect(datasetOf(s.state)).toBe('reg-plane');
    expect(s.data.kind).toBe('regression');
    expect(s.data.points).toHaveLength(SAMPLE_COUNT.regression);
    expect(s.trainer.setup.output).toBe('linear-mse');
    expect(s.trainer.setup.classes).toBe(0);
    expect(s.sizes.at(-1)).toBe(1);
  });

  it('trains on the reader’s own points, as they are, with as many classes as their largest label', () => {
    const points = customPoints();
    const s = sessionOf({ dataset: 'custom', points });
    expect(s.data.points).toEqual(points);
    expect(s.data.classes).toBe(2);
    expect(s.train.length + s.test.length).toBe(10);
    const three = sessionOf({ dataset: 'custom', points: customPoints(3) });
    expect(three.data.classes).toBe(3);
    expect(three.trainer.setup.output).toBe('softmax-ce');
  });

  it('refuses own points that cannot make a set: one point, or one class only', () => {
    expect(refusalOf({ dataset: 'custom', points: [{ x1: 0, x2: 0, label: 1 }] })).toMatch(
      /at least two points/,
    );
    const same = customPoints().map((p) => ({ ...p, label: 0 }));
    expect(refusalOf({ dataset: 'custom', points: same })).toMatch(/same class/);
  });

  it('refuses own points that leave none to train on', () => {
    const two = customPoints().slice(0, 2);
    expect(refusalOf({ dataset: 'custom', points: two, percTrainData: 10 })).toMatch(
      /No point is left to train on/,
    );
  });

  it('refuses a state with no input feature chosen', () => {
    expect(refusalOf({ x: false, y: false })).toBe('Choose at least one input feature.');
  });

  it('gives the same points, split and weights for the same state, every time', () => {
    const change = { dataset: 'spiral', noise: 20, networkShape: [3, 5] } as const;
    const a = sessionOf(change);
    const b = sessionOf(change);
    expect(a.data.points).toEqual(b.data.points);
    expect(a.train).toEqual(b.train);
    expect(a.test).toEqual(b.test);
    expect(weightsOf(a)).toEqual(weightsOf(b));
    trainSession(a, 5);
    trainSession(b, 5);
    expect(weightsOf(a)).toEqual(weightsOf(b));
  });

  it('gives other points and other weights for another seed', () => {
    const a = sessionOf({ dataset: 'spiral', noise: 20 });
    const b = sessionOf({ dataset: 'spiral', noise: 20, seed: '0.54321' });
    expect(a.data.points).not.toEqual(b.data.points);
    expect(weightsOf(a)).not.toEqual(weightsOf(b));
  });
});

describe('effectOf', () => {
  const redraws: [string, Partial<PlaygroundState>, Partial<PlaygroundState>][] = [
    ['showing the test points', {}, { showTestData: true }],
    ['discretising the output', {}, { discretize: true }],
    ['the function’s text when the set is circle', {}, { fn: 'x*x' }],
    ['the number of blobs when the set is XOR', { dataset: 'xor' }, { dataset: 'xor', classes: 5 }],
    ['the own points when the set is generated', {}, { points: customPoints() }],
    [
      'the noise when the set is the reader’s own',
      { dataset: 'custom', points: customPoints() },
      { dataset: 'custom', points: customPoints(), noise: 30 },
    ],
    ['the regression set while classifying', {}, { regDataset: 'reg-gauss' }],
    [
      'the classification set while regressing',
      { problem: 'regression' },
      { problem: 'regression', dataset: 'xor' },
    ],
  ];
  for (const [what, from, to] of redraws) {
    it(`only redraws for ${what}`, () => {
      expect(effectOf(state(from), state(to))).toBe('redraw');
    });
  }

  const retunes: [string, Partial<PlaygroundState>][] = [
    ['the learning rate', { learningRate: 0.3 }],
    ['the batch size', { batchSize: 3 }],
    ['the penalty', { regularization: 'L1' }],
    ['the regularisation rate', { regularizationRate: 0.01 }],
  ];
  for (const [what, to] of retunes) {
    it(`retunes for ${what}`, () => {
      expect(effectOf(DEFAULT_STATE, state(to))).toBe('retune');
    });
  }

  const rebuilds: [string, Partial<PlaygroundState>, Partial<PlaygroundState>][] = [
    ['the data set', {}, { dataset: 'xor' }],
    ['the noise', {}, { noise: 10 }],
    ['the seed', {}, { seed: '0.5' }],
    ['the share of training data', {}, { percTrainData: 60 }],
    ['the network’s shape', {}, { networkShape: [4, 3] }],
    ['the activation', {}, { activation: 'relu' }],
    ['a feature', {}, { xSquared: true }],
    ['the problem', {}, { problem: 'regression' }],
    ['the output loss', {}, { loss: 'crossEntropy' }],
    [
      'the function’s text when the set is function',
      { dataset: 'function' },
      { dataset: 'function', fn: 'x*x' },
    ],
    [
      'the number of blobs when the set is blobs',
      { dataset: 'blobs' },
      { dataset: 'blobs', classes: 4 },
    ],
    [
      'the own points when the set is own',
      { dataset: 'custom', points: customPoints() },
      { dataset: 'custom', points: customPoints(3) },
    ],
    [
      'the regression set while regressing',
      { problem: 'regression' },
      { problem: 'regression', regDataset: 'reg-gauss' },
    ],
  ];
  for (const [what, from, to] of rebuilds) {
    it(`rebuilds for ${what}`, () => {
      expect(effectOf(state(from), state(to))).toBe('rebuild');
    });
  }

  it('rebuilds rather than retunes when the rate and the data change together', () => {
    expect(effectOf(DEFAULT_STATE, state({ learningRate: 0.3, noise: 5 }))).toBe('rebuild');
  });
});

describe('changeSession', () => {
  it('keeps the trainer, its weights and its epoch on a retune, with the new rate in its setup', () => {
    const s = sessionOf({});
    trainSession(s, 3);
    const weights = weightsOf(s);
    const next = state({ learningRate: 0.1, batchSize: 5 });
    const made = changeSession(s, next);
    if (!made.ok) throw new Error(made.message);
    expect(made.session.trainer).toBe(s.trainer);
    expect(made.session.timeline).toBe(s.timeline);
    expect(made.session.state).toBe(next);
    expect(weightsOf(made.session)).toEqual(weights);
    expect(made.session.trainer.epoch).toBe(3);
    expect(made.session.trainer.setup.learningRate).toBe(0.1);
    expect(made.session.trainer.setup.batchSize).toBe(5);
  });

  it('keeps the trainer untouched on a redraw', () => {
    const s = sessionOf({});
    trainSession(s, 2);
    const made = changeSession(s, state({ showTestData: true }));
    if (!made.ok) throw new Error(made.message);
    expect(made.session.trainer).toBe(s.trainer);
    expect(made.session.trainer.epoch).toBe(2);
    expect(made.session.state.showTestData).toBe(true);
  });

  it('makes a new trainer from the seed on a rebuild', () => {
    const s = sessionOf({});
    trainSession(s, 3);
    const next = state({ networkShape: [3] });
    const made = changeSession(s, next);
    if (!made.ok) throw new Error(made.message);
    expect(made.session.trainer).not.toBe(s.trainer);
    expect(made.session.trainer.epoch).toBe(0);
    expect(made.session.sizes).toEqual([2, 3, 1]);
    expect(weightsOf(made.session)).toEqual(weightsOf(sessionOf({ networkShape: [3] })));
  });

  it('refuses a bad rate with a message and leaves the run as it was', () => {
    const s = sessionOf({});
    trainSession(s, 2);
    const weights = weightsOf(s);
    const made = changeSession(s, state({ learningRate: 0 }));
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.message).toMatch(/learning rate/);
    expect(s.trainer.setup.learningRate).toBe(0.03);
    expect(s.state).toEqual(DEFAULT_STATE);
    expect(weightsOf(s)).toEqual(weights);
  });

  it('refuses a rebuild that cannot be made, with its message', () => {
    const s = sessionOf({});
    const made = changeSession(s, state({ x: false, y: false }));
    expect(made).toEqual({ ok: false, message: 'Choose at least one input feature.' });
  });
});

describe('trainSession', () => {
  it('trains the epochs asked for and keeps one snapshot after each', () => {
    const s = sessionOf({});
    expect(trainSession(s, 5)).toBe(5);
    expect(s.trainer.epoch).toBe(5);
    expect(s.timeline.size).toBe(6);
    for (let e = 0; e <= 5; e++) {
      expect(s.timeline.at(e)!.epoch).toBe(e);
      expect(s.timeline.at(e)!.snapshot.epoch).toBe(e);
    }
    expect(trainSession(s, 0)).toBe(0);
    expect(s.timeline.size).toBe(6);
  });

  it('stops when training diverges: a learning rate of 10 on a big ReLU regression network', () => {
    const s = sessionOf({
      problem: 'regression',
      activation: 'relu',
      learningRate: 10,
      networkShape: [8, 8, 8],
    });
    const trained = trainSession(s, 50);
    expect(trained).toBeLessThan(50);
    expect(s.trainer.diverged).toBe(true);
    expect(s.trainer.epoch).toBe(trained);
    expect(s.timeline.size).toBe(trained + 1);
    expect(s.timeline.latest()!.epoch).toBe(trained);
    expect(trainSession(s, 10)).toBe(0);
    expect(statusOf(s).text).toBe(STATUS_TEXT.diverged);
  });
});

describe('rewindSession', () => {
  it('goes back to an earlier epoch’s weights', () => {
    const s = sessionOf({});
    trainSession(s, 10);
    expect(rewindSession(s, 4)).toBe(4);
    expect(s.trainer.epoch).toBe(4);
    const straight = sessionOf({});
    trainSession(straight, 4);
    expect(weightsOf(s)).toEqual(weightsOf(straight));
  });

  it('goes to the nearest snapshot before a fractional epoch, and to the earliest before them all', () => {
    const s = sessionOf({});
    trainSession(s, 6);
    expect(rewindSession(s, 4.5)).toBe(4);
    expect(rewindSession(s, -3)).toBe(0);
    expect(s.trainer.epoch).toBe(0);
    expect(weightsOf(s)).toEqual(weightsOf(sessionOf({})));
  });

  it('training after a rewind replaces the later timeline, with the numbers of a run never rewound', () => {
    const s = sessionOf({});
    trainSession(s, 10);
    rewindSession(s, 4);
    expect(trainSession(s, 3)).toBe(3);
    expect(s.timeline.latest()!.epoch).toBe(7);
    expect(s.timeline.size).toBe(8);
    expect(s.timeline.at(9)!.epoch).toBe(7);
    const straight = sessionOf({});
    trainSession(straight, 7);
    expect(weightsOf(s)).toEqual(weightsOf(straight));
    expect(s.trainer.history).toEqual(straight.trainer.history);
  });

  it('returns null when the timeline holds nothing', () => {
    const s = sessionOf({});
    s.timeline.clear();
    expect(rewindSession(s, 0)).toBeNull();
  });
});

describe('statusOf', () => {
  it('says the run is not trained yet at epoch 0', () => {
    expect(statusOf(sessionOf({})).text).toBe(STATUS_TEXT.untrained);
  });
});

describe('a whole run', () => {
  it('learns XOR (4-4 tanh, η = 0.03, batch 10) to a test accuracy of at least 95 % within 300 epochs', () => {
    const s = sessionOf({
      dataset: 'xor',
      networkShape: [4, 4],
      activation: 'tanh',
      learningRate: 0.03,
      batchSize: 10,
    });
    expect(epochsTo(s, 0.95, 300)).toBeLessThanOrEqual(300);
  });

  it('learns three blobs to a test accuracy of at least 95 % within 300 epochs', () => {
    const s = sessionOf({ dataset: 'blobs', classes: 3, noise: 10 });
    expect(epochsTo(s, 0.95, 300)).toBeLessThanOrEqual(300);
  });
});

describe('a full timeline', () => {
  it('reuses its earliest snapshot’s arrays for the next epoch, and every kept snapshot stays right', () => {
    const session = sessionOf({ networkShape: [3] });
    const { timeline, trainer } = session;
    trainSession(session, timeline.capacity + 5);
    const arrays = new Set(
      Array.from({ length: timeline.size }, (_, k) =>
        timeline.at(timeline.earliest()!.epoch + k)!,
      ).map((e) => e.snapshot.weights[0]),
    );
    expect(arrays.size).toBe(timeline.capacity);
    const before = timeline.earliest()!.snapshot.weights[0];
    trainSession(session, 1);
    // The array that was the earliest's now holds the newest epoch's weights.
    expect(timeline.latest()!.snapshot.weights[0]).toBe(before);
    expect(Array.from(before!)).toEqual(Array.from(trainer.net.layers[0]!.weights));
    // Rewinding to any kept epoch gives the weights a fresh run has there.
    const epoch = timeline.earliest()!.epoch + 3;
    rewindSession(session, epoch);
    const fresh = sessionOf({ networkShape: [3] });
    trainSession(fresh, epoch);
    expect(Array.from(trainer.net.layers[1]!.weights)).toEqual(
      Array.from(fresh.trainer.net.layers[1]!.weights),
    );
  });

  it('makes new arrays after a rewind, leaving the earliest snapshot as it was', () => {
    const session = sessionOf({ networkShape: [3] });
    const { timeline } = session;
    trainSession(session, timeline.capacity + 2);
    const earliest = timeline.earliest()!;
    const kept = Array.from(earliest.snapshot.weights[0]!);
    rewindSession(session, timeline.latest()!.epoch - 10);
    trainSession(session, 1);
    expect(timeline.earliest()!.epoch).toBe(earliest.epoch);
    expect(Array.from(timeline.earliest()!.snapshot.weights[0]!)).toEqual(kept);
    expect(timeline.latest()!.snapshot.weights[0]).not.toBe(earliest.snapshot.weights[0]);
  });
});

describe('the loss setting', () => {
  it('rebuilds a two-class run when it changes, and only redraws when the output does not read it', () => {
    const change = { loss: 'crossEntropy' as const };
    expect(effectOf(state({}), state(change))).toBe('rebuild');
    expect(
      effectOf(
        state({ dataset: 'blobs', classes: 3 }),
        state({ dataset: 'blobs', classes: 3, ...change }),
      ),
    ).toBe('redraw');
    expect(
      effectOf(state({ problem: 'regression' }), state({ problem: 'regression', ...change })),
    ).toBe('redraw');
    const three: Point[] = [0, 1, 2].map((label) => ({ x1: label, x2: 0, label }));
    const own = { dataset: 'custom' as const, points: three };
    expect(effectOf(state(own), state({ ...own, ...change }))).toBe('redraw');
  });
});

describe('the status of an imported run', () => {
  it('says it was loaded at its epoch until it trains on', () => {
    // An import restores its epoch onto a new run, whose history is empty.
    const fresh = sessionOf({});
    fresh.trainer.restore({ ...fresh.trainer.snapshot(), epoch: 7 });
    expect(statusOf(fresh).text).toBe(LOADED_TEXT(7));
    trainSession(fresh, 1);
    expect(statusOf(fresh).text).not.toBe(LOADED_TEXT(8));
  });
});

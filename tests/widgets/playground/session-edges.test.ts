import { describe, expect, it } from 'vitest';
import type { Point } from '../../../lib/playground/points.ts';
import { DEFAULT_STATE, type PlaygroundState } from '../../../src/widgets/playground/address.ts';
import {
  changeSession,
  createSession,
  effectOf,
  LOADED_TEXT,
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

describe('a session’s edges', () => {
  it('reads the boundary f(x) only for the function set: a circle run ignores one that does not parse', () => {
    const s = sessionOf({ dataset: 'circle', fn: 'sin(' });
    expect(s.data.points).toHaveLength(500);
    expect(createSession(state({ dataset: 'function', fn: 'sin(' })).ok).toBe(false);
  });

  it('gives regression on the reader’s own points no classes, whatever classification set was chosen', () => {
    const points: Point[] = Array.from({ length: 10 }, (_, k) => ({
      x1: k - 4.5,
      x2: 0,
      label: (k - 4.5) / 5,
    }));
    for (const dataset of ['circle', 'blobs'] as const) {
      const s = sessionOf({ problem: 'regression', regDataset: 'custom', dataset, points });
      expect(s.data.classes).toBe(0);
      expect(s.trainer.setup.classes).toBe(0);
      expect(s.trainer.setup.output).toBe('linear-mse');
    }
  });

  it('counts two classes for a generated set even when the state still holds own points of three', () => {
    const three: Point[] = [0, 1, 2].map((label) => ({ x1: label, x2: 0, label }));
    const before = state({ dataset: 'circle', points: three });
    // Two classes: the loss picks tanh or sigmoid, so changing it makes another network.
    expect(effectOf(before, { ...before, loss: 'crossEntropy' })).toBe('rebuild');
  });

  it('passes on the trainer’s refusal of a setup it cannot take', () => {
    expect(createSession(state({ batchSize: 0 }))).toEqual({
      ok: false,
      message: 'The batch size must be a whole number from 1 to 30, not 0.',
    });
  });

  it('leaves the trainer’s setup as it was on a redraw: nothing is retuned', () => {
    const s = sessionOf({});
    const setup = s.trainer.setup;
    const made = changeSession(s, state({ discretize: true }));
    expect(made.ok).toBe(true);
    expect(s.trainer.setup).toBe(setup);
  });

  it('keeps no snapshot of a diverged epoch: the last one kept is the last finite one', () => {
    const s = sessionOf({
      problem: 'regression',
      activation: 'relu',
      learningRate: 10,
      networkShape: [8, 8, 8],
    });
    const trained = trainSession(s, 50);
    expect(s.trainer.diverged).toBe(true);
    const latest = s.timeline.latest()!;
    expect(latest.epoch).toBe(trained);
    expect(latest.snapshot.diverged).toBe(false);
    expect(rewindSession(s, trained)).toBe(trained);
    expect(s.trainer.diverged).toBe(false);
  });

  it('makes new arrays when training after a rewind of one epoch on a full timeline', () => {
    const session = sessionOf({ networkShape: [3] });
    const { timeline } = session;
    trainSession(session, timeline.capacity + 2);
    const earliest = timeline.earliest()!;
    const kept = Array.from(earliest.snapshot.weights[0]!);
    const last = timeline.latest()!.epoch;
    rewindSession(session, last - 1);
    trainSession(session, 1);
    expect(timeline.latest()!.epoch).toBe(last);
    expect(timeline.earliest()!.epoch).toBe(earliest.epoch);
    expect(Array.from(timeline.earliest()!.snapshot.weights[0]!)).toEqual(kept);
    expect(timeline.latest()!.snapshot.weights[0]).not.toBe(earliest.snapshot.weights[0]);
  });

  it('words an imported run’s status as loaded, in the ok tone', () => {
    const s = sessionOf({});
    s.trainer.restore({ ...s.trainer.snapshot(), epoch: 12 });
    expect(statusOf(s)).toEqual({
      tone: 'ok',
      text: 'Loaded at epoch 12; train on to see how the loss moves.',
    });
    expect(LOADED_TEXT(3)).toBe('Loaded at epoch 3; train on to see how the loss moves.');
  });
});

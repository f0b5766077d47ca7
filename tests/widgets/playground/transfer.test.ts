import { describe, expect, it } from 'vitest';
import { fromJSON } from '../../../lib/network/json.ts';
import {
  DEFAULT_STATE,
  writePlaygroundAddress,
  type PlaygroundState,
} from '../../../src/widgets/playground/address.ts';
import {
  createSession,
  trainSession,
  type Session,
} from '../../../src/widgets/playground/session.ts';
import {
  exportNetwork,
  exportPlayground,
  importPlayground,
  MAX_IMPORT_CHARACTERS,
  PLAYGROUND_FILE_FORMAT,
  PLAYGROUND_FILE_VERSION,
} from '../../../src/widgets/playground/transfer.ts';

const trainedState: PlaygroundState = {
  ...DEFAULT_STATE,
  dataset: 'xor',
  networkShape: [3, 2],
  seed: '0.777',
  learningRate: 0.1,
  noise: 15,
};

function sessionOf(state: PlaygroundState, epochs: number): Session {
  const made = createSession(state);
  if (!made.ok) throw new Error(made.message);
  trainSession(made.session, epochs);
  return made.session;
}

const weightsOf = (s: Session) => s.trainer.net.layers.map((l) => [...l.weights, ...l.biases]);

/** The exported file of a trained run as an object, to spoil one field of. */
const fileOf = (s: Session): Record<string, unknown> =>
  JSON.parse(exportPlayground(s)) as Record<string, unknown>;

/** The refusal message of importing `text`. */
function refusalOf(text: string): string {
  const made = importPlayground(text);
  if (made.ok) throw new Error('expected the file to be refused');
  return made.message;
}

describe('exportPlayground and importPlayground', () => {
  it('write a file of this format and version holding the address and the epoch', () => {
    const s = sessionOf(trainedState, 4);
    const file = fileOf(s);
    expect(file['format']).toBe(PLAYGROUND_FILE_FORMAT);
    expect(file['version']).toBe(PLAYGROUND_FILE_VERSION);
    expect(file['address']).toBe(writePlaygroundAddress(trainedState));
    expect(file['epoch']).toBe(4);
  });

  it('round-trip a trained run: the same state, epoch and weights, bit for bit', () => {
    const s = sessionOf(trainedState, 7);
    const made = importPlayground(exportPlayground(s));
    if (!made.ok) throw new Error(made.message);
    const back = made.session;
    expect(back.state).toEqual(trainedState);
    expect(back.trainer.epoch).toBe(7);
    expect(weightsOf(back)).toEqual(weightsOf(s));
    expect(back.train).toEqual(s.train);
    expect(back.timeline.size).toBe(1);
    expect(back.timeline.latest()!.epoch).toBe(7);
  });

  it('continue training after an import with the numbers of the run exported', () => {
    const s = sessionOf(trainedState, 5);
    const made = importPlayground(exportPlayground(s));
    if (!made.ok) throw new Error(made.message);
    trainSession(s, 5);
    trainSession(made.session, 5);
    expect(made.session.trainer.epoch).toBe(10);
    expect(weightsOf(made.session)).toEqual(weightsOf(s));
  });

  it('round-trip the reader’s own points through the file', () => {
    const points = [
      { x1: -1.5, x2: 2.25, label: 0 },
      { x1: 3, x2: -4, label: 1 },
      { x1: 0.5, x2: 0.25, label: 2 },
      { x1: 5, x2: 5, label: 1 },
    ];
    const s = sessionOf({ ...DEFAULT_STATE, dataset: 'custom', points, percTrainData: 50 }, 2);
    const made = importPlayground(exportPlayground(s));
    if (!made.ok) throw new Error(made.message);
    expect(made.session.data.points).toEqual(points);
    expect(weightsOf(made.session)).toEqual(weightsOf(s));
  });
});

describe('exportNetwork', () => {
  it('writes the engine’s JSON, which fromJSON reads back to the same weights', () => {
    const s = sessionOf(trainedState, 3);
    const net = fromJSON(JSON.parse(exportNetwork(s)));
    expect(net.layers.map((l) => [...l.weights, ...l.biases])).toEqual(weightsOf(s));
    expect(net.layers.map((l) => l.activation.name)).toEqual(['tanh', 'tanh', 'tanh']);
    expect(net.loss.name).toBe('mse');
  });
});

describe('importPlayground refuses', () => {
  const trained = () => sessionOf(trainedState, 2);
  const spoilt = (change: Record<string, unknown>) =>
    JSON.stringify({ ...fileOf(trained()), ...change });

  it('text that is not JSON', () => {
    expect(refusalOf('{ not json')).toBe(
      'This file cannot be loaded: it is not JSON. Nothing was changed.',
    );
  });

  it('JSON that is not a playground file', () => {
    for (const text of [
      'null',
      '[1, 2]',
      '"feedforward-playground"',
      '{"format":"other"}',
      exportNetwork(trained()),
    ]) {
      expect(refusalOf(text)).toMatch(/^This file cannot be loaded: it is not a playground file/);
    }
  });

  it('another version', () => {
    expect(refusalOf(spoilt({ version: 2 }))).toBe(
      'This file cannot be loaded: it is version 2; this page reads version 1. Nothing was changed.',
    );
  });

  it('a file with no address', () => {
    expect(refusalOf(spoilt({ address: undefined }))).toMatch(
      /its settings \(address\) are missing/,
    );
    expect(refusalOf(spoilt({ address: 42 }))).toMatch(/its settings \(address\) are missing/);
  });

  it('an address with a bad value, naming the key', () => {
    expect(refusalOf(spoilt({ address: 'learningRate=fast' }))).toMatch(
      /its settings have a problem: learningRate: /,
    );
    expect(refusalOf(spoilt({ address: 'colour=blue' }))).toMatch(
      /its settings have a problem: .*colour/,
    );
  });

  it('an epoch that is not a whole number of at least 0', () => {
    for (const epoch of [-1, 1.5, '5', null, 2 ** 60]) {
      expect(refusalOf(spoilt({ epoch }))).toMatch(/its epoch is not a whole number of at least 0/);
    }
  });

  it('a network that does not read', () => {
    expect(refusalOf(spoilt({ network: { layers: 'many' } }))).toMatch(
      /its network does not read: /,
    );
  });

  it('settings that do not make a run', () => {
    const address = writePlaygroundAddress({ ...trainedState, x: false, y: false });
    expect(refusalOf(spoilt({ address }))).toMatch(
      /its settings do not make a run: Choose at least one input feature/,
    );
  });

  it('a network with another number of layers', () => {
    const address = writePlaygroundAddress({ ...trainedState, networkShape: [3] });
    expect(refusalOf(spoilt({ address }))).toMatch(
      /the network has 3 layers, the settings describe 2/,
    );
  });

  it('a network with another layer size', () => {
    const address = writePlaygroundAddress({ ...trainedState, networkShape: [3, 4] });
    expect(refusalOf(spoilt({ address }))).toMatch(/layer 2 is 3 × 2, the settings describe 3 × 4/);
  });

  it('a network with another number of inputs', () => {
    const address = writePlaygroundAddress({ ...trainedState, xSquared: true });
    expect(refusalOf(spoilt({ address }))).toMatch(/layer 1 is 2 × 3, the settings describe 3 × 3/);
  });

  it('a network with another activation', () => {
    const address = writePlaygroundAddress({ ...trainedState, activation: 'relu' });
    expect(refusalOf(spoilt({ address }))).toMatch(/layer 1 uses tanh, the settings say relu/);
  });

  it('a network with another output', () => {
    const address = writePlaygroundAddress({ ...trainedState, loss: 'crossEntropy' });
    expect(refusalOf(spoilt({ address }))).toMatch(/layer 3 uses tanh, the settings say sigmoid/);
  });

  it('a network with another loss', () => {
    const file = fileOf(trained());
    const network = {
      ...(file['network'] as Record<string, unknown>),
      loss: { name: 'crossEntropy' },
    };
    expect(refusalOf(JSON.stringify({ ...file, network }))).toMatch(
      /the network's loss is crossEntropy, the settings say mse/,
    );
  });

  it('a file too large to be one, before reading it', () => {
    const text = exportPlayground(trained());
    const padded = text + ' '.repeat(MAX_IMPORT_CHARACTERS - text.length + 1);
    expect(padded.length).toBe(MAX_IMPORT_CHARACTERS + 1);
    expect(refusalOf(padded)).toMatch(/it is far too large for a playground file/);
    // The same file one character shorter loads.
    expect(importPlayground(padded.slice(0, MAX_IMPORT_CHARACTERS)).ok).toBe(true);
  });

  it('every file with the same closing words', () => {
    for (const text of ['', 'x', spoilt({ version: 0 })]) {
      expect(refusalOf(text)).toMatch(/^This file cannot be loaded: .*\. Nothing was changed\.$/);
    }
  });
});

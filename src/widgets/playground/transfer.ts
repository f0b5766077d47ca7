/**
 * Export and import. The network goes out as the engine's own JSON (fromJSON reads it back, in
 * the book's pages or in Node); the whole playground as a file holding the address (every setting
 * and the seed, hence the points) with the epoch and the network's weights. An imported file is
 * checked completely before anything changes: it loads whole, or the page keeps its run.
 */
import { fromJSON, toJSON, type NetworkJSON } from '../../../lib/network/json.ts';
import type { Network } from '../../../lib/network/types.ts';
import { readPlaygroundAddress, writePlaygroundAddress } from './address.ts';
import { createSession, type MadeSession, type Session } from './session.ts';

/** What a playground file says it is, so another JSON file is recognised as not one. */
export const PLAYGROUND_FILE_FORMAT = 'feedforward-playground';
export const PLAYGROUND_FILE_VERSION = 1;
/** Larger than any real file (8 layers of 8 weights are a few kilobytes, 500 points about 9 KB). */
export const MAX_IMPORT_CHARACTERS = 1_000_000;

export interface PlaygroundFile {
  readonly format: typeof PLAYGROUND_FILE_FORMAT;
  readonly version: typeof PLAYGROUND_FILE_VERSION;
  /** The settings, as the page's address writes them (without '#'). */
  readonly address: string;
  readonly epoch: number;
  readonly network: NetworkJSON;
}

/** The network as the engine's JSON text. */
export function exportNetwork(session: Session): string {
  return `${JSON.stringify(toJSON(session.trainer.net), null, 2)}\n`;
}

/** The whole playground as the text of a file. */
export function exportPlayground(session: Session): string {
  const file: PlaygroundFile = {
    format: PLAYGROUND_FILE_FORMAT,
    version: PLAYGROUND_FILE_VERSION,
    address: writePlaygroundAddress(session.state),
    epoch: session.trainer.epoch,
    network: toJSON(session.trainer.net),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `loaded` cannot stand in for `net` (another shape, activation or loss), or null. */
function mismatch(net: Network, loaded: Network): string | null {
  if (loaded.layers.length !== net.layers.length) {
    return `the network has ${loaded.layers.length} layers, the settings describe ${net.layers.length}`;
  }
  for (const [k, layer] of net.layers.entries()) {
    const other = loaded.layers[k]!;
    if (other.nIn !== layer.nIn || other.nOut !== layer.nOut) {
      return `layer ${k + 1} is ${other.nIn} × ${other.nOut}, the settings describe ${layer.nIn} × ${layer.nOut}`;
    }
    if (other.activation.name !== layer.activation.name) {
      return `layer ${k + 1} uses ${other.activation.name}, the settings say ${layer.activation.name}`;
    }
  }
  if (loaded.loss.name !== net.loss.name) {
    return `the network's loss is ${loaded.loss.name}, the settings say ${net.loss.name}`;
  }
  return null;
}

/**
 * The run a playground file describes: its settings' run with the file's weights and epoch put in.
 * Every problem is reported in plain words and nothing is made of a file that has one.
 */
export function importPlayground(text: string): MadeSession {
  const refuse = (why: string): MadeSession => ({
    ok: false,
    message: `This file cannot be loaded: ${why}. Nothing was changed.`,
  });
  if (text.length > MAX_IMPORT_CHARACTERS)
    return refuse('it is far too large for a playground file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('it is not JSON');
  }
  if (!isRecord(data) || data['format'] !== PLAYGROUND_FILE_FORMAT) {
    return refuse('it is not a playground file (export one with “Export the playground”)');
  }
  if (data['version'] !== PLAYGROUND_FILE_VERSION) {
    return refuse(`it is version ${String(data['version'])}; this page reads version 1`);
  }
  if (typeof data['address'] !== 'string') return refuse('its settings (address) are missing');
  const { state, problems } = readPlaygroundAddress(data['address']);
  if (problems.length > 0) return refuse(`its settings have a problem: ${problems[0]!.message}`);
  const epoch = data['epoch'];
  if (!(typeof epoch === 'number' && Number.isSafeInteger(epoch) && epoch >= 0)) {
    return refuse('its epoch is not a whole number of at least 0');
  }
  let loaded: Network;
  try {
    loaded = fromJSON(data['network']);
  } catch (error) {
    return refuse(`its network does not read: ${(error as Error).message}`);
  }
  const made = createSession(state);
  if (!made.ok) return refuse(`its settings do not make a run: ${made.message}`);
  const { trainer, timeline } = made.session;
  const wrong = mismatch(trainer.net, loaded);
  if (wrong) return refuse(wrong);
  trainer.restore({
    ...trainer.snapshot(),
    epoch,
    weights: loaded.layers.map((layer) => layer.weights),
    biases: loaded.layers.map((layer) => layer.biases),
  });
  timeline.clear();
  timeline.push(epoch, trainer.snapshot());
  return made;
}

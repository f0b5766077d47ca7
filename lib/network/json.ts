import { activations, isActivationName, type ActivationName } from '../activations/index.ts';
import { crossEntropyWithBase } from '../losses/cross-entropy.ts';
import { isLossName, losses, type LossName } from '../losses/index.ts';
import type { Loss } from '../losses/types.ts';
import type { DenseLayer, Network } from './types.ts';

/** The JSON format toJSON writes. Format 1 (no `format` field) named the loss by a string alone. */
export const NETWORK_FORMAT = 2;

/** Every choice that makes a loss what it is: its name, and the logarithm's base where it has one. */
export interface LossJSON {
  name: LossName;
  /** Cross-entropy's logarithm base; absent for the natural log. */
  base?: number;
}

/**
 * The network as JSON: weights[i][j] is W[i][j], from node i of the previous layer to node j.
 * Format 2; fromJSON still reads format 1, where `loss` was a name (natural-log cross-entropy).
 */
export interface NetworkJSON {
  format: typeof NETWORK_FORMAT;
  layers: { weights: number[][]; biases: number[]; activation: ActivationName }[];
  loss: LossJSON;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function finiteNumber(value: unknown, where: string): number {
  if (typeof value !== 'number')
    throw new TypeError(`${where} must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${where} must be finite, got ${value}`);
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : typeof value;
}

function layerFromJSON(raw: unknown, index: number, nIn: number | null): DenseLayer {
  const where = `layers[${index}]`;
  if (!isRecord(raw)) throw new TypeError(`${where} must be an object, got ${describe(raw)}`);
  const { weights, biases, activation } = raw;
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new TypeError(`${where}.weights must be a non-empty array of rows`);
  }
  if (nIn !== null && weights.length !== nIn) {
    throw new RangeError(
      `${where}.weights has ${weights.length} rows but the previous layer has ${nIn} nodes (W(l) is n(l−1) × n(l))`,
    );
  }
  const firstRow: unknown = weights[0];
  if (!Array.isArray(firstRow) || firstRow.length === 0) {
    throw new TypeError(`${where}.weights[0] must be a non-empty array of numbers`);
  }
  const nOut = firstRow.length;
  const flat = new Float64Array(weights.length * nOut);
  weights.forEach((row: unknown, i) => {
    if (!Array.isArray(row))
      throw new TypeError(`${where}.weights[${i}] must be an array, got ${describe(row)}`);
    if (row.length !== nOut) {
      throw new RangeError(
        `${where}.weights[${i}] has ${row.length} entries but row 0 has ${nOut}`,
      );
    }
    row.forEach(
      (w: unknown, j) => (flat[i * nOut + j] = finiteNumber(w, `${where}.weights[${i}][${j}]`)),
    );
  });
  if (!Array.isArray(biases))
    throw new TypeError(`${where}.biases must be an array, got ${describe(biases)}`);
  if (biases.length !== nOut) {
    throw new RangeError(
      `${where}.biases has ${biases.length} entries but the layer has ${nOut} nodes`,
    );
  }
  const b = Float64Array.from(biases, (v: unknown, j) => finiteNumber(v, `${where}.biases[${j}]`));
  if (!isActivationName(activation)) {
    throw new RangeError(
      `${where}.activation must be one of ${Object.keys(activations).join(', ')}, got ${describe(activation)}`,
    );
  }
  return {
    nIn: weights.length,
    nOut,
    weights: flat,
    biases: b,
    activation: activations[activation],
  };
}

/**
 * Builds a network from its JSON, validating everything first: shapes that do not chain,
 * unknown activation or loss names, non-finite numbers and wrong types all throw an error that
 * says what and where. It never returns a half-loaded network.
 */
export function fromJSON(json: unknown): Network {
  const data: unknown = typeof json === 'string' ? parseText(json) : json;
  if (!isRecord(data)) throw new TypeError(`a network must be an object, got ${describe(data)}`);
  const format = data.format ?? 1;
  if (format !== 1 && format !== NETWORK_FORMAT) {
    throw new RangeError(`format must be 1 or ${NETWORK_FORMAT}, got ${describe(format)}`);
  }
  if (!Array.isArray(data.layers) || data.layers.length === 0) {
    throw new TypeError('layers must be a non-empty array');
  }
  const loss = format === 1 ? lossByName(data.loss, 'loss') : lossFromJSON(data.loss);
  const layers: DenseLayer[] = [];
  data.layers.forEach((raw: unknown, index) => {
    layers.push(layerFromJSON(raw, index, layers[index - 1]?.nOut ?? null));
  });
  return { layers, loss };
}

function lossByName(name: unknown, where: string): Loss {
  if (!isLossName(name)) {
    throw new RangeError(
      `${where} must be one of ${Object.keys(losses).join(', ')}, got ${describe(name)}`,
    );
  }
  return losses[name];
}

function lossFromJSON(raw: unknown): Loss {
  if (!isRecord(raw)) throw new TypeError(`loss must be an object, got ${describe(raw)}`);
  const loss = lossByName(raw.name, 'loss.name');
  if (raw.base === undefined) return loss;
  if (loss.base === undefined) throw new RangeError(`loss.base: ${loss.name} has no logarithm`);
  const base = finiteNumber(raw.base, 'loss.base');
  try {
    return crossEntropyWithBase(base);
  } catch (error) {
    throw new RangeError(`loss.base: ${(error as Error).message}`, { cause: error });
  }
}

/** The loss as JSON; throws for a loss that would not come back from it (a variant). */
function lossToJSON(loss: Loss): LossJSON {
  const json: LossJSON =
    loss.base === undefined || loss.base === Math.E
      ? { name: loss.name }
      : { name: loss.name, base: loss.base };
  const reloaded = json.base === undefined ? losses[json.name] : crossEntropyWithBase(json.base);
  if (reloaded !== loss) {
    throw new TypeError(
      `toJSON: the loss "${loss.label}" is not the engine's ${loss.name}, so it cannot be saved under that name`,
    );
  }
  return json;
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** The network's JSON in format 2 (plain arrays; weights[i][j] is W[i][j]); round-trips exactly. */
export function toJSON(net: Network): NetworkJSON {
  return {
    format: NETWORK_FORMAT,
    layers: net.layers.map(({ nIn, nOut, weights, biases, activation }, l) => {
      // A variant (another φ or φ′ under a registry name) would reload as the original.
      if (activations[activation.name] !== activation) {
        throw new TypeError(
          `toJSON: layers[${l}].activation "${activation.label}" is not the engine's ${activation.name}, so it cannot be saved under that name`,
        );
      }
      return {
        weights: Array.from({ length: nIn }, (_, i) =>
          Array.from(weights.subarray(i * nOut, (i + 1) * nOut)),
        ),
        biases: Array.from(biases),
        activation: activation.name,
      };
    }),
    loss: lossToJSON(net.loss),
  };
}

import { activations, isActivationName, type ActivationName } from '../activations/index.ts';
import { isLossName, losses, type LossName } from '../losses/index.ts';
import type { DenseLayer, Network } from './types.ts';

/** The network as JSON: weights[i][j] is W[i][j], from node i of the previous layer to node j. */
export interface NetworkJSON {
  layers: { weights: number[][]; biases: number[]; activation: ActivationName }[];
  loss: LossName;
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
  if (!Array.isArray(data.layers) || data.layers.length === 0) {
    throw new TypeError('layers must be a non-empty array');
  }
  if (!isLossName(data.loss)) {
    throw new RangeError(
      `loss must be one of ${Object.keys(losses).join(', ')}, got ${describe(data.loss)}`,
    );
  }
  const layers: DenseLayer[] = [];
  data.layers.forEach((raw: unknown, index) => {
    layers.push(layerFromJSON(raw, index, layers[index - 1]?.nOut ?? null));
  });
  return { layers, loss: losses[data.loss] };
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** The network's JSON (plain arrays; weights[i][j] is W[i][j]). */
export function toJSON(net: Network): NetworkJSON {
  return {
    layers: net.layers.map(({ nIn, nOut, weights, biases, activation }) => ({
      weights: Array.from({ length: nIn }, (_, i) =>
        Array.from(weights.subarray(i * nOut, (i + 1) * nOut)),
      ),
      biases: Array.from(biases),
      activation: activation.name,
    })),
    loss: net.loss.name,
  };
}

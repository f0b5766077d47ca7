/**
 * The networks the step-through offers by name, each with its one sample: the book's 3-4-2
 * example, Matt Mazur's hand-worked 2-2-2 sigmoid network (whose numbers many readers have
 * checked by hand: its loss is 0.298371109 and w5 becomes 0.35891648 at η = 0.5), and a 2-3-3
 * network with a softmax output under cross-entropy.
 */
import { EXAMPLE_X, EXAMPLE_Y, exampleNetworkJSON } from '../../../lib/examples.ts';
import { NETWORK_FORMAT, type NetworkJSON } from '../../../lib/network/json.ts';

export interface Preset {
  readonly label: string;
  readonly json: NetworkJSON;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export const PRESETS = {
  example: {
    label: 'the book’s 3-4-2, sigmoid, squared error',
    json: exampleNetworkJSON('sigmoid'),
    x: EXAMPLE_X,
    y: EXAMPLE_Y,
  },
  mazur: {
    label: '2-2-2, sigmoid everywhere, squared error',
    json: {
      format: NETWORK_FORMAT,
      layers: [
        {
          weights: [
            [0.15, 0.25],
            [0.2, 0.3],
          ],
          biases: [0.35, 0.35],
          activation: 'sigmoid',
        },
        {
          weights: [
            [0.4, 0.5],
            [0.45, 0.55],
          ],
          biases: [0.6, 0.6],
          activation: 'sigmoid',
        },
      ],
      loss: { name: 'mse' },
    },
    x: [0.05, 0.1],
    y: [0.01, 0.99],
  },
  softmax: {
    label: '2-3-3, softmax output, cross-entropy',
    json: {
      format: NETWORK_FORMAT,
      layers: [
        {
          weights: [
            [0.5, -0.3, 0.8],
            [-0.6, 0.4, 0.2],
          ],
          biases: [0.1, -0.1, 0],
          activation: 'tanh',
        },
        {
          weights: [
            [0.7, -0.4, 0.1],
            [-0.2, 0.6, -0.5],
            [0.3, 0.2, 0.9],
          ],
          biases: [0, 0.1, -0.1],
          activation: 'softmax',
        },
      ],
      loss: { name: 'crossEntropy' },
    },
    x: [0.5, -1],
    y: [0, 1, 0],
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;

export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export const presetLabels: Readonly<Record<string, string>> = Object.fromEntries(
  PRESET_NAMES.map((name) => [name, PRESETS[name].label]),
);

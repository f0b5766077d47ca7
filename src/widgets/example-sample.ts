/**
 * The controls several backpropagation widgets share: the book's example network with either
 * output, and one training sample x whose entries the reader can move (the target is the book's y).
 */
import { EXAMPLE_X } from '../../lib/examples.ts';
import type { NumberParam } from './kit/params.ts';

const input = (k: number): NumberParam => ({
  kind: 'number',
  label: `input x${'₁₂₃'[k]}`,
  default: EXAMPLE_X[k]!,
  min: -3,
  max: 3,
  step: 0.1,
});

export const sampleParams = {
  output: {
    kind: 'choice',
    label: 'output layer and loss',
    default: 'sigmoid',
    options: ['sigmoid', 'softmax'],
  },
  x1: input(0),
  x2: input(1),
  x3: input(2),
} as const;

/** How the output choice reads to a reader. */
export const outputLabels = {
  sigmoid: 'sigmoid output, squared error',
  softmax: 'softmax output, cross-entropy',
} as const;

/** The sample x of a state. */
export const sampleOf = (s: { x1: number; x2: number; x3: number }): number[] => [s.x1, s.x2, s.x3];

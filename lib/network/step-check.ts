/**
 * The gradient check of one update: the step each parameter took (by the right rule or with a
 * mistake switched on) beside −η times the central-difference gradient of the loss, their relative
 * error, and a verdict. Comparing steps rather than gradients is what lets a wrong update rule
 * (a flipped sign, a transposed matrix) fail the check as plainly as a wrong derivative does.
 */
import {
  GRADIENT_CHECK_TOLERANCE,
  numericGradients,
  RELATIVE_ERROR_FLOOR,
} from './gradient-check.ts';
import type { LayerUpdate } from './update-rule.ts';
import type { Network } from './types.ts';

/**
 * The step h of the central differences (L(θ + h) − L(θ − h)) / 2h. Their truncation error is
 * about h²·|L‴|/6 ≈ 2e−11 and their rounding error about ε·|L|/h ≈ 2e−11 for the losses of small
 * networks (|L| and |L‴| of order 1); divided by a gradient that may be as small as the floor
 * (1e−4) that is a relative error of up to about 4e−7. The seeded networks of the tests stay
 * below 1e−6, a tenth of STEP_CHECK_TOLERANCE.
 */
export const STEP_CHECK_H = 1e-5;

/**
 * The relative error a step may have and pass: the engine's gradient-check tolerance, 1e−5. A
 * real mistake is off by far more (a forgotten φ′ of a sigmoid is off by a factor of 4 or more,
 * a flipped sign by a relative error of 1); tests/lib/network/mistakes.test.ts measures both
 * sides on seeded random networks. (A ReLU with a pre-activation within h of its kink is the
 * one honest failure: its finite difference straddles the corner.)
 */
export const STEP_CHECK_TOLERANCE = GRADIENT_CHECK_TOLERANCE;

export interface ParameterCheck {
  /** `W(l)_ij` or `b(l)_j`, as the step-through names the parameter. */
  readonly symbol: string;
  readonly layer: number;
  readonly node?: number;
  readonly edge?: readonly [number, number];
  /** The step the update took; null when the update could not be carried out. */
  readonly step: number | null;
  /** −η ∂L/∂θ by central differences: the step gradient descent takes. */
  readonly expected: number;
  /** |step − expected| / max(|step|, |expected|, η·floor); Infinity when there is no step. */
  readonly relativeError: number;
  readonly passed: boolean;
}

export interface StepCheck {
  readonly rows: readonly ParameterCheck[];
  /** The learning rate the steps were taken with. */
  readonly eta: number;
  readonly h: number;
  readonly tolerance: number;
  readonly worst: number;
  readonly failed: number;
  readonly passed: boolean;
}

function relativeError(step: number | null, expected: number, eta: number): number {
  if (step === null) return Infinity;
  // The gradient check's floor, scaled by η as the steps are: a zero gradient is not 100 % wrong.
  const scale = Math.max(Math.abs(step), Math.abs(expected), eta * RELATIVE_ERROR_FLOOR);
  return Math.abs(step - expected) / scale;
}

/** Checks the steps `updates` took on `net` (before the update) against −η ∂L/∂θ by differences. */
export function checkSteps(
  net: Network,
  x: readonly number[],
  y: readonly number[],
  eta: number,
  updates: readonly LayerUpdate[],
  tolerance = STEP_CHECK_TOLERANCE,
): StepCheck {
  const numeric = numericGradients(net, x, y, STEP_CHECK_H);
  const rows: ParameterCheck[] = [];
  const add = (row: Omit<ParameterCheck, 'relativeError' | 'passed'>) => {
    const e = relativeError(row.step, row.expected, eta);
    rows.push({ ...row, relativeError: e, passed: e <= tolerance });
  };
  numeric.forEach((g, index) => {
    const l = index + 1;
    const u = updates[index]!;
    g.weights.forEach((row, i) =>
      row.forEach((n, j) =>
        add({
          symbol: `W(${l})_${i}${j}`,
          layer: l,
          edge: [i, j],
          step: u.weightSteps?.[i]?.[j] ?? null,
          expected: -eta * n,
        }),
      ),
    );
    g.biases.forEach((n, j) =>
      add({ symbol: `b(${l})_${j}`, layer: l, node: j, step: u.biasSteps[j]!, expected: -eta * n }),
    );
  });
  const failed = rows.filter((r) => !r.passed).length;
  return {
    rows,
    eta,
    h: STEP_CHECK_H,
    tolerance,
    worst: Math.max(...rows.map((r) => r.relativeError)),
    failed,
    passed: failed === 0,
  };
}

import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { RELATIVE_ERROR_FLOOR } from '../../../lib/network/gradient-check.ts';
import { mistakeById } from '../../../lib/network/mistakes.ts';
import { checkSteps } from '../../../lib/network/step-check.ts';
import { stepThrough } from '../../../lib/network/step-through.ts';
import type { LayerUpdate } from '../../../lib/network/update-rule.ts';

const net = exampleNetwork();
const eta = 0.5;
const run = stepThrough(net, EXAMPLE_X, EXAMPLE_Y, eta);

/** The updates of `run` with every step replaced by `step(i, j)` (weights) or `step(-1, j)` (biases). */
function withSteps(step: (i: number, j: number) => number): LayerUpdate[] {
  return run.updates.map((u) => ({
    ...u,
    weightSteps: u.weightSteps!.map((row, i) => row.map((_, j) => step(i, j))),
    biasSteps: u.biasSteps.map((_, j) => step(-1, j)),
  }));
}

describe('checkSteps', () => {
  it('names each row as the table names the parameter, in layer order, weights before biases', () => {
    const check = checkSteps(net, EXAMPLE_X, EXAMPLE_Y, eta, run.updates);
    expect(check.rows.map((r) => r.symbol).slice(0, 2)).toEqual(['W(1)_00', 'W(1)_01']);
    expect(check.rows[12]!.symbol).toBe('b(1)_0');
    expect(check.rows.at(-1)!.symbol).toBe('b(2)_1');
    expect(check.rows).toHaveLength(3 * 4 + 4 + 4 * 2 + 2);
  });

  it('measures |step − expected| / the larger of the two: a step twice too long is off by ½', () => {
    const right = checkSteps(net, EXAMPLE_X, EXAMPLE_Y, eta, run.updates);
    const doubled = run.updates.map((u) => ({
      ...u,
      weightSteps: u.weightSteps!.map((row) => row.map((v) => 2 * v)),
      biasSteps: u.biasSteps.map((v) => 2 * v),
    }));
    const check = checkSteps(net, EXAMPLE_X, EXAMPLE_Y, eta, doubled);
    check.rows.forEach((r, k) => {
      if (Math.abs(right.rows[k]!.expected) > eta * RELATIVE_ERROR_FLOOR)
        expect(r.relativeError).toBeCloseTo(0.5, 6);
    });
    expect(check.passed).toBe(false);
    expect(check.failed).toBeGreaterThan(0);
  });

  it('does not call a zero step wrong where the gradient is within η times the floor of zero', () => {
    const check = checkSteps(
      net,
      EXAMPLE_X,
      EXAMPLE_Y,
      eta,
      withSteps(() => 0),
    );
    for (const r of check.rows) {
      const scale = Math.max(Math.abs(r.expected), eta * RELATIVE_ERROR_FLOOR);
      expect(r.relativeError).toBeCloseTo(Math.abs(r.expected) / scale, 12);
    }
  });

  it('passes a step whose error equals the tolerance, and fails it just below', () => {
    const updates = withSteps(() => 0.01);
    const check = (tolerance?: number) =>
      checkSteps(net, EXAMPLE_X, EXAMPLE_Y, eta, updates, tolerance);
    const { worst } = check();
    expect(check(worst).passed).toBe(true);
    expect(check(worst * 0.999).failed).toBe(1);
  });

  it('fails, with an infinite error, every weight whose update could not be taken at all', () => {
    const refused = stepThrough(net, EXAMPLE_X, EXAMPLE_Y, eta, mistakeById('transposedUpdate'));
    const check = checkSteps(net, EXAMPLE_X, EXAMPLE_Y, eta, refused.updates);
    const weights = check.rows.filter((r) => r.symbol.startsWith('W'));
    expect(weights.every((r) => r.step === null && r.relativeError === Infinity && !r.passed)).toBe(
      true,
    );
    expect(check.rows.filter((r) => r.symbol.startsWith('b')).every((r) => r.passed)).toBe(true);
  });
});

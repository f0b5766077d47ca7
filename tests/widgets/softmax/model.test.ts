import { describe, expect, it } from 'vitest';
import { softmax, softmaxJacobian } from '../../../lib/activations/softmax.ts';
import { numericJacobian } from '../../../lib/finite-difference.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import { defaults, readAddress, writeAddress } from '../../../src/widgets/kit/params.ts';
import {
  jacobianSentence,
  logitsOf,
  shiftSentence,
  softmaxWidget,
  type SoftmaxState,
} from '../../../src/widgets/softmax/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(softmaxWidget.params);
const shift = softmaxWidget.actions!['shift']!;

describe('the softmax widget', () => {
  it('opens on the worked example’s logits 0.3 and 0.6 continued by 0.9, each share e^0.3 times the last', () => {
    const d = softmaxWidget.derive(start);
    expect(d.logits).toEqual([0.3, 0.6, 0.9]);
    expect(d.z).toEqual(softmax([0.3, 0.6, 0.9]));
    expectClose(d.z[1]! / d.z[0]!, Math.exp(0.3));
    expectClose(d.z[2]! / d.z[1]!, Math.exp(0.3));
    // The two-class worked example keeps its ratio: 0.5744 / 0.4256.
    const [z0, z1] = softmax([0.3, 0.6]);
    expectClose(d.z[1]! / d.z[0]!, z1! / z0!);
  });

  it('reads out one probability per class and their sum, which is 1', () => {
    for (const n of [3, 4, 5]) {
      const s = { ...start, n, a3: -2, a4: 7 };
      const r = softmaxWidget.readouts(softmaxWidget.derive(s), s);
      expect(Object.keys(r)).toEqual([...Array.from({ length: n }, (_, k) => `p${k}`), 'sum']);
      expectClose(r['sum']!, 1, 1e-15);
    }
  });

  it('divides the logits by the temperature: softmax(a / T)', () => {
    const s = { ...start, t: 2.5 };
    expect(softmaxWidget.derive(s).z).toEqual(softmax([0.3 / 2.5, 0.6 / 2.5, 0.9 / 2.5]));
    const cold = softmaxWidget.derive({ ...start, t: 0.1 }).z;
    const hot = softmaxWidget.derive({ ...start, t: 10 }).z;
    expect(cold[2]).toBeGreaterThan(0.9);
    expect(Math.max(...hot) - Math.min(...hot)).toBeLessThan(0.1);
  });

  it('computes the Jacobian diag(z) − zzᵀ with lib, equal to lib’s numeric Jacobian of softmax', () => {
    const s: SoftmaxState = { ...start, n: 5, a0: -1.2, a3: 2.4, a4: 0.1 };
    const d = softmaxWidget.derive(s);
    expect(d.jacobian).toEqual(softmaxJacobian(logitsOf(s)));
    expectClose(d.jacobian, numericJacobian(softmax, logitsOf(s)), 1e-9);
    const z = d.z;
    expectClose(
      d.jacobian,
      z.map((zj, j) => z.map((zk, k) => (j === k ? zj : 0) - zj * zk)),
    );
  });

  it('fills one heat-map cell per Jacobian entry, its value written to three digits', () => {
    const d = softmaxWidget.derive(start);
    expect(d.heat.rows).toEqual(['z₀', 'z₁', 'z₂']);
    expect(d.heat.columns).toEqual(['a₀', 'a₁', 'a₂']);
    expect(d.heat.cells).toHaveLength(9);
    const cell = d.heat.cells.find((c) => c.row === 'z₀' && c.column === 'a₂')!;
    expect(cell.value).toBe(d.jacobian[0]![2]);
    expect(cell.text).toBe('−0.105'); // −z₀z₂ = −0.2397 · 0.4368
    expect(jacobianSentence(d)).toMatch(
      /^The Jacobian diag\(z\) − zzᵀ, row 0: 0\.182, −0\.0776, −0\.105; row 1: /,
    );
  });

  it('shifts every logit in play by +1 and no probability changes, and says so', () => {
    const s = { ...start, n: 4 };
    const next = shift(s);
    expect(logitsOf(next)).toEqual([1.3, 1.6, 1.9, 2.2]);
    expect(next.a4).toBe(start.a4);
    const [before, after] = [softmaxWidget.derive(s), softmaxWidget.derive(next)];
    expectClose(after.z, before.z, 1e-15);
    expect(shiftSentence(before, after)).toMatch(/^Every logit rose by 1 and no.* changed/);
    const same = softmaxWidget.derive({ ...start, a0: 1, a1: 2, a2: 3 });
    expect(shiftSentence(same, same)).toContain('not one probability changed');
  });

  it('keeps logits of ±1000 finite: softmax of [1000, −1000, 0] is [1, 0, 0]', () => {
    const s = { ...start, a0: 1000, a1: -1000, a2: 0, t: 0.1 };
    const shown = evaluateState(softmaxWidget, s);
    expect('problem' in shown).toBe(false);
    const d = softmaxWidget.derive(s);
    expect(d.z).toEqual([1, 0, 0]);
    expect(d.jacobian.flat().every(Number.isFinite)).toBe(true);
    expect(softmaxWidget.summary(d, s)).toBe(
      'Probabilities 1, 0, 0 at temperature 0.1; they sum to 1.',
    );
  });

  it('refuses a shift that would push a logit past 1000, in words', () => {
    const shown = evaluateState(softmaxWidget, shift({ ...start, a1: 1000 }));
    expect(shown).toEqual({ problem: 'logit a₁ must stay from −1000 to 1000.' });
  });

  it('writes its state to the address and reads it back; bad values fall back to defaults', () => {
    const s = { ...start, n: 5, a4: -3.5, t: 0.7 };
    const params = writeAddress(softmaxWidget.params, 'softmax', s, new URLSearchParams());
    expect(params.toString()).toBe('softmax.n=5&softmax.a4=-3.5&softmax.t=0.7');
    expect(readAddress(softmaxWidget.params, 'softmax', params).state).toEqual(s);
    const bad = new URLSearchParams('softmax.n=7&softmax.a0=1e309&softmax.t=0');
    const read = readAddress(softmaxWidget.params, 'softmax', bad);
    expect(read.state).toEqual(start);
    expect(read.problems.map((p) => p.key)).toEqual(['n', 'a0', 't']);
  });

  it('says the probabilities and their sum for screen readers', () => {
    const s = { ...start, a0: 1, a1: 2, a2: 3 };
    expect(softmaxWidget.summary(softmaxWidget.derive(s), s)).toBe(
      'Probabilities 0.0900306, 0.244728, 0.665241; they sum to 1.',
    );
  });
});

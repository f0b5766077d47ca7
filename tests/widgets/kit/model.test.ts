import { describe, expect, it } from 'vitest';
import { evaluateState, type WidgetModel } from '../../../src/widgets/kit/model.ts';

const params = {
  x: { kind: 'number', label: 'x', default: 1, min: -10, max: 10, step: 1 },
} as const;

function model(
  derive: (s: { readonly x: number }) => number,
  normalize?: (s: { readonly x: number }) => { readonly x: number },
): WidgetModel<typeof params, number> {
  return {
    id: 'm',
    params,
    derive,
    readouts: (d, s) => ({ d, x: s.x }),
    summary: (d) => String(d),
    ...(normalize ? { normalize } : {}),
  };
}

describe('evaluateState', () => {
  it('derives the readouts of the state, after normalize', () => {
    const m = model(
      (s) => 2 * s.x,
      (s) => ({ x: Math.min(s.x, 3) }),
    );
    expect(evaluateState(m, { x: 5 })).toEqual({ derived: 6, readouts: { d: 6, x: 3 } });
    expect(
      evaluateState(
        model((s) => s.x + 1),
        { x: 5 },
      ),
    ).toEqual({
      derived: 6,
      readouts: { d: 6, x: 5 },
    });
  });

  it('gives the message of what derive throws, an Error or not', () => {
    const fails = model(() => {
      throw new Error('x is too large.');
    });
    expect(evaluateState(fails, { x: 1 })).toEqual({ problem: 'x is too large.' });
    const throwsText = model(() => {
      throw 'no good';
    });
    expect(evaluateState(throwsText, { x: 1 })).toEqual({ problem: 'no good' });
  });

  it('refuses a readout that is not finite, in words', () => {
    const problem = 'These values give a result that is not a finite number.';
    expect(
      evaluateState(
        model(() => Infinity),
        { x: 1 },
      ),
    ).toEqual({ problem });
    expect(
      evaluateState(
        model(() => NaN),
        { x: 1 },
      ),
    ).toEqual({ problem });
  });
});

import { describe, expect, it } from 'vitest';
import { activations } from '../../../lib/activations/index.ts';
import { leakyRelu } from '../../../lib/activations/relu.ts';
import { scaledSigmoidDerivative, sigmoid } from '../../../lib/activations/sigmoid.ts';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { evaluateState } from '../../../src/widgets/kit/model.ts';
import {
  activationExplorer,
  curveOf,
  explorableNames,
  SCALED_SIGMOID,
  settingsFor,
} from '../../../src/widgets/activation/model.ts';
import { expectClose } from '../../helpers/close.ts';

const start = defaults(activationExplorer.params);

describe('the activation explorer', () => {
  it('offers every elementwise activation of the registry and the scaled sigmoid, not softmax', () => {
    expect(explorableNames).toEqual([
      'sigmoid',
      'tanh',
      'relu',
      'leakyRelu',
      'linear',
      SCALED_SIGMOID,
    ]);
    expect(activationExplorer.params.phi.options).toBe(explorableNames);
  });

  it('opens on σ(1.5) = 0.8176 with slope 0.1491, and says so', () => {
    const d = activationExplorer.derive(start);
    expectClose(d.value, sigmoid(1.5));
    expectClose(d.value, 0.817574, 1e-6);
    expectClose(d.slope, 0.149146, 1e-6);
    expect(activationExplorer.summary(d, start)).toBe(
      'σ(1.5) = 0.817574, slope 0.149146 (finite difference 0.149146)',
    );
  });

  it.each(explorableNames)(
    'finds the analytic slope of %s equal to its central difference away from kinks',
    (phi) => {
      for (const a of [-4.3, -1.1, 0.7, 3.9]) {
        const d = activationExplorer.derive({ ...start, phi, a, c: 2, beta: 1.5, alpha: 0.2 });
        expectClose(d.slope, d.numeric, 1e-7);
      }
    },
  );

  it('uses the registry’s φ and φ′ and the settings c, β and α where they apply', () => {
    const tanh = curveOf({ ...start, phi: 'tanh' });
    expect(tanh.f(0.3)).toBe(Math.tanh(0.3));
    expect(activations.tanh.kind).toBe('elementwise');
    const leaky = curveOf({ ...start, phi: 'leakyRelu', alpha: 0.3 });
    expect(leaky.f(-2)).toBe(leakyRelu(-2, 0.3));
    expect(leaky.df(-2)).toBe(0.3);
    const scaled = curveOf({ ...start, phi: SCALED_SIGMOID, c: 2, beta: 3 });
    expect(scaled.f(0)).toBe(1);
    expect(scaled.df(0.4)).toBe(scaledSigmoidDerivative(0.4, 2, 3));
    expect(settingsFor(SCALED_SIGMOID)).toEqual(['c', 'beta']);
    expect(settingsFor('leakyRelu')).toEqual(['alpha']);
    expect(settingsFor('relu')).toEqual([]);
  });

  it('draws φ, φ′ and a tangent through (a, φ(a)) whose slope is φ′(a)', () => {
    const d = activationExplorer.derive({ ...start, phi: 'tanh', a: -0.5 });
    const [, , tangent] = d.chart.curves;
    const [p0, p1] = [tangent!.points[0]!, tangent!.points.at(-1)!];
    expectClose((p1[1] - p0[1]) / (p1[0] - p0[0]), d.slope);
    expect(d.chart.points).toEqual([{ x: -0.5, y: d.value, tone: 'accent' }]);
  });

  it('can show every corner of its controls with finite numbers', () => {
    for (const phi of explorableNames) {
      for (const a of [-6, 6]) {
        const s = { ...start, phi, a, c: 3, beta: 5, alpha: 0.5 };
        expect('problem' in evaluateState(activationExplorer, s), `${phi} at ${a}`).toBe(false);
      }
    }
  });
});

describe('the activation explorer’s words and ranges', () => {
  it('names tanh by its registry label in the summary and refuses softmax', () => {
    const s = { ...defaults(activationExplorer.params), phi: 'tanh', a: 0 };
    const d = activationExplorer.derive(s);
    expect(activationExplorer.summary(d, s)).toBe(
      `${activations.tanh.label}(0) = 0, slope 1 (finite difference 1)`,
    );
    expect(() => curveOf({ ...s, phi: 'softmax' })).toThrow('softmax is not explorable');
    expect(curveOf({ ...s, phi: 'tanh' }).y).toEqual([-1.25, 1.25]);
    expect(curveOf({ ...s, phi: 'sigmoid' }).y).toEqual([-0.25, 1.25]);
    expect(curveOf({ ...s, phi: 'relu' }).y).toEqual([-3, 6]);
    expect(curveOf({ ...s, phi: 'leakyRelu' }).y).toEqual([-3, 6]);
    expect(curveOf({ ...s, phi: SCALED_SIGMOID, c: 3, beta: 5 }).y).toEqual([-0.25, 4]);
  });
});

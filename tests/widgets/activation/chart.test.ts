import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import {
  activationExplorer,
  curveOf,
  SCALED_SIGMOID,
} from '../../../src/widgets/activation/model.ts';
import { expectClose } from '../../helpers/close.ts';

describe('the activation explorer’s chart', () => {
  it('draws φ in accent and φ′ dashed in warm over −6 … 6, each labelled at its own end', () => {
    const s = { ...defaults(activationExplorer.params), phi: 'tanh', a: -0.5 };
    const [phi, dphi] = activationExplorer.derive(s).chart.curves;
    expect(phi).toMatchObject({ tone: 'accent', label: 'φ(a)', labelAt: 6, labelDy: 16 });
    expect(phi!.points).toHaveLength(161);
    expectClose(phi!.points[0] as [number, number], [-6, Math.tanh(-6)]);
    expectClose(phi!.points.at(-1) as [number, number], [6, Math.tanh(6)]);
    expect(dphi).toMatchObject({ tone: 'warm', dashed: true, label: 'φ′(a)', labelAt: -5.5 });
    expectClose(dphi!.points[80] as [number, number], [0, 1]);
    expectClose(dphi!.points.at(-1) as [number, number], [6, 1 - Math.tanh(6) ** 2]);
  });

  it('draws the tangent at a = −0.5 in ink from a − 1.5 to a + 1.5, labelled at its right end', () => {
    const s = { ...defaults(activationExplorer.params), phi: 'tanh', a: -0.5 };
    const [, , tangent] = activationExplorer.derive(s).chart.curves;
    expect(tangent).toMatchObject({ tone: 'ink', label: 'tangent', labelAt: 1 });
    // tanh(−0.5) = −0.462117 and tanh′(−0.5) = 1 − tanh² = 0.786448.
    expectClose(
      tangent!.points as [number, number][],
      [
        [-2, -1.641789],
        [-0.5, -0.462117],
        [1, 0.717554],
      ],
      1e-6,
    );
  });

  it('labels the axes, ticks a at every even number and takes y from the chosen φ', () => {
    const s = { ...defaults(activationExplorer.params), phi: 'tanh' };
    expect(activationExplorer.derive(s).axes).toEqual({
      x: { domain: [-6, 6], label: 'pre-activation a', ticks: [-6, -4, -2, 0, 2, 4, 6] },
      y: { domain: [-1.25, 1.25], label: 'φ(a) and φ′(a)' },
    });
  });

  it('reads out φ(a), φ′(a) and the finite difference', () => {
    const s = { ...defaults(activationExplorer.params), phi: 'tanh', a: -0.5 };
    const r = activationExplorer.readouts(activationExplorer.derive(s), s);
    expect(Object.keys(r)).toEqual(['value', 'slope', 'numeric']);
    expectClose([r['value']!, r['slope']!, r['numeric']!], [-0.462117, 0.786448, 0.786448], 1e-6);
  });
});

describe('the activation explorer’s y range and refusals', () => {
  it('raises the scaled sigmoid’s top to c + 0.25 when the height c is the largest', () => {
    const s = { ...defaults(activationExplorer.params), phi: SCALED_SIGMOID, c: 3, beta: 1 };
    expect(curveOf(s).y).toEqual([-0.25, 3.25]);
    expect(curveOf({ ...s, c: 0.5 }).y).toEqual([-0.25, 1.25]);
  });

  it('refuses a name that is no activation at all, with the same message as softmax', () => {
    const s = { ...defaults(activationExplorer.params), phi: 'swish' };
    expect(() => curveOf(s)).toThrow(new Error('swish is not explorable'));
  });
});

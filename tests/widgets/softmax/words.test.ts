import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { shiftSentence, softmaxWidget } from '../../../src/widgets/softmax/model.ts';
import { BARS_TITLE, JACOBIAN_TITLE } from '../../../src/widgets/softmax/titles.ts';

describe('the softmax widget’s bars, bounds and words', () => {
  it('refuses, in derive itself, any value outside its table’s range, and accepts the ends', () => {
    const start = defaults(softmaxWidget.params);
    expect(() => softmaxWidget.derive({ ...start, a2: 1000.5 })).toThrow(
      'logit a₂ must stay from −1000 to 1000.',
    );
    expect(() => softmaxWidget.derive({ ...start, t: 0.05 })).toThrow(
      'temperature T must stay from 0.1 to 10.',
    );
    expect(() => softmaxWidget.derive({ ...start, n: 6 })).toThrow(
      'number of classes n must stay from 3 to 5.',
    );
    const ends = { ...start, a0: -1000, a1: 1000, t: 10, n: 5 };
    expect(softmaxWidget.derive(ends).z.length).toBe(5);
  });

  it('draws one bar per class, named z₀, z₁, …, its probability written to three digits', () => {
    const s = { ...defaults(softmaxWidget.params), a0: 0, a1: 0, a2: Math.log(2) };
    const d = softmaxWidget.derive(s);
    expect(d.bars).toEqual([
      { label: 'z₀', value: d.z[0], text: '0.25' },
      { label: 'z₁', value: d.z[1], text: '0.25' },
      { label: 'z₂', value: d.z[2], text: '0.5' },
    ]);
  });

  it('gives the largest change when a shift moved a probability by rounding, and lists them', () => {
    const d = softmaxWidget.derive(defaults(softmaxWidget.params));
    const before = { ...d, z: [0.25, 0.25, 0.5] };
    const after = { ...d, z: [0.25, 0.25, 0.5000001] };
    expect(shiftSentence(before, after)).toBe(
      'Every logit rose by 1 and no probability changed beyond rounding (largest change 1e−7): ' +
        'softmax(a + c) = softmax(a). Probabilities 0.25, 0.25, 0.5.',
    );
    expect(shiftSentence(before, before)).toBe(
      'Every logit rose by 1 and not one probability changed: softmax(a + c) = softmax(a). ' +
        'Probabilities 0.25, 0.25, 0.5.',
    );
  });

  it('titles its two charts', () => {
    expect(BARS_TITLE).toBe('Softmax probabilities, one bar per class');
    expect(JACOBIAN_TITLE).toBe('The softmax Jacobian as a heat map, its values in the cells');
  });
});

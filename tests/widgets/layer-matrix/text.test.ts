import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/widgets/kit/params.ts';
import { layerMatrix, paren, sub } from '../../../src/widgets/layer-matrix/model.ts';

describe('the layer-matrix widget’s text', () => {
  it('writes every digit of a number as its subscript', () => {
    expect(sub(1234567890)).toBe('₁₂₃₄₅₆₇₈₉₀');
    expect(sub(3)).toBe('₃');
  });

  it('brackets a negative number only, not zero', () => {
    expect(paren(-0.5)).toBe('(−0.5)');
    expect(paren(0)).toBe('0');
    expect(paren(2)).toBe('2');
  });

  it('writes node 3’s sum with its subscript, and its zero bias unbracketed, in the summary', () => {
    const s = { ...defaults(layerMatrix.params), j: 3 };
    // Column 3 of W(1) is 0.3, 0.2, 0.8 and x = [1, 2, 1]; b(1)₃ = 0.
    expect(layerMatrix.summary(layerMatrix.derive(s), s)).toBe(
      'Hidden node 3: a(1)₃ = 0.3 + 0.4 + 0.8 + 0 = 1.5; a(1) = [0, −0.4, −1.4, 1.5].',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { cardKey, cardStyle, measuredHeights } from '../../../src/lib-site/card-heights.ts';

describe('card heights', () => {
  const key = cardKey(['The sigmoid', String.raw`\sigma(a)=\frac{1}{1+e^{-a}}`, undefined, '3.1']);
  const table = { sigmoid: { key, narrow: 10.5, wide: 9.25 } };

  it('give a card the same key for the same parts, and a new one when any part changes', () => {
    expect(
      cardKey(['The sigmoid', String.raw`\sigma(a)=\frac{1}{1+e^{-a}}`, undefined, '3.1']),
    ).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(
      cardKey(['The sigmoid', String.raw`\sigma(a)=\frac{1}{1+e^{-a}}`, undefined, '3.2']),
    ).not.toBe(key);
    expect(
      cardKey(['The sigmoid function', String.raw`\sigma(a)=\frac{1}{1+e^{-a}}`, undefined, '3.1']),
    ).not.toBe(key);
  });

  it('are used only while the card is as it was measured', () => {
    expect(measuredHeights('sigmoid', key, table)).toEqual({ narrow: 10.5, wide: 9.25 });
    expect(measuredHeights('sigmoid', cardKey(['changed']), table)).toBeNull();
    expect(measuredHeights('tanh', key, table)).toBeNull();
  });

  it('become custom properties for book.css, or the estimate when there is no measurement', () => {
    expect(cardStyle({ narrow: 10.5, wide: 9.25 }, 'auto 12rem')).toBe(
      '--ff-card-wide: 9.25rem; --ff-card-narrow: 10.5rem',
    );
    expect(cardStyle(null, 'auto calc(var(--ff-card-chrome) + 2.7 * var(--ff-math-size))')).toBe(
      'contain-intrinsic-size: auto calc(var(--ff-card-chrome) + 2.7 * var(--ff-math-size))',
    );
  });
});

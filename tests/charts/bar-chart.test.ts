import { describe, expect, it } from 'vitest';
import { barChart, type Bar } from '../../src/charts/bar-chart.ts';
import { serverDocument } from '../../src/charts/server-document.ts';
import { normalizeSvg } from '../helpers/svg.ts';

const bars: Bar[] = [
  { label: 'z₀', value: 0.25, text: '0.25' },
  { label: 'z₁', value: 0.75, text: '0.75', tone: 'warm' },
];
const draw = (id: string, data: readonly Bar[] = bars) =>
  barChart(
    data,
    { x: { label: 'class' }, y: { domain: [0, 1], label: 'probability', ticks: [0, 0.5, 1] } },
    { document: serverDocument(), id, title: 'Two bars', desc: 'A quarter and three quarters.' },
  );

describe('barChart', () => {
  it('draws the same SVG as last time (snapshot, numbers to one decimal)', () => {
    expect(normalizeSvg(draw('bars').outerHTML)).toMatchSnapshot();
  });

  it('draws one bar per category in its tone, its value written above it', () => {
    const svg = draw('b');
    expect(svg.querySelectorAll('g.ff-bar rect')).toHaveLength(2);
    expect(svg.querySelector('g.ff-bar.ff-warm')).not.toBeNull();
    expect([...svg.querySelectorAll('g.ff-label text')].map((t) => t.textContent)).toEqual([
      '0.25',
      '0.75',
    ]);
  });

  it('is labelled by its title and description, with ids of its own and no inline style', () => {
    const svg = draw('l');
    expect(svg.getAttribute('aria-labelledby')).toBe('l-title l-desc');
    expect([...svg.querySelectorAll('[id]')].every((el) => el.id.startsWith('l-'))).toBe(true);
    expect(svg.outerHTML).not.toMatch(/\sstyle=|<style/);
  });

  it('keeps a bar that rounding pushed just past the axis inside it', () => {
    const over = draw('o', [{ label: 'z₀', value: 1 + 2e-16, text: '1' }]);
    const under = draw('o', [{ label: 'z₀', value: 1, text: '1' }]);
    expect(over.outerHTML).toBe(under.outerHTML);
  });
});

import { describe, expect, it } from 'vitest';
import { cellOpacity, heatMap, type HeatMapData } from '../../src/charts/heat-map.ts';
import { serverDocument } from '../../src/charts/server-document.ts';
import { expectClose } from '../helpers/close.ts';
import { normalizeSvg } from '../helpers/svg.ts';

const data: HeatMapData = {
  rows: ['z₀', 'z₁'],
  columns: ['a₀', 'a₁'],
  cells: [
    { row: 'z₀', column: 'a₀', value: 0.25, text: '0.25' },
    { row: 'z₀', column: 'a₁', value: -0.25, text: '−0.25' },
    { row: 'z₁', column: 'a₀', value: -0.05, text: '−0.05' },
    { row: 'z₁', column: 'a₁', value: 0, text: '0' },
  ],
};
const draw = (id: string) =>
  heatMap(
    data,
    { scale: 0.25, x: { label: 'input k' }, y: { label: 'output j' } },
    { document: serverDocument(), id, title: 'A 2 × 2 matrix', desc: 'Four entries.' },
  );

describe('heatMap', () => {
  it('draws the same SVG as last time (snapshot, numbers to one decimal)', () => {
    expect(normalizeSvg(draw('heat').outerHTML)).toMatchSnapshot();
  });

  it('tints positive and negative cells apart and writes every value in its cell', () => {
    const svg = draw('h');
    expect(svg.querySelectorAll('g.ff-heat-zero rect')).toHaveLength(4);
    expect(svg.querySelectorAll('g.ff-heat-pos rect')).toHaveLength(1);
    expect(svg.querySelectorAll('g.ff-heat-neg rect')).toHaveLength(2);
    expect([...svg.querySelectorAll('g.ff-heat-text text')].map((t) => t.textContent)).toEqual([
      '0.25',
      '−0.25',
      '−0.05',
      '0',
    ]);
  });

  it('tints a cell more strongly the larger its value, fully from the scale on', () => {
    expect(cellOpacity(0, 0.25)).toBe(0.15);
    expectClose(cellOpacity(-0.125, 0.25), 0.575);
    expect(cellOpacity(0.25, 0.25)).toBe(1);
    expect(cellOpacity(7, 0.25)).toBe(1);
    const neg = draw('o').querySelectorAll('g.ff-heat-neg rect');
    expect([...neg].map((r) => r.getAttribute('fill-opacity'))).toEqual(['1', '0.32']);
  });

  it('is labelled by its title and description, with ids of its own and no inline style', () => {
    const svg = draw('l');
    expect(svg.getAttribute('aria-labelledby')).toBe('l-title l-desc');
    expect([...svg.querySelectorAll('[id]')].every((el) => el.id.startsWith('l-'))).toBe(true);
    expect(svg.outerHTML).not.toMatch(/\sstyle=|<style/);
  });
});

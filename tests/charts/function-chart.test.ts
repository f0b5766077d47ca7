import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../lib/activations/sigmoid.ts';
import { functionChart } from '../../src/charts/function-chart.ts';
import { sample } from '../../src/charts/sample.ts';
import { serverDocument } from '../../src/charts/server-document.ts';
import { normalizeSvg } from '../helpers/svg.ts';

const draw = (id: string) =>
  functionChart(
    {
      curves: [{ points: sample(sigmoid, [-6, 6], 24), tone: 'accent', label: 'σ(a)' }],
      points: [{ x: 0, y: 0.5, label: 'σ(0)', tone: 'warm' }],
      arrows: [{ from: [-4, 0.2], to: [-2, 0.2], label: 'step', bend: 30 }],
    },
    {
      x: { domain: [-6, 6], label: 'pre-activation a', ticks: [-6, 0, 6] },
      y: { domain: [0, 1], label: 'output', ticks: [0, 0.5, 1] },
    },
    { document: serverDocument(), id, title: 'The sigmoid', desc: 'An S-shaped curve.' },
  );

describe('functionChart', () => {
  it('draws the same SVG as last time (snapshot, numbers to one decimal)', () => {
    expect(normalizeSvg(draw('fig-s').outerHTML)).toMatchSnapshot();
  });

  it('names every id after the chart, so two charts on a page never collide', () => {
    const ids = (id: string) =>
      [...draw(id).querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? '');
    const first = ids('one');
    const second = ids('two');
    expect(first.length).toBeGreaterThan(2);
    expect(first.every((id) => id.startsWith('one-'))).toBe(true);
    expect(second.every((id) => id.startsWith('two-'))).toBe(true);
    expect(normalizeSvg(draw('one').outerHTML)).toBe(normalizeSvg(draw('one').outerHTML));
  });

  it('points every clip path at an element of its own chart', () => {
    const svg = draw('c');
    const clipped = [...svg.querySelectorAll('[clip-path]')];
    expect(clipped.length).toBeGreaterThan(0);
    for (const el of clipped) {
      const target = /^url\(#(.+)\)$/.exec(el.getAttribute('clip-path') ?? '')?.[1];
      expect(target === undefined ? null : svg.querySelector(`[id="${target}"]`)).not.toBeNull();
    }
  });

  it('is labelled by its title and description and carries no inline style', () => {
    const svg = draw('l');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('l-title l-desc');
    expect(svg.querySelector('title')?.textContent).toBe('The sigmoid');
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.outerHTML).not.toMatch(/\sstyle=/);
  });

  it('leaves a gap where a curve is not finite instead of drawing NaN', () => {
    const points = sample((x) => Math.log(x), [-1, 1], 4);
    expect(points.map((p) => p[1])).toEqual(
      [NaN, NaN, -Infinity, Math.log(0.5), 0].map((v) => (Number.isFinite(v) ? v : NaN)),
    );
    const svg = functionChart(
      { curves: [{ points }] },
      { x: { domain: [-1, 1], label: 'x' }, y: { domain: [-3, 1], label: 'ln x' } },
      { document: serverDocument(), id: 'g', title: 't', desc: 'd' },
    );
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('keeps a curve’s label clear of the bottom axis when the curve ends on it', () => {
    const labelY = (end: number) => {
      const svg = functionChart(
        {
          curves: [
            {
              points: [
                [0, 5],
                [1, end],
              ],
              label: 'network',
            },
          ],
        },
        { x: { domain: [0, 1], label: 'x' }, y: { domain: [0, 10], label: 'y' } },
        { document: serverDocument(), id: 'k', title: 't', desc: 'd' },
      );
      const text = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'network')!;
      return Number(
        /translate\([^,]+,([^)]+)\)/.exec(text.outerHTML)?.[1] ?? text.getAttribute('y'),
      );
    };
    // Six per cent of the domain up, where the curve ends on or just above the bottom; higher up,
    // the label sits by the curve's end.
    expect(labelY(0)).toBe(labelY(0.6));
    expect(labelY(0)).toBeGreaterThan(labelY(2));
    expect(labelY(2)).toBeGreaterThan(labelY(4));
  });
});

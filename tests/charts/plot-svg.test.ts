import { describe, expect, it } from 'vitest';
import { Plot, plotSvg, plotSvgOverFrame } from '../../src/charts/plot-svg.ts';
import { serverDocument } from '../../src/charts/server-document.ts';

const options = {
  x: { domain: [-6, 6] },
  y: { domain: [0, 1] },
  marginLeft: 48,
  marginBottom: 40,
  marginTop: 16,
  marginRight: 20,
};
const frameMarks = () => [
  Plot.gridX({ ticks: 5, className: 'ff-grid' }),
  Plot.ruleX([0], { className: 'ff-axis' }),
  Plot.axisX({ ticks: 5, label: 'a' }),
  Plot.axisY({ ticks: 3, label: 'z' }),
  Plot.frame({ anchor: 'bottom' }),
];
const dataMarks = (shift: number) => [
  Plot.line(
    Array.from({ length: 13 }, (_, i) => [i - 6, 1 / (1 + Math.exp(shift - (i - 6)))]),
    { clip: true, className: 'ff-curve' },
  ),
  Plot.dot([{ x: shift, y: 0.5 }], { x: 'x', y: 'y', r: 5, clip: true }),
  Plot.text([{ x: shift, y: 0.5, t: 'σ' }], { x: 'x', y: 'y', text: 't', dy: -8 }),
];
const frame = (id: string) => ({ document: serverDocument(), id, title: 'T', desc: 'D' });

describe('a chart drawn over a kept frame', () => {
  it('is the same drawing as one Plot call over every mark, ids and all, drawn again or not', () => {
    for (const shift of [0, 1.5, 0, -2]) {
      const whole = plotSvg(
        { ...options, marks: [...frameMarks(), ...dataMarks(shift)] },
        frame('c'),
      );
      const split = plotSvgOverFrame(options, frameMarks(), dataMarks(shift), frame('c'), 'k');
      expect(split.outerHTML).toBe(whole.outerHTML);
      expect(split.querySelectorAll('[clip-path]').length).toBe(2);
    }
  });

  it('keeps one frame per key and size: other options draw their own', () => {
    const wide = { ...options, x: { domain: [-10, 10] } };
    const first = plotSvgOverFrame(wide, frameMarks(), dataMarks(0), frame('w'), 'wide');
    const whole = plotSvg({ ...wide, marks: [...frameMarks(), ...dataMarks(0)] }, frame('w'));
    expect(first.outerHTML).toBe(whole.outerHTML);
    const narrow = plotSvgOverFrame(options, frameMarks(), dataMarks(0), frame('w'), 'narrow');
    expect(narrow.outerHTML).not.toBe(first.outerHTML);
    const small = plotSvgOverFrame(
      wide,
      frameMarks(),
      dataMarks(0),
      { ...frame('w'), width: 300, height: 200 },
      'wide',
    );
    expect(small.getAttribute('width')).toBe('300');
  });

  it('hands out a copy each time: changing one drawing leaves the next one as it was', () => {
    const one = plotSvgOverFrame(options, frameMarks(), dataMarks(0), frame('m'), 'copy');
    one.querySelector('g')!.remove();
    const two = plotSvgOverFrame(options, frameMarks(), dataMarks(0), frame('m'), 'copy');
    const whole = plotSvg({ ...options, marks: [...frameMarks(), ...dataMarks(0)] }, frame('m'));
    expect(two.outerHTML).toBe(whole.outerHTML);
  });

  it('refuses options without every margin, whose frame Plot would size otherwise', () => {
    const partial = {
      x: options.x,
      y: options.y,
      marginLeft: 48,
      marginBottom: 40,
      marginRight: 20,
    };
    expect(() => plotSvgOverFrame(partial, frameMarks(), dataMarks(0), frame('r'), 'r')).toThrow(
      /all four margins/,
    );
  });

  it('puts the data under marks drawn over it, as one Plot call in that order would', () => {
    const over = () => [Plot.frame({ anchor: 'bottom' }), Plot.ruleY([0.5])];
    for (const shift of [0, 2, 0]) {
      const whole = plotSvg(
        { ...options, marks: [...frameMarks(), ...dataMarks(shift), ...over()] },
        frame('o'),
      );
      const split = plotSvgOverFrame(
        options,
        frameMarks(),
        dataMarks(shift),
        frame('o'),
        'over',
        over(),
      );
      expect(split.outerHTML).toBe(whole.outerHTML);
    }
  });
});

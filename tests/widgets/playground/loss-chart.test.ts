import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../lib/playground/trainer.ts';
import {
  LOSS_CHART_SIZE,
  LOSS_CHART_TITLE,
  lossAxes,
  lossChartSvg,
  lossPath,
  lossTick,
  niceCeiling,
} from '../../../src/widgets/playground/loss-chart.ts';

const parse = (svg: string) =>
  parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

const history: HistoryEntry[] = [
  { epoch: 1, trainLoss: 0.4, testLoss: 0.45 },
  { epoch: 2, trainLoss: 0.3, testLoss: 0.35 },
];

describe('niceCeiling', () => {
  const cases: [number, number][] = [
    [1, 1],
    [1.2, 2],
    [2, 2],
    [3, 5],
    [5, 5],
    [7, 10],
    [0.3, 0.5],
    [0.03, 0.05],
    [0.7, 1],
    [250, 500],
    [1000, 1000],
    [1001, 2000],
  ];
  for (const [v, nice] of cases) {
    it(`rounds ${v} up to ${nice}`, () => {
      expect(niceCeiling(v)).toBe(nice);
    });
  }

  it('gives 1 for zero, a negative number, NaN or infinity', () => {
    for (const v of [0, -3, NaN, Infinity, -Infinity]) expect(niceCeiling(v)).toBe(1);
  });

  it('is never below its argument (up to rounding) and at most 2.5 times it', () => {
    for (let v = 0.011; v < 2000; v *= 1.37) {
      const nice = niceCeiling(v);
      expect(nice).toBeGreaterThanOrEqual(v * (1 - 1e-12));
      expect(nice).toBeLessThanOrEqual(2.5 * v);
    }
  });
});

describe('lossAxes', () => {
  it('spans ten epochs and a loss of 1 before any training', () => {
    expect(lossAxes([])).toEqual({ epochs: 10, loss: 1 });
  });

  it('grows with the run: the epochs to a nice number past the last, the loss past the largest', () => {
    expect(lossAxes(history)).toEqual({ epochs: 10, loss: 0.5 });
    const long: HistoryEntry[] = [
      { epoch: 1, trainLoss: 0.6, testLoss: 0.7 },
      { epoch: 37, trainLoss: 0.2, testLoss: 0.3 },
    ];
    expect(lossAxes(long)).toEqual({ epochs: 50, loss: 1 });
    expect(lossAxes([{ epoch: 1200, trainLoss: 3, testLoss: 2 }])).toEqual({
      epochs: 2000,
      loss: 5,
    });
  });

  it('lets neither a test loss that is not finite nor a diverged training loss set the loss axis', () => {
    const odd: HistoryEntry[] = [
      { epoch: 1, trainLoss: 0.15, testLoss: NaN },
      { epoch: 2, trainLoss: Infinity, testLoss: 0.12 },
    ];
    expect(lossAxes(odd)).toEqual({ epochs: 10, loss: 0.2 });
  });
});

describe('lossPath', () => {
  // The data box is 52 … 404 across and 12 … 160 down (y grows downwards).
  it('runs through each epoch’s loss in the data box', () => {
    const axes = { epochs: 10, loss: 0.5 };
    expect(lossPath(history, 'trainLoss', axes)).toBe('M87.2,41.6L122.4,71.2');
    expect(lossPath(history, 'testLoss', axes)).toBe('M87.2,26.8L122.4,56.4');
  });

  it('is empty with no history, or no finite value', () => {
    expect(lossPath([], 'trainLoss', { epochs: 10, loss: 1 })).toBe('');
    const none = [{ epoch: 1, trainLoss: 0.1, testLoss: NaN }];
    expect(lossPath(none, 'testLoss', { epochs: 10, loss: 1 })).toBe('');
  });

  it('lifts the pen over a value that is not finite', () => {
    const gap: HistoryEntry[] = [
      { epoch: 0, trainLoss: 1, testLoss: 0 },
      { epoch: 5, trainLoss: NaN, testLoss: 0 },
      { epoch: 10, trainLoss: 0, testLoss: 0 },
    ];
    expect(lossPath(gap, 'trainLoss', { epochs: 10, loss: 1 })).toBe('M52,12M404,160');
  });

  it('keeps a loss above the axis on the top edge', () => {
    const high = [{ epoch: 10, trainLoss: 7, testLoss: 0 }];
    expect(lossPath(high, 'trainLoss', { epochs: 10, loss: 1 })).toBe('M404,12');
  });
});

describe('lossChartSvg', () => {
  it('is an image named by its title and described by `desc`, escaped', () => {
    const doc = parse(lossChartSvg(history, 'pg-loss', 'Loss < 1 & falling'));
    const svg = doc.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe(
      `0 0 ${LOSS_CHART_SIZE.width} ${LOSS_CHART_SIZE.height}`,
    );
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('pg-loss-title');
    expect(svg.getAttribute('aria-describedby')).toBe('pg-loss-desc');
    expect(doc.getElementById('pg-loss-title')!.textContent).toBe(LOSS_CHART_TITLE);
    expect(doc.getElementById('pg-loss-desc')!.textContent).toBe('Loss < 1 & falling');
    expect(lossChartSvg(history, 'pg-loss', 'Loss < 1 & falling')).toContain(
      'Loss &#60; 1 &#38; falling',
    );
  });

  it('labels three ticks on each axis, and names the axes', () => {
    const doc = parse(lossChartSvg(history, 'c', ''));
    const labels = [...doc.querySelectorAll('.ff-tick-labels text')].map((t) => t.textContent);
    expect(labels).toEqual(['0', '5', '10', '0', '0.25', '0.5']);
    const texts = [...doc.querySelectorAll('svg > text')].map((t) => t.textContent);
    expect(texts).toEqual(['epoch', 'loss']);
  });

  it('draws the training and test lines of lossPath on the axes of lossAxes', () => {
    const doc = parse(lossChartSvg(history, 'c', ''));
    const axes = lossAxes(history);
    expect(doc.querySelector('.ff-pg-train-line')!.getAttribute('d')).toBe(
      lossPath(history, 'trainLoss', axes),
    );
    expect(doc.querySelector('.ff-pg-test-line')!.getAttribute('d')).toBe(
      lossPath(history, 'testLoss', axes),
    );
  });

  it('draws empty lines on the default axes before any training', () => {
    const doc = parse(lossChartSvg([], 'c', ''));
    expect(doc.querySelector('.ff-pg-train-line')!.getAttribute('d')).toBe('');
    const labels = [...doc.querySelectorAll('.ff-tick-labels text')].map((t) => t.textContent);
    expect(labels).toEqual(['0', '5', '10', '0', '0.5', '1']);
  });
});

describe('the loss chart’s tick labels', () => {
  it('keep two significant digits, so a small loss’s ticks differ', () => {
    const svg = lossChartSvg([{ epoch: 1, trainLoss: 0.0003, testLoss: 0.0002 }], 'x', '');
    for (const label of ['>0<', '>0.00025<', '>0.0005<']) expect(svg).toContain(label);
    expect(lossTick(2e-33)).toBe('2e−33');
    expect(lossTick(0)).toBe('0');
  });

  it('rounds a nice ceiling to the decimal number meant', () => {
    expect(niceCeiling(1e-5)).toBe(1e-5);
    expect(niceCeiling(0.00031)).toBe(0.0005);
  });
});

describe('the loss chart’s drawing', () => {
  it('draws its grid, axes, labels and lines in the data box 52 … 404 across, 12 … 160 down', () => {
    const svg = lossChartSvg([], 'c', 'd');
    const grid =
      '<line x1="52" x2="52" y1="12" y2="160"/><line x1="228" x2="228" y1="12" y2="160"/>' +
      '<line x1="404" x2="404" y1="12" y2="160"/><line x1="52" x2="404" y1="160" y2="160"/>' +
      '<line x1="52" x2="404" y1="86" y2="86"/><line x1="52" x2="404" y1="12" y2="12"/>';
    const xLabels = [52, 228, 404]
      .map((x, k) => `<text x="${x}" y="176" text-anchor="middle">${[0, 5, 10][k]}</text>`)
      .join('');
    const yLabels = [160, 86, 12]
      .map(
        (y, k) =>
          `<text x="46" y="${y}" text-anchor="end" dominant-baseline="middle">${[0, 0.5, 1][k]}</text>`,
      )
      .join('');
    expect(svg).toBe(
      '<svg class="ff-plot ff-pg-loss" viewBox="0 0 420 200" role="img" aria-labelledby="c-title" aria-describedby="c-desc">' +
        `<title id="c-title">${LOSS_CHART_TITLE}</title><desc id="c-desc">d</desc>` +
        `<g class="ff-grid">${grid}</g>` +
        '<path class="ff-axis" fill="none" d="M52,12V160H404"/>' +
        `<g class="ff-tick-labels">${xLabels}${yLabels}</g>` +
        '<text x="228" y="194" text-anchor="middle">epoch</text>' +
        '<text transform="translate(14 86) rotate(-90)" text-anchor="middle">loss</text>' +
        '<path class="ff-pg-train-line" fill="none" d=""/>' +
        '<path class="ff-pg-test-line" fill="none" d=""/>' +
        '</svg>',
    );
  });

  it('lets a test loss above the training loss set the loss axis', () => {
    expect(lossAxes([{ epoch: 1, trainLoss: 0.1, testLoss: 0.3 }])).toEqual({
      epochs: 10,
      loss: 0.5,
    });
  });

  it('takes a value a rounding error above a nice number as that number', () => {
    expect(niceCeiling(1 + 1e-12)).toBe(1);
  });
});

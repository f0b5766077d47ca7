import { describe, expect, it } from 'vitest';
import {
  browserSuites,
  checkWidgets,
  suiteTitle,
  type WidgetCheckInput,
} from '../../scripts/lib-widget-check.ts';

const good: WidgetCheckInput = {
  pages: [
    { path: '/a/', widgets: ['neuron'] },
    { path: '/b/', widgets: ['softmax', 'neuron'] },
    { path: '/', widgets: [] },
  ],
  registered: ['neuron', 'softmax'],
  unitTested: ['neuron', 'softmax'],
  chapterPaths: ['/a/', '/b/'],
  browserTests: [
    { suite: suiteTitle('neuron', '/a/'), status: 'passed' },
    { suite: suiteTitle('softmax', '/b/'), status: 'passed' },
    { suite: suiteTitle('neuron', '/b/'), status: 'passed' },
  ],
};

describe('checkWidgets', () => {
  it('passes a book whose every widget is registered, unit-tested and passed in the browser', () => {
    expect(checkWidgets(good)).toEqual({ problems: [], uses: 3 });
  });
  it('names a widget without a model, without unit tests, or on no page', () => {
    const { problems } = checkWidgets({
      ...good,
      registered: ['neuron', 'softmax', 'loss'],
      unitTested: ['neuron', 'loss'],
      pages: [...good.pages, { path: '/c/', widgets: ['ghost'] }],
    });
    expect(problems).toEqual([
      '/c/: widget "ghost" has no model in the registry',
      '/c/: widget "ghost" has no browser test in this run',
      'widget "softmax" has no unit tests (tests/widgets/softmax/model.test.ts)',
      'widget "loss" is registered but on no page',
    ]);
  });
  it('fails a widget whose browser test failed or was skipped, and a run without a report', () => {
    const tests = good.browserTests!.map((t, i) => (i === 0 ? { ...t, status: 'skipped' } : t));
    expect(checkWidgets({ ...good, browserTests: tests }).problems).toEqual([
      '/a/: widget "neuron" failed a browser test',
    ]);
    expect(checkWidgets({ ...good, browserTests: null }).problems).toEqual([
      'no browser test report: run the browser tests first',
    ]);
  });
  it('fails a chapter page without a live demo', () => {
    expect(checkWidgets({ ...good, chapterPaths: ['/a/', '/b/', '/'] }).problems).toEqual([
      '/: a chapter page without a live demo',
    ]);
  });
});

describe('browserSuites', () => {
  it('reads each test’s innermost describe title and status', () => {
    const json = {
      testResults: [
        { assertionResults: [{ ancestorTitles: ['outer', 'widget x on /a/'], status: 'passed' }] },
      ],
    };
    expect(browserSuites(json)).toEqual([{ suite: 'widget x on /a/', status: 'passed' }]);
    expect(() => browserSuites({})).toThrow(/not a vitest JSON report/);
  });
});

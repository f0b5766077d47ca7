import { describe, expect, it } from 'vitest';
import type { ChapterSlug } from '../../../lib/formulas/types.ts';
import { chapters, chapterSidebar, chapterTitle } from '../../../src/lib-site/chapters.ts';

describe('the chapters', () => {
  it('title a part with its chapter’s title, then its own label', () => {
    expect(chapterTitle('weights-and-biases')).toBe('Weights and biases');
    expect(chapterTitle('backpropagation/step-by-step')).toBe('Backpropagation: step by step');
    expect(chapterTitle('nonlinearity/softmax')).toBe('The need for nonlinearity: softmax');
  });

  it('fall back to the slug for a page that is no chapter', () => {
    expect(chapterTitle('no-such-page' as ChapterSlug)).toBe('no-such-page');
  });

  it('give the sidebar one link per chapter and one group, led by its overview, per split chapter', () => {
    const sidebar = chapterSidebar();
    expect(sidebar[0]).toEqual({
      label: 'Architecture of feedforward networks',
      link: '/architecture/',
    });
    expect(sidebar.map((item) => item.label)).toEqual(
      chapters.filter((c) => c.part === undefined).map((c) => c.title),
    );
    const backprop = sidebar.find((item) => item.label === 'Backpropagation');
    expect(backprop).toEqual({
      label: 'Backpropagation',
      items: [
        { label: 'Overview', link: '/backpropagation/' },
        { label: 'The output weights', link: '/backpropagation/output-layer/' },
        { label: 'Output biases and matrices', link: '/backpropagation/output-matrices/' },
        { label: 'The hidden layer', link: '/backpropagation/hidden-layer/' },
        { label: 'Recursive local gradients', link: '/backpropagation/recursion/' },
        { label: 'Summing it up', link: '/backpropagation/summary/' },
        { label: 'Step by step', link: '/backpropagation/step-by-step/' },
      ],
    });
  });
});

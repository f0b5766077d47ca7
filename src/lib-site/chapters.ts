/** The book's chapters in reading order: the sidebar, the errata links and the checks use this one list. */
import type { ChapterSlug } from '../../lib/formulas/types.ts';

export interface Chapter {
  readonly slug: ChapterSlug;
  /** The page's full title, e.g. "Backpropagation: the output layer". */
  readonly title: string;
  /** Set for the parts of a chapter split over several pages: the sidebar groups them under it. */
  readonly part?: { readonly of: ChapterSlug; readonly label: string };
}

export const chapters: readonly Chapter[] = [
  { slug: 'architecture', title: 'Architecture of feedforward networks' },
  { slug: 'weights-and-biases', title: 'Weights and biases' },
  { slug: 'nonlinearity', title: 'The need for nonlinearity' },
  {
    slug: 'nonlinearity/softmax',
    title: 'The need for nonlinearity: softmax',
    part: { of: 'nonlinearity', label: 'Softmax' },
  },
  { slug: 'loss-functions', title: 'Loss functions' },
  { slug: 'optimization', title: 'Optimization refresher' },
  { slug: 'backpropagation', title: 'Backpropagation' },
  {
    slug: 'backpropagation/output-layer',
    title: 'Backpropagation: the output weights',
    part: { of: 'backpropagation', label: 'The output weights' },
  },
  {
    slug: 'backpropagation/output-matrices',
    title: 'Backpropagation: output biases and matrices',
    part: { of: 'backpropagation', label: 'Output biases and matrices' },
  },
  {
    slug: 'backpropagation/hidden-layer',
    title: 'Backpropagation: the hidden layer',
    part: { of: 'backpropagation', label: 'The hidden layer' },
  },
  {
    slug: 'backpropagation/recursion',
    title: 'Backpropagation: recursive local gradients',
    part: { of: 'backpropagation', label: 'Recursive local gradients' },
  },
  {
    slug: 'backpropagation/summary',
    title: 'Backpropagation: summing it up',
    part: { of: 'backpropagation', label: 'Summing it up' },
  },
];

/** The chapter's title, e.g. "Weights and biases". */
export function chapterTitle(slug: ChapterSlug): string {
  return chapters.find((c) => c.slug === slug)?.title ?? slug;
}

/** What the first page of a chapter with parts is called in the sidebar. */
const overviewLabel: Partial<Record<ChapterSlug, string>> = {
  nonlinearity: 'Linear collapse, sigmoid, tanh, ReLU',
};

type SidebarItem = { label: string; link: string } | { label: string; items: SidebarItem[] };

/** Starlight's sidebar entries for the chapters: a chapter with parts becomes a group. */
export function chapterSidebar(): SidebarItem[] {
  return chapters
    .filter((c) => c.part === undefined)
    .map(({ slug, title }) => {
      const parts = chapters.filter((c) => c.part?.of === slug);
      if (parts.length === 0) return { label: title, link: `/${slug}/` };
      return {
        label: title,
        items: [
          { label: overviewLabel[slug] ?? 'Overview', link: `/${slug}/` },
          ...parts.map((p) => ({ label: p.part!.label, link: `/${p.slug}/` })),
        ],
      };
    });
}

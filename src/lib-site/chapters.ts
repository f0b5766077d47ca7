/** The book's chapters in reading order: the sidebar, the errata links and the checks use this one list. */
import type { ChapterSlug } from '../../lib/formulas/types.ts';

export interface Chapter {
  readonly slug: ChapterSlug;
  /** The page's full title, e.g. "Backpropagation: the output layer". */
  readonly title: string;
  /** Set for the parts of a chapter split over several pages: the sidebar groups them under it. */
  readonly part?: { readonly of: ChapterSlug; readonly label: string };
}

/** A part of a chapter split over pages; its title is the chapter's, then the part's label. */
function part(of: ChapterSlug, ofTitle: string, slug: ChapterSlug, label: string): Chapter {
  return {
    slug,
    title: `${ofTitle}: ${label[0]!.toLowerCase()}${label.slice(1)}`,
    part: { of, label },
  };
}

const NONLINEARITY = 'The need for nonlinearity';
const BACKPROPAGATION = 'Backpropagation';

export const chapters: readonly Chapter[] = [
  { slug: 'architecture', title: 'Architecture of feedforward networks' },
  { slug: 'weights-and-biases', title: 'Weights and biases' },
  { slug: 'nonlinearity', title: NONLINEARITY },
  part('nonlinearity', NONLINEARITY, 'nonlinearity/softmax', 'Softmax'),
  { slug: 'loss-functions', title: 'Loss functions' },
  { slug: 'optimization', title: 'Optimization refresher' },
  { slug: 'backpropagation', title: BACKPROPAGATION },
  part('backpropagation', BACKPROPAGATION, 'backpropagation/output-layer', 'The output weights'),
  part(
    'backpropagation',
    BACKPROPAGATION,
    'backpropagation/output-matrices',
    'Output biases and matrices',
  ),
  part('backpropagation', BACKPROPAGATION, 'backpropagation/hidden-layer', 'The hidden layer'),
  part(
    'backpropagation',
    BACKPROPAGATION,
    'backpropagation/recursion',
    'Recursive local gradients',
  ),
  part('backpropagation', BACKPROPAGATION, 'backpropagation/summary', 'Summing it up'),
  part('backpropagation', BACKPROPAGATION, 'backpropagation/step-by-step', 'Step by step'),
];

/** The chapter's title, e.g. "Weights and biases". */
export function chapterTitle(slug: ChapterSlug): string {
  return chapters.find((c) => c.slug === slug)?.title ?? slug;
}

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
          { label: 'Overview', link: `/${slug}/` },
          ...parts.map((p) => ({ label: p.part!.label, link: `/${p.slug}/` })),
        ],
      };
    });
}

/** The book's chapters in reading order: the sidebar, the errata links and the checks use this one list. */
import type { ChapterSlug } from '../../lib/formulas/types.ts';

export const chapters: readonly { readonly slug: ChapterSlug; readonly title: string }[] = [
  { slug: 'architecture', title: 'Architecture of feedforward networks' },
  { slug: 'weights-and-biases', title: 'Weights and biases' },
  { slug: 'nonlinearity', title: 'The need for nonlinearity' },
  { slug: 'loss-functions', title: 'Loss functions' },
  { slug: 'optimization', title: 'Optimization refresher' },
  { slug: 'backpropagation', title: 'Backpropagation' },
];

/** The chapter's title, e.g. "Weights and biases". */
export function chapterTitle(slug: ChapterSlug): string {
  return chapters.find((c) => c.slug === slug)?.title ?? slug;
}

/**
 * What an erratum says beside an equation and on /errata/: a slip the post repeats is explained on
 * the first equation it touches and only named again on the later ones, with a reference back.
 */
import type { Formula } from '../../lib/formulas/types.ts';

/** A piece of an erratum: prose with `$…$` math, or a reference to the equation with this id. */
export type ErratumPart = { readonly prose: string } | { readonly ref: string };

/** Whether the book corrects this formula of the post. */
export function isCorrected(f: Formula): boolean {
  return f.post?.erratum !== undefined || f.post?.slip !== undefined;
}

/** The first formula, in book order, that makes the same slip as `f`; undefined without a slip. */
export function firstWithSlip(f: Formula, inOrder: readonly Formula[]): Formula | undefined {
  const slip = f.post?.slip;
  return slip && inOrder.find((g) => g.post?.slip?.id === slip.id);
}

/** The erratum of `f` as parts: the slip explained in full or named with a reference, then its own note. */
export function erratumParts(f: Formula, inOrder: readonly Formula[]): ErratumPart[] {
  const post = f.post;
  if (post === undefined) return [];
  const own: ErratumPart[] = post.erratum === undefined ? [] : [{ prose: post.erratum }];
  const slip = post.slip;
  if (slip === undefined) return own;
  const first = firstWithSlip(f, inOrder);
  if (first === undefined || first.id === f.id) return [{ prose: slip.explanation }, ...own];
  const reminder = `${slip.reminder[0]!.toUpperCase()}${slip.reminder.slice(1)}`;
  const refer: ErratumPart[] = [
    { prose: `${reminder}, as explained at ` },
    { ref: first.id },
    { prose: '.' },
  ];
  return post.erratum === undefined ? refer : [...refer, { prose: ` ${post.erratum}` }];
}

/** Every occurrence of each term wrapped, in one pass, in a KaTeX class the errata page highlights. */
export function markChanged(tex: string, terms: readonly string[]): string {
  if (terms.length === 0) return tex;
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return tex.replace(
    new RegExp(escaped.join('|'), 'g'),
    (term) => `{\\htmlClass{ff-changed}{${term}}}`,
  );
}

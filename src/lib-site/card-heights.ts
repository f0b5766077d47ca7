/**
 * Equation cards' heights as Chromium lays them out, measured on the built book by
 * `npm run measure:cards` (scripts/measure-cards.ts) at a phone's width and a desktop's, and kept
 * in card-heights.json. A card far off screen is not laid out (content-visibility: auto) and
 * takes the height reserved for it: the measured one where the card is still as it was measured
 * (its key matches), else card-size.ts's estimate. The closer the reservation, the less the page
 * moves as the reader scrolls cards into view (tests/browser/card-heights.test.ts holds them to it).
 */
import { createHash } from 'node:crypto';
import measured from './card-heights.json' with { type: 'json' };

/** A card's two measured content heights (without padding and borders), in rem (so they follow
 * the reader's font size). */
export interface CardHeights {
  /** At the phone layout (up to 30rem wide, where book.css sets math at the text's size). */
  readonly narrow: number;
  /** At the desktop layout (the chapters' column of 1280 px). */
  readonly wide: number;
}

interface Measured extends CardHeights {
  readonly key: string;
}

/** What a card's height depends on besides the page's styles: a change makes a new key. */
export function cardKey(parts: readonly (string | number | boolean | undefined)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** The measured heights of the card with this anchor, if it was measured as it is now. */
export function measuredHeights(
  anchor: string,
  key: string,
  table: Readonly<Record<string, Measured>> = measured as Record<string, Measured>,
): CardHeights | null {
  const entry = table[anchor];
  return entry !== undefined && entry.key === key
    ? { narrow: entry.narrow, wide: entry.wide }
    : null;
}

/**
 * The card's style: its measured heights as custom properties that book.css picks per layout,
 * or the estimated `contain-intrinsic-size` when there is no current measurement.
 */
export function cardStyle(heights: CardHeights | null, estimate: string): string {
  if (heights === null) return `contain-intrinsic-size: ${estimate}`;
  return `--ff-card-wide: ${heights.wide}rem; --ff-card-narrow: ${heights.narrow}rem`;
}

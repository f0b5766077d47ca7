import { describe, expect, it } from 'vitest';
import { listsSections } from '../../../src/lib-site/toc.ts';

interface Entry {
  children: Entry[];
}
const entry = (children: Entry[] = []): Entry => ({ children });

describe('listsSections', () => {
  it('is false for a list holding only the page title', () => {
    expect(listsSections([entry()])).toBe(false);
  });

  it('is false for an empty list', () => {
    expect(listsSections([])).toBe(false);
  });

  it('is true once the page has a heading beside its title', () => {
    expect(listsSections([entry(), entry()])).toBe(true);
  });

  it('is true when the headings sit under the title', () => {
    expect(listsSections([entry([entry()])])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { currentSection } from '../../../src/lib-site/reading-position.ts';

describe('currentSection', () => {
  it('is the first section before any heading reaches the reading line', () => {
    expect(currentSection([200, 900, 1600], 100)).toBe(0);
  });

  it('is the last heading that has passed the reading line', () => {
    expect(currentSection([-800, -100, 300], 100)).toBe(1);
  });

  it('counts a heading exactly on the line as passed, as following its link places it there', () => {
    expect(currentSection([-500, 100, 700], 100)).toBe(1);
  });

  it('is the last section once every heading has passed', () => {
    expect(currentSection([-2000, -1200, -40], 100)).toBe(2);
  });

  it('is the first section of a page without headings to track', () => {
    expect(currentSection([], 100)).toBe(0);
  });

  it('never gives an index past the last heading, even for a reading line at infinity', () => {
    expect(currentSection([-500, 100], Infinity)).toBe(1);
  });
});

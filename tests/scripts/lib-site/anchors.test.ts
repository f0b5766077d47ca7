import { describe, expect, it } from 'vitest';
import { uniqueId } from '../../../src/lib-site/anchors.ts';

describe('uniqueId', () => {
  it('gives the first use the key itself and later uses a numbered suffix', () => {
    const used = new Map<string, number>();
    expect([
      uniqueId(used, 'a'),
      uniqueId(used, 'b'),
      uniqueId(used, 'a'),
      uniqueId(used, 'a'),
    ]).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});

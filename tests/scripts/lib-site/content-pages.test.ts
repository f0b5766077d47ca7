import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPages } from '../../../src/lib-site/content-pages.ts';

describe('contentPages', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ff-pages-'));
    const files: Record<string, string> = {
      'top.md': 'not content',
      'content/b.md': 'B',
      'content/a/x.mdx': 'X',
      'content/notes.txt': 'not a page',
      'content/draft.md.orig': 'not a page either',
    };
    mkdirSync(join(root, 'content', 'a'), { recursive: true });
    mkdirSync(join(root, 'content', 'folder.md'));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads every .md and .mdx file under content/, nested ones included, sorted by path', () => {
    expect(contentPages(root)).toEqual([
      { file: 'content/a/x.mdx', text: 'X' },
      { file: 'content/b.md', text: 'B' },
    ]);
  });
});

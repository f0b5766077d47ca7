/** The book's pages as text (content/**.md and .mdx), for the formula check and the coverage summary. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Page {
  /** Path relative to the project root, e.g. content/nonlinearity.mdx. */
  readonly file: string;
  readonly text: string;
}

/** Every Markdown or MDX page under root/content, sorted by path. */
export function contentPages(root: string): Page[] {
  return readdirSync(join(root, 'content'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));
}

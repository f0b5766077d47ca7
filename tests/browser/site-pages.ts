/** The pages of the built site, found in dist/ rather than listed by hand, so a new page is tested too. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/**
 * URL paths of every HTML page in dist/ ('/', '/nonlinearity/', '/404.html', …), sorted.
 * PAGES=/nonlinearity/,/errata/ narrows a run to those pages while working on them.
 */
export function sitePages(dist = DIST): string[] {
  if (!existsSync(join(dist, 'index.html')) && !existsSync(join(dist, '404.html'))) {
    throw new Error(`${dist} has no built site: run \`npm run build\` before the browser tests.`);
  }
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) =>
      `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, ''),
    )
    .sort()
    .filter(
      (page) =>
        process.env['PAGES'] === undefined || process.env['PAGES'].split(',').includes(page),
    );
}

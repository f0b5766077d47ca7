/**
 * Build step: gives every built page its strict Content-Security-Policy (src/lib-site/strict-csp.ts
 * says how). It runs once the site is written, on the final HTML, so nothing added by another
 * step escapes it; `astro dev` is left alone (Vite's dev server injects inline code of its own).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { applyStrictCsp } from '../lib-site/strict-csp.ts';

export function strictCsp(): AstroIntegration {
  return {
    name: 'feedforward:strict-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter(
          (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
        );
        for (const file of pages) {
          const path = join(root, file);
          await writeFile(path, applyStrictCsp(await readFile(path, 'utf8')));
        }
        logger.info(`a strict Content-Security-Policy on ${pages.length} pages`);
      },
    },
  };
}

// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { strictCsp } from './src/integrations/strict-csp.ts';
import { chapterSidebar } from './src/lib-site/chapters.ts';

// Inline math in prose ($...$) is rendered to HTML at build time; the browser never runs KaTeX.
// Display equations come from the formula registry through <Formula>, not from Markdown.
/** @type {import('katex').KatexOptions} */
const katexOptions = { output: 'htmlAndMathml', throwOnError: true, strict: 'error' };

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  server: { host: '127.0.0.1', port: 4321 },
  // Every asset a file of its own, none inlined as a data: URL: the strict policy (strict-csp.ts)
  // loads fonts only from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Astro 7: one unified() processor serves both .md and .mdx (markdown-remark >= 7.3).
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, katexOptions]],
    }),
  },
  integrations: [
    starlight({
      title: 'Feedforward',
      description:
        'A literate, interactive textbook on the basics of neural networks: every equation beside the tested TypeScript that computes it.',
      favicon: '/favicon.svg',
      routeMiddleware: './src/route-data.ts',
      components: {
        Head: './src/components/Head.astro',
        TableOfContents: './src/components/toc/TableOfContents.astro',
        MobileTableOfContents: './src/components/toc/MobileTableOfContents.astro',
      },
      customCss: [
        'katex/dist/katex.min.css',
        './src/styles/book.css',
        './src/styles/reference-table.css',
        './src/styles/figures.css',
        './src/styles/widgets.css',
        './src/styles/widgets-charts.css',
        './src/styles/widgets-network.css',
        './src/styles/widgets-playground.css',
        './src/styles/print.css',
      ],
      sidebar: [
        { label: 'Home', link: '/' },
        ...chapterSidebar(),
        { label: 'The training playground', link: '/playground/' },
        { label: 'Notation', link: '/notation/' },
        { label: 'Errata', link: '/errata/' },
      ],
    }),
    mdx(),
    // Last: it rewrites the finished pages (style attributes to classes, the policy in <head>).
    strictCsp(),
  ],
});

/**
 * Starlight route middleware: a page without headings gets no "On this page" list, so no empty
 * right-hand column on wide screens and no sticky bar on phones (see src/lib-site/toc.ts). The
 * errata page's entries are drawn by a component, not written as Markdown headings, so they are
 * added to its list here.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { errataEntries } from './lib-site/errata-page.ts';
import { listsSections } from './lib-site/toc.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.toc !== undefined && route.id === 'errata') {
    const section = route.toc.items.find((item) => item.slug === 'slips-in-the-equations');
    section?.children.push(
      ...errataEntries().map(({ slug, text }) => ({ depth: 3, slug, text, children: [] })),
    );
  }
  if (route.toc !== undefined && !listsSections(route.toc.items)) route.toc = undefined;
});

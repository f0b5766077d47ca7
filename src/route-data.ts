/**
 * Starlight route middleware: a page without headings gets no "On this page" list, so no empty
 * right-hand column on wide screens and no sticky bar on phones (see src/lib-site/toc.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { listsSections } from './lib-site/toc.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.toc !== undefined && !listsSections(route.toc.items)) route.toc = undefined;
});

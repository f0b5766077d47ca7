/** Which widgets each built page carries, read from dist/ so a new widget is tested too. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, sitePages } from './site-pages.ts';

/** The `data-widget` ids on a built page, in document order. */
export function widgetsOn(path: string): string[] {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/\sdata-widget="([^"]+)"/g)].map((m) => m[1]!);
}

/** Every (page, widget) pair of the build. WIDGETS=neuron,softmax narrows a run. */
export function widgetPages(): { path: string; widget: string }[] {
  const only = process.env['WIDGETS']?.split(',');
  return sitePages()
    .flatMap((path) => widgetsOn(path).map((widget) => ({ path, widget })))
    .filter(({ widget }) => only === undefined || only.includes(widget));
}

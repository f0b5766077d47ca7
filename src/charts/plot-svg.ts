/**
 * Observable Plot, made fit for the book: one call draws a chart for a given `document` (the
 * browser's, or linkedom's at build time), so the figure a reader sees without JavaScript and the
 * live redraw are the same drawing. Plot numbers its clip paths from a global counter and adds a
 * <style> of its own; here ids are renamed from the chart's id (stable, unique per page) and the
 * style is left to the book's stylesheet (which also keeps a strict content security policy).
 */
import * as Plot from '@observablehq/plot';

export interface ChartFrame {
  /** Where elements are created: `window.document`, or a server-side one (server-document.ts). */
  readonly document: Document;
  /** Unique on the page; prefixes every id inside the chart. */
  readonly id: string;
  /** Short accessible name, and a sentence describing what the chart shows now. */
  readonly title: string;
  readonly desc: string;
  readonly width?: number;
  readonly height?: number;
}

/** Plot's own drawing of `options` in the frame's size and document, before the book's touches. */
function rawPlot(options: Plot.PlotOptions, frame: ChartFrame): SVGSVGElement {
  return Plot.plot({
    ...options,
    width: frame.width ?? 400,
    height: frame.height ?? 250,
    document: frame.document,
    className: 'ff-plot',
  }) as SVGSVGElement;
}

/** A Plot chart as a labelled SVG element with stable ids. */
export function plotSvg(options: Plot.PlotOptions, frame: ChartFrame): SVGSVGElement {
  return finish(rawPlot(options, frame), frame);
}

/** The frames drawn so far, per document and per options: a slider moves the data, not the axes. */
interface KeptFrame {
  readonly svg: SVGSVGElement;
  /** How many of its last children the marks drawn over the data made (see `over`). */
  readonly after: number;
}
const frames = new WeakMap<Document, Map<string, KeptFrame>>();
const FRAMES_KEPT = 16;

/**
 * The same chart as plotSvg({ ...options, marks: [...frameMarks, ...dataMarks, ...over] }), drawn
 * in two parts: the frame marks (grid, axes: everything that depends on the options alone, and
 * `over`, which lie over the data) once per `key`, kept, and the data marks on every call, over
 * the same explicit scales with no axes of their own. Plot draws the marks in order, each in
 * children of its own, so the data's children put between the frame's are the whole chart's (a
 * test holds the two drawings equal). `options.x` and `options.y` must give explicit domains and
 * `options` every margin, so both parts share their scales and frame (without axes Plot would
 * choose other margins); `key` must tell apart every options and frame marks drawn (each chart
 * function prefixes its own name, so two kinds of chart never share a frame).
 */
export function plotSvgOverFrame(
  options: Plot.PlotOptions,
  frameMarks: readonly Plot.Markish[],
  dataMarks: readonly Plot.Markish[],
  frame: ChartFrame,
  key: string,
  over: readonly Plot.Markish[] = [],
): SVGSVGElement {
  const { marginTop, marginRight, marginBottom, marginLeft } = options;
  if ([marginTop, marginRight, marginBottom, marginLeft].includes(undefined)) {
    throw new TypeError('plotSvgOverFrame: options must give all four margins');
  }
  let kept = frames.get(frame.document);
  if (kept === undefined) {
    kept = new Map();
    frames.set(frame.document, kept);
  }
  const frameKey = `${frame.width ?? 400}x${frame.height ?? 250} ${key}`;
  let base = kept.get(frameKey);
  if (base === undefined) {
    const svg = rawPlot({ ...options, marks: [...frameMarks, ...over] }, frame);
    const after =
      over.length === 0
        ? 0
        : svg.childNodes.length -
          rawPlot({ ...options, marks: [...frameMarks] }, frame).childNodes.length;
    base = { svg, after };
    if (kept.size >= FRAMES_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(frameKey, base);
  }
  const svg = base.svg.cloneNode(true) as SVGSVGElement;
  const data = rawPlot(
    {
      ...options,
      x: { ...(options.x as object), axis: null },
      y: { ...(options.y as object), axis: null },
      marks: [...dataMarks],
    },
    frame,
  );
  const before = svg.childNodes[svg.childNodes.length - base.after] ?? null;
  for (const child of [...data.childNodes]) {
    if (child.nodeName !== 'style') svg.insertBefore(child, before);
  }
  return finish(svg, frame);
}

/** The book's touches: no style of Plot's, no stray aria-labels, stable ids, a title and desc. */
function finish(svg: SVGSVGElement, frame: ChartFrame): SVGSVGElement {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  // Plot names its groups with aria-label ("x-axis tick", "line"); inside one role="img" those
  // names are never read, and on an element without a role ARIA forbids them (axe: aria-prohibited-attr).
  for (const el of [...svg.querySelectorAll('[aria-label]')]) el.removeAttribute('aria-label');
  renameIds(svg, frame.id);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${frame.id}-title ${frame.id}-desc`);
  svg.setAttribute('id', frame.id);
  const ns = 'http://www.w3.org/2000/svg';
  const title = frame.document.createElementNS(ns, 'title');
  title.setAttribute('id', `${frame.id}-title`);
  title.textContent = frame.title;
  const desc = frame.document.createElementNS(ns, 'desc');
  desc.setAttribute('id', `${frame.id}-desc`);
  desc.textContent = frame.desc;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  return svg;
}

/** Renames every id inside `svg` to `${prefix}-k` (k in document order) and the references to it. */
export function renameIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const el of [...svg.querySelectorAll('[id]')]) {
    const old = el.getAttribute('id') ?? '';
    const next = `${prefix}-${renamed.size + 1}`;
    renamed.set(old, next);
    el.setAttribute('id', next);
  }
  if (renamed.size === 0) return;
  for (const el of [...svg.querySelectorAll('[clip-path], [mask], [href], [marker-end]')]) {
    for (const attr of ['clip-path', 'mask', 'marker-end']) {
      const value = el.getAttribute(attr);
      const match = value?.match(/^url\(#(.+)\)$/);
      const to = match ? renamed.get(match[1]!) : undefined;
      if (to !== undefined) el.setAttribute(attr, `url(#${to})`);
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#') && renamed.has(href.slice(1))) {
      el.setAttribute('href', `#${renamed.get(href.slice(1))}`);
    }
  }
}

export { Plot };

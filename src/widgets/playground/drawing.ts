/**
 * The playground's two drawings as SVG text: the network (a square per node, a curve per
 * connection whose width and colour show its weight) and the points on the plane. The server
 * renders them into the page, so it shows the data and the untrained network without JavaScript;
 * the element replaces them with the same functions when the network's shape or the data change,
 * and restyles the curves as the weights move (linkStyle).
 */
import { escapeHtml } from '../../lib-site/rows.ts';
import { features } from '../../../lib/playground/features.ts';
import { DOMAIN, type Point } from '../../../lib/playground/points.ts';
import { CLASS_COLOURS, LIGHT_HEAT, shadeColour, shadeIndex } from './colours.ts';
import { linkWidth, type NetworkLayout } from './network-layout.ts';
import type { Session } from './session.ts';

/** The colours of a positive and a negative weight: Playground's blue and orange. */
export const POSITIVE = '#0877bd';
export const NEGATIVE = '#f59322';

/** The stroke of a connection of weight w: its width and colour (orange below zero, blue above). */
export function linkStyle(w: number): { width: number; colour: string } {
  return { width: linkWidth(w), colour: w < 0 ? NEGATIVE : POSITIVE };
}

/** W(l)[i][j] of the network. */
export function weightOf(session: Session, l: number, i: number, j: number): number {
  const layer = session.trainer.net.layers[l - 1]!;
  return layer.weights[i * layer.nOut + j]!;
}

/** The label of node j of layer l: the feature's name for an input, else nothing (its map says it). */
function nodeLabel(session: Session, l: number, j: number): string {
  return l === 0 ? features[session.features[j]!].label : '';
}

/**
 * The network's SVG: curves first (under the nodes), each with `data-link="l,i,j"`; then each node's
 * square with `data-node="l,j"`. The node maps are canvases laid over the squares by the page.
 */
export function drawNetworkSvg(session: Session, layout: NetworkLayout): string {
  const links = layout.links
    .map(({ layer, from, to, d }) => {
      const { width, colour } = linkStyle(weightOf(session, layer, from, to));
      return `<path data-link="${layer},${from},${to}" d="${d}" stroke="${colour}" stroke-width="${width}"/>`;
    })
    .join('');
  const nodes = layout.nodes
    .flat()
    .map(({ layer, index, x, y, size }) => {
      const label = nodeLabel(session, layer, index);
      const text =
        label === ''
          ? ''
          : `<text x="${x - 6}" y="${y + size / 2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(label)}</text>`;
      return `<rect data-node="${layer},${index}" x="${x}" y="${y}" width="${size}" height="${size}" rx="3"/>${text}`;
    })
    .join('');
  const label = `The network: ${session.sizes.join(', ')} nodes from the inputs to the output`;
  return (
    `<svg class="ff-pg-network-svg" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${label}">` +
    `<g class="ff-pg-links" fill="none">${links}</g><g class="ff-pg-nodes">${nodes}</g></svg>`
  );
}

/** A point's position in the map's own units: [0, 100] across, row 0 (x₂ = +6) at the top. */
export function pointPosition(p: Point): { cx: number; cy: number } {
  const scale = 100 / (2 * DOMAIN);
  const round = (v: number) => Math.round(v * 100) / 100;
  return { cx: round((p.x1 + DOMAIN) * scale), cy: round((DOMAIN - p.x2) * scale) };
}

/** Where a click at a fraction (u, v) of the map's box falls on the plane. */
export function planeAt(u: number, v: number): { x1: number; x2: number } {
  return { x1: -DOMAIN + 2 * DOMAIN * u, x2: DOMAIN - 2 * DOMAIN * v };
}

/** The fill of a point: its class's colour, or for regression its value on the heat scale. */
export function pointColour(p: Point, regression: boolean): string {
  if (!regression) return CLASS_COLOURS[p.label % CLASS_COLOURS.length]!;
  const [r, g, b] = shadeColour(LIGHT_HEAT, shadeIndex(p.label));
  return `rgb(${r},${g},${b})`;
}

/**
 * The points' SVG over the heat map: training points with a white ring, test points (drawn only
 * when shown) with a dark one, each `data-set` train or test.
 */
export function drawPointsSvg(session: Session, showTest: boolean): string {
  const regression = session.data.kind === 'regression';
  const test = showTest ? `<g data-set="test">${circles(session.test, regression)}</g>` : '';
  const counts = `${session.train.length} training points${showTest ? ` and ${session.test.length} test points` : ''}`;
  return (
    `<svg class="ff-pg-points" viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-label="${counts} on the plane from −6 to 6">` +
    `<g data-set="train">${circles(session.train, regression)}</g>${test}</svg>`
  );
}

/**
 * The reader's unfinished set (too few points, or one class) over the map: every point in one
 * `data-set="draft"` group, not yet split into training and test points.
 */
export function drawDraftPointsSvg(points: readonly Point[], regression: boolean): string {
  const count = points.length === 1 ? 'One point' : `${points.length} points`;
  return (
    `<svg class="ff-pg-points" viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-label="${count} of your own on the plane from −6 to 6, not yet trained on">` +
    `<g data-set="draft">${circles(points, regression)}</g></svg>`
  );
}

const circles = (points: readonly Point[], regression: boolean): string =>
  points
    .map((p) => {
      const { cx, cy } = pointPosition(p);
      return `<circle cx="${cx}" cy="${cy}" r="1.1" fill="${pointColour(p, regression)}"/>`;
    })
    .join('');

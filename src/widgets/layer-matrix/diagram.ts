/**
 * The 3 → 4 layer as a small network diagram beside the matrices, with the connections into
 * hidden node j highlighted: they carry column j of W(1), the row of Wᵀ that node j uses.
 */
import { networkDiagram } from '../../figures/network-diagram.ts';
import { drawNetworkDiagram } from '../../figures/network-diagram-svg.ts';
import { highlight } from '../architecture/highlight.ts';
import { N_IN, N_OUT } from './model.ts';

/** The diagram's geometry: two columns, narrow enough to sit beside the matrices. */
export const diagram = networkDiagram([N_IN, N_OUT], { width: 220 });

/** The diagram's content for node j, in `document` (the browser's, or linkedom's at build time). */
export function layerDiagram(document: Document, j: number): Element {
  // Drawn small, so no captions: the matrices beside it say what each column is.
  const g = drawNetworkDiagram(document, diagram, { nodeLabel: () => '' });
  highlight(g, { kind: 'node', l: 1, j });
  return g;
}

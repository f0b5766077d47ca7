/**
 * The words the architecture diagram carries: each node's accessible name, the captions under the
 * columns and the description of the whole drawing. Shared by the build-time SVG and the redraw.
 */
import type { DiagramText } from '../../figures/network-diagram-svg.ts';
import { layerKind, nodeName, symbolText } from './names.ts';

/** The diagram's text for a network of these sizes, with node `current` in the tab order. */
export function diagramText(
  sizes: readonly number[],
  current: readonly [number, number],
): DiagramText {
  const L = sizes.length - 1;
  return {
    nodeLabel: (node) => {
      const name = nodeName(sizes, node.layer, node.index);
      return `${symbolText(name.symbol)}: ${name.sentence}`;
    },
    caption: (l) => [l === 0 || l === L ? layerKind(l, L) : `hidden ${l}`, `n(${l}) = ${sizes[l]}`],
    captionMath: true,
    focusable: { current },
  };
}

/** One sentence describing the drawing, for the SVG's <desc>. */
export function diagramDescription(sizes: readonly number[]): string {
  const L = sizes.length - 1;
  const hidden = sizes.slice(1, -1);
  return (
    `${sizes.length} columns of nodes, left to right: ${sizes[0]} inputs, ` +
    `${hidden.length === 1 ? 'one hidden layer' : `${hidden.length} hidden layers`} of ${hidden.join(', ')} ` +
    `and ${sizes[L]} outputs. Every node is joined to every node of the next column. ` +
    'Tab to a node and use the arrow keys to move between nodes and hear their names.'
  );
}

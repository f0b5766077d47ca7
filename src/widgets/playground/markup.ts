/**
 * The parts of the playground whose markup depends on the run's shape, as HTML text: the network
 * (its SVG and a canvas over each node for the node's map), the per-layer +/− buttons, the weight
 * editor's list of parameters and the confusion table. The server renders them for the default
 * run and the element re-renders them with the same functions when the shape changes.
 */
import { features } from '../../../lib/playground/features.ts';
import { drawNetworkSvg } from './drawing.ts';
import { layoutNetwork, percentBox } from './network-layout.ts';
import { NODE_RESOLUTION, type Session } from './session.ts';

const pct = (v: number) => `${v}%`;

/**
 * The network's SVG with one canvas per node laid over its square, placed by `data-box` (left,
 * top, width, height in percent). The page's policy forbids style attributes in markup inserted
 * by script, so only the server's copy (`inlineStyle`, rewritten to classes at build) has them;
 * the element places its canvases with placeNodeMaps.
 */
export function networkMarkup(session: Session, inlineStyle = false): string {
  const layout = layoutNetwork(session.sizes);
  const canvases = layout.nodes
    .flat()
    .map((box) => {
      const [left, top, width, height] = percentBox(box, layout);
      const style = inlineStyle
        ? ` style="left:${pct(left)};top:${pct(top)};width:${pct(width)};height:${pct(height)}"`
        : '';
      return `<canvas class="ff-pg-node-map" data-node-map="${box.layer},${box.index}" data-box="${left},${top},${width},${height}" width="${NODE_RESOLUTION}" height="${NODE_RESOLUTION}"${style} aria-hidden="true"></canvas>`;
    })
    .join('');
  return drawNetworkSvg(session, layout) + canvases;
}

/** The +/− buttons of each hidden layer (1-based, as the book numbers layers). */
export function layerButtonsMarkup(shape: readonly number[]): string {
  return shape
    .map((n, k) => {
      const l = k + 1;
      return (
        `<span class="ff-pg-layer-button" role="group" aria-label="Hidden layer ${l}: ${n} node${n === 1 ? '' : 's'}">` +
        `<button type="button" data-action="add-node" data-layer="${l}" aria-label="Add a node to hidden layer ${l}"${n >= 8 ? ' disabled' : ''}>+</button>` +
        `<span aria-hidden="true">${n}</span>` +
        `<button type="button" data-action="remove-node" data-layer="${l}" aria-label="Remove a node from hidden layer ${l}"${n <= 1 ? ' disabled' : ''}>−</button>` +
        `</span>`
      );
    })
    .join('');
}

/** The name of node j of layer l as the editor lists it: a feature's label, or "node j of layer l". */
export function nodeName(session: Session, l: number, j: number): string {
  if (l === 0) return features[session.features[j]!].label;
  return l === session.sizes.length - 1 && session.sizes[l] === 1
    ? 'the output'
    : `node ${j + 1} of layer ${l}`;
}

/** One option per weight W(l)[i][j] (value `w:l,i,j`) and per bias b(l)[j] (value `b:l,j`). */
export function parameterOptions(session: Session): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  session.trainer.net.layers.forEach((layer, k) => {
    const l = k + 1;
    for (let i = 0; i < layer.nIn; i++)
      for (let j = 0; j < layer.nOut; j++)
        options.push({
          value: `w:${l},${i},${j}`,
          label: `W(${l})[${i}][${j}]: ${nodeName(session, l - 1, i)} → ${nodeName(session, l, j)}`,
        });
    for (let j = 0; j < layer.nOut; j++)
      options.push({
        value: `b:${l},${j}`,
        label: `b(${l})[${j}]: bias of ${nodeName(session, l, j)}`,
      });
  });
  return options;
}

/** A parameter option's value read back: a weight's (l, i, j) or a bias's (l, j). */
export function parseParameter(
  value: string,
): { kind: 'w'; l: number; i: number; j: number } | { kind: 'b'; l: number; j: number } | null {
  const w = /^w:(\d+),(\d+),(\d+)$/.exec(value);
  if (w) return { kind: 'w', l: Number(w[1]), i: Number(w[2]), j: Number(w[3]) };
  const b = /^b:(\d+),(\d+)$/.exec(value);
  if (b) return { kind: 'b', l: Number(b[1]), j: Number(b[2]) };
  return null;
}

/** The confusion table's rows: a header of predicted classes, then one row per true class. */
export function confusionMarkup(matrix: readonly (readonly number[])[]): string {
  const C = matrix.length;
  const head = `<tr><th scope="col">true \\ predicted</th>${Array.from({ length: C }, (_, c) => `<th scope="col">${c}</th>`).join('')}</tr>`;
  const rows = matrix
    .map(
      (row, r) =>
        `<tr><th scope="row">${r}</th>${row.map((n, c) => `<td${r === c ? ' class="ff-pg-hit"' : ''}>${n}</td>`).join('')}</tr>`,
    )
    .join('');
  return head + rows;
}

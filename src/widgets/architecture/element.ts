/**
 * <ff-architecture>: redraws the network when its shape changes and names the part under the
 * pointer or the keyboard focus. Nodes form one tab stop (a roving tabindex): arrow keys move
 * within a layer (up, down) and between layers (left, right), so a 6 × 8 network stays usable.
 */
import { networkDiagram } from '../../figures/network-diagram.ts';
import { drawNetworkDiagram } from '../../figures/network-diagram-svg.ts';
import { WidgetElement } from '../kit/widget-element.ts';
import { diagramDescription, diagramText } from './diagram-text.ts';
import { highlight, nameOf, partOf, showName, type Part } from './highlight.ts';
import {
  architecture,
  biasSum,
  unavailableActions,
  weightSum,
  type ArchitectureDerived,
  type ArchitectureState,
} from './model.ts';

const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

class ArchitectureElement extends WidgetElement<typeof architecture.params, ArchitectureDerived> {
  protected readonly model = architecture;
  /** The sizes the drawing shows, "3-4-2"; the built page's drawing is kept until they change. */
  private drawnShape = '';
  /** The node in the tab order, [l, j]. */
  private current: [number, number] = [0, 0];
  private sizes: readonly number[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const svg = this.svg();
    this.drawnShape = svg?.dataset['shape'] ?? '';
    svg?.addEventListener('pointerover', (e) => this.name(partOf(e.target as Element)));
    svg?.addEventListener('pointerleave', () => this.name(this.focusedPart()));
    svg?.addEventListener('focusin', (e) => this.onFocus(e.target as Element));
    svg?.addEventListener('focusout', () => this.name(null));
    svg?.addEventListener('keydown', (e) => this.onKey(e));
  }

  protected draw(d: ArchitectureDerived, s: ArchitectureState): void {
    this.sizes = d.sizes;
    const shape = d.sizes.join('-');
    if (shape !== this.drawnShape) this.redraw(d.sizes);
    this.drawnShape = shape;
    this.text('[data-terms="weights"]', weightSum(d));
    this.text('[data-terms="biases"]', biasSum(d));
    for (const row of this.querySelectorAll<HTMLElement>('[data-layer-row]')) {
      row.hidden = Number(row.dataset['layerRow']) > s.hidden.length;
    }
    const off = unavailableActions(s);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      const action = button.dataset['action'] ?? '';
      if (action !== 'reset') button.disabled = off.has(action);
    }
  }

  /** Rebuilds the drawing for new sizes, keeping the focused node (or its nearest survivor). */
  private redraw(sizes: readonly number[]): void {
    const svg = this.svg();
    if (svg === null) return;
    const hadFocus = svg.contains(document.activeElement);
    const l = Math.min(this.current[0], sizes.length - 1);
    this.current = [l, Math.min(this.current[1], sizes[l]! - 1)];
    const content = drawNetworkDiagram(
      document,
      networkDiagram(sizes),
      diagramText(sizes, this.current),
    );
    svg.querySelector('.ff-net')?.replaceWith(content);
    svg.dataset['shape'] = sizes.join('-');
    this.text('[data-diagram-desc]', diagramDescription(sizes));
    if (hadFocus) this.focusNode(this.current);
    else this.name(null);
  }

  private onFocus(target: Element): void {
    const part = partOf(target);
    if (part?.kind !== 'node') return;
    this.current = [part.l, part.j];
    this.name(part);
  }

  private onKey(event: KeyboardEvent): void {
    const move = MOVES[event.key];
    const part = partOf(event.target as Element);
    if (move === undefined || part?.kind !== 'node') return;
    event.preventDefault();
    const l = Math.min(this.sizes.length - 1, Math.max(0, part.l + move[0]));
    const j = Math.min(this.sizes[l]! - 1, Math.max(0, part.j + move[1]));
    this.focusNode([l, j]);
  }

  /** Moves the single tab stop to node [l, j] and focuses it. */
  private focusNode([l, j]: readonly [number, number]): void {
    const svg = this.svg();
    const next = svg?.querySelector<SVGElement>(`[data-node="${l},${j}"]`);
    if (svg === null || next === null || next === undefined) return;
    for (const node of svg.querySelectorAll('[data-node]')) node.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    this.current = [l, j];
    next.focus();
  }

  private focusedPart(): Part | null {
    return partOf(this.svg()?.contains(document.activeElement) ? document.activeElement : null);
  }

  /** Names `part` below the drawing and highlights it, or clears both. */
  private name(part: Part | null): void {
    const svg = this.svg();
    // Before the first draw the element does not know the sizes yet; the pointer can wait.
    if (svg === null || this.sizes.length === 0) return;
    highlight(svg, part);
    const target = this.querySelector<HTMLElement>('[data-naming]');
    if (target === null || part === null) return;
    showName(target, nameOf(this.sizes, part));
  }

  private svg(): SVGSVGElement | null {
    return this.querySelector<SVGSVGElement>('svg[data-diagram]');
  }
}

customElements.define('ff-architecture', ArchitectureElement);

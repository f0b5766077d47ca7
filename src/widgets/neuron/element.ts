/** <ff-neuron>: redraws the one-neuron diagram; each connection's width follows |wᵢxᵢ|. */
import { WidgetElement } from '../kit/widget-element.ts';
import { neuron, type NeuronDerived } from './model.ts';

class NeuronElement extends WidgetElement<typeof neuron.params, NeuronDerived> {
  protected readonly model = neuron;

  protected draw(d: NeuronDerived): void {
    const largest = Math.max(1, ...d.products.map(Math.abs));
    d.products.forEach((p, i) => {
      const edge = this.querySelector<SVGLineElement>(`[data-edge="${i}"]`);
      if (edge === null) return;
      // Width through CSSOM, not a style attribute, so the page's CSP needs no 'unsafe-inline'.
      edge.style.strokeWidth = String(1 + (4 * Math.abs(p)) / largest);
      edge.classList.toggle('ff-negative', p < 0);
    });
  }
}

customElements.define('ff-neuron', NeuronElement);

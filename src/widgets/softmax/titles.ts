/** The charts' accessible names, shared by the server render and the live redraw. */
export const BARS_TITLE = 'Softmax probabilities, one bar per class';
export const JACOBIAN_TITLE = 'The softmax Jacobian as a heat map, its values in the cells';

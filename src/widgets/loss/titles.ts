/** The charts' accessible names, shared by the server render and the live redraw. */
export const CURVES_TITLE =
  'Cross-entropy and squared error as the correct class’s probability p moves';
export const PREDICTION_TITLE = 'The prediction, one bar per class';

/** The charts' accessible names and sizes, shared by the server render and the live redraw. */
export const CURVES_TITLE =
  'Cross-entropy and squared error as the correct class’s probability p moves';
export const PREDICTION_TITLE = 'The prediction, one bar per class';
/** The prediction's bars: narrower than the curves, so its text is not scaled down beside them. */
export const PREDICTION_SIZE = { width: 280, height: 200 } as const;

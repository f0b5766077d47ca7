export {
  predict,
  predictMany,
  loss,
  gradients,
  trainStep,
  train,
  type TrainOptions,
} from './api.ts';
export { backward } from './backward.ts';
export { createNetwork, type NetworkSpec } from './create.ts';
export { forward } from './forward.ts';
export {
  gradientCheck,
  maxRelativeError,
  numericGradients,
  GRADIENT_CHECK_TOLERANCE,
  RELATIVE_ERROR_FLOOR,
  type GradientCheck,
} from './gradient-check.ts';
export { fromJSON, toJSON, type NetworkJSON } from './json.ts';
export {
  regularizations,
  regularizationNames,
  regularizationPenalty,
  isRegularizationName,
  type Regularization,
  type RegularizationName,
  type RegularizationSetting,
} from './regularization.ts';
export type { Rows } from './samples.ts';
export {
  layerBiases,
  layerSizes,
  layerWeights,
  type BackwardResult,
  type DenseLayer,
  type ForwardCache,
  type LayerGradient,
  type Network,
} from './types.ts';

/**
 * Every widget of the book by id: the pure model behind each `data-widget` hook. The widget check
 * (scripts/check-widgets.ts) and the browser tests read it, so a widget cannot appear on a page
 * without its model being tested against what the page shows.
 */
import type { WidgetModel } from './kit/model.ts';
import type { ParamTable } from './kit/params.ts';
import { activationExplorer } from './activation/model.ts';
import { architecture } from './architecture/model.ts';
import { collapse } from './collapse/model.ts';
import { deltas } from './deltas/model.ts';
import { descent } from './descent/model.ts';
import { gradmatrix } from './gradmatrix/model.ts';
import { layerMatrix } from './layer-matrix/model.ts';
import { lossWidget } from './loss/model.ts';
import { neuron } from './neuron/model.ts';
import { softmaxWidget } from './softmax/model.ts';
import { step } from './step/model.ts';
import { training } from './training/model.ts';
import { update } from './update/model.ts';
import { wiggleHidden, wiggleOutput } from './wiggle-weight/model.ts';

/** A model seen from outside: states are whatever its own table reads from an address. */
export type AnyWidgetModel = WidgetModel<ParamTable, unknown>;

/** Forgets a model's own state type, which only the model and its element need. */
const entry = <T extends ParamTable, D>(model: WidgetModel<T, D>): [string, AnyWidgetModel] => [
  model.id,
  model as unknown as AnyWidgetModel,
];

export const widgetModels: Readonly<Record<string, AnyWidgetModel>> = Object.fromEntries([
  entry(neuron),
  entry(activationExplorer),
  entry(softmaxWidget),
  entry(lossWidget),
  entry(descent),
  entry(collapse),
  entry(update),
  entry(deltas),
  entry(gradmatrix),
  entry(training),
  entry(architecture),
  entry(layerMatrix),
  entry(wiggleOutput),
  entry(wiggleHidden),
  entry(step),
]);

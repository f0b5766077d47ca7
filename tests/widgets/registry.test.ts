import { describe, expect, it } from 'vitest';
import { activationExplorer } from '../../src/widgets/activation/model.ts';
import { architecture } from '../../src/widgets/architecture/model.ts';
import { collapse } from '../../src/widgets/collapse/model.ts';
import { deltas } from '../../src/widgets/deltas/model.ts';
import { descent } from '../../src/widgets/descent/model.ts';
import { gradmatrix } from '../../src/widgets/gradmatrix/model.ts';
import { layerMatrix } from '../../src/widgets/layer-matrix/model.ts';
import { lossWidget } from '../../src/widgets/loss/model.ts';
import { neuron } from '../../src/widgets/neuron/model.ts';
import { widgetModels } from '../../src/widgets/registry.ts';
import { softmaxWidget } from '../../src/widgets/softmax/model.ts';
import { step } from '../../src/widgets/step/model.ts';
import { training } from '../../src/widgets/training/model.ts';
import { update } from '../../src/widgets/update/model.ts';
import { wiggleHidden, wiggleOutput } from '../../src/widgets/wiggle-weight/model.ts';

describe('the widget registry', () => {
  it('holds each of the book’s fifteen widget models under its own id, and nothing else', () => {
    const models = [
      neuron,
      activationExplorer,
      softmaxWidget,
      lossWidget,
      descent,
      collapse,
      update,
      deltas,
      gradmatrix,
      training,
      architecture,
      layerMatrix,
      wiggleOutput,
      wiggleHidden,
      step,
    ];
    expect(Object.keys(widgetModels)).toEqual(models.map((m) => m.id));
    for (const model of models) expect(widgetModels[model.id], model.id).toBe(model);
    expect(new Set(Object.keys(widgetModels)).size).toBe(15);
  });
});

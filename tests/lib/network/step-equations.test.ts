import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_X, EXAMPLE_Y, exampleNetwork } from '../../../lib/examples.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { fromJSON, NETWORK_FORMAT, type NetworkJSON } from '../../../lib/network/json.ts';
import { MISTAKES, mistakeById, type Mistake } from '../../../lib/network/mistakes.ts';
import { texNumber } from '../../../lib/network/step-equations.ts';
import { stepThrough, type BackpropStep } from '../../../lib/network/step-through.ts';

const t = texNumber;
/** A factor as the equations write it: a negative number in parentheses. */
const f = (v: number) => (v < 0 ? `(${t(v)})` : t(v));

/** The step of `kind` on layer l. */
const stepOf = (steps: readonly BackpropStep[], kind: BackpropStep['kind'], l: number) =>
  steps.find((s) => s.kind === kind && s.layer === l)!;

// 1 → 1 → 1: tanh hidden node, sigmoid output, squared error; small enough to read every line.
const tiny: NetworkJSON = {
  format: NETWORK_FORMAT,
  layers: [
    { weights: [[0.5]], biases: [-0.25], activation: 'tanh' },
    { weights: [[-2]], biases: [0.1], activation: 'sigmoid' },
  ],
  loss: { name: 'mse' },
};

describe('the equations of one backpropagation, number by number (1-1-1, tanh, sigmoid, mse)', () => {
  // Computed in each test, not once for the block: a mutation test changes the code per test.
  const tinyRun = () => {
    const run = stepThrough(fromJSON(tiny), [1.5], [1], 0.5);
    return {
      run,
      a1: run.cache.a[1]![0]!,
      z1: run.cache.z[1]![0]!,
      z2: run.cache.z[2]![0]!,
      d1: run.back.deltas[1]![0]!,
      d2: run.back.deltas[2]![0]!,
    };
  };

  it('writes the forward pass of each layer with its weights, input, bias and φ', () => {
    const { run, a1, z1 } = tinyRun();
    const s1 = stepOf(run.steps, 'forward', 1);
    expect(s1.title).toBe('Forward pass, layer 1: a(1) and z(1)');
    expect(s1.equation).toEqual({
      tex: String.raw`a^{(1)}=\left(W^{(1)}\right)^{T}z^{(0)}+b^{(1)},\quad z^{(1)}=\phi^{(1)}\left(a^{(1)}\right)`,
      formula: 'layer-1-preactivation',
    });
    expect(s1.substituted).toEqual([
      String.raw`a^{(1)}_{0}=0.5\cdot1.5+(-0.25)=${t(a1)},\quad z^{(1)}_{0}=\tanh(${t(a1)})=${t(z1)}`,
    ]);
    const s2 = stepOf(run.steps, 'forward', 2);
    expect(s2.equation.formula).toBe('layer-2-preactivation');
    expect(s2.equation.tex).toContain(String.raw`z^{(1)}+b^{(2)}`);
    expect(s2.substituted[0]).toContain(String.raw`z^{(2)}_{0}=\sigma(`);
  });

  it('writes the squared error with the target and the output', () => {
    const { run, z2 } = tinyRun();
    const s = stepOf(run.steps, 'loss', 2);
    expect(s.title).toBe('The loss');
    expect(s.equation.formula).toBe('output-squared-error');
    expect(s.substituted).toEqual([
      String.raw`\mathcal{L}=\tfrac{1}{2}\left[(1-${f(z2)})^2\right]=${t(run.loss)}`,
    ]);
  });

  it('writes δ(L) as (y − z) times the slope of the output φ', () => {
    const { run, z2, d2 } = tinyRun();
    const s = stepOf(run.steps, 'outputDelta', 2);
    expect(s.title).toBe('Output local gradients δ(2)');
    expect(s.equation).toEqual({
      tex: String.raw`\delta^{(2)}_{j}=(y_j-z_j)\,\phi'^{(2)}\left(a^{(2)}_{j}\right)`,
      formula: 'output-delta-vector',
    });
    expect(s.substituted).toEqual([
      String.raw`\delta^{(2)}_{0}=${f(1 - z2)}\cdot${f(z2 * (1 - z2))}=${t(d2)}`,
    ]);
  });

  it('writes the hidden δ by the recursion: the weighted sum of the next δ, times φ′', () => {
    const { run, z1, d1, d2 } = tinyRun();
    const s = stepOf(run.steps, 'hiddenDelta', 1);
    expect(s.title).toBe('Local gradients δ(1) by the recursion');
    expect(s.equation).toEqual({
      tex: String.raw`\delta^{(1)}_{j}=\left(\sum_{k}w^{(2)}_{jk}\,\delta^{(2)}_{k}\right)\phi'^{(1)}\left(a^{(1)}_{j}\right)`,
      formula: 'hidden-local-gradient',
    });
    expect(s.substituted).toEqual([
      String.raw`\delta^{(1)}_{0}=\left((-2)\cdot${f(d2)}\right)\phi'^{(1)}=${f(-2 * d2)}\cdot${f(1 - z1 * z1)}=${t(d1)}`,
    ]);
  });

  it('writes each gradient as −z δ and −δ, naming the output layer’s and the hidden layer’s formula', () => {
    const { run, z1, d2 } = tinyRun();
    const s2 = stepOf(run.steps, 'gradients', 2);
    expect(s2.title).toBe('Gradients of layer 2: ∂L/∂W(2) and ∂L/∂b(2)');
    expect(s2.equation.formula).toBe('output-weight-gradient-matrix');
    expect(s2.equation.tex).toContain(String.raw`=-z^{(1)}_{i}\,\delta^{(2)}_{j}`);
    expect(s2.substituted).toEqual([
      String.raw`\frac{\partial\mathcal{L}}{\partial w^{(2)}_{00}}=-${f(z1)}\cdot${f(d2)}=${t(-z1 * d2)}`,
      String.raw`\frac{\partial\mathcal{L}}{\partial b^{(2)}_{0}}=-${f(d2)}=${t(-d2)}`,
    ]);
    expect(stepOf(run.steps, 'gradients', 1).equation.formula).toBe('hidden-weight-gradient');
  });

  it('writes each update as the old value plus its step', () => {
    const { run } = tinyRun();
    const s = stepOf(run.steps, 'update', 1);
    const u = run.updates[0]!;
    expect(s.title).toBe('Update of layer 1 with η = 0.5');
    expect(s.equation).toEqual({
      tex: String.raw`W^{(1)}:=W^{(1)}+\eta\,z^{(0)}\left(\delta^{(1)}\right)^{T},\quad b^{(1)}:=b^{(1)}+\eta\,\delta^{(1)}`,
      formula: 'weight-update',
    });
    expect(s.substituted).toEqual([
      String.raw`w^{(1)}_{00}:=0.5+${f(u.weightSteps![0]![0]!)}=${t(u.weights![0]![0]!)}`,
      String.raw`b^{(1)}_{0}:=-0.25+${f(u.biasSteps[0]!)}=${t(u.biases[0]!)}`,
    ]);
    expect('note' in s).toBe(false);
  });
});

describe('the equations of the other outputs and losses', () => {
  // 1 → 2 softmax under cross-entropy.
  const softmax: NetworkJSON = {
    format: NETWORK_FORMAT,
    layers: [{ weights: [[1, -1]], biases: [0, 0.5], activation: 'softmax' }],
    loss: { name: 'crossEntropy' },
  };

  it('writes softmax by its node, the cross-entropy terms, and the fused δ = y − z', () => {
    const run = stepThrough(fromJSON(softmax), [0.5], [0, 1], 0.1);
    const z = run.cache.z[1]!;
    expect(stepOf(run.steps, 'forward', 1).substituted[1]).toBe(
      String.raw`a^{(1)}_{1}=(-1)\cdot0.5+0.5=0,\quad z^{(1)}_{1}=\mathrm{softmax}(a^{(1)})_{1}=${t(z[1]!)}`,
    );
    const loss = stepOf(run.steps, 'loss', 1);
    expect(loss.equation.formula).toBe('cross-entropy');
    expect(loss.substituted).toEqual([
      String.raw`\mathcal{L}=-\left[0\ln${f(z[0]!)}+1\ln${f(z[1]!)}\right]=${t(run.loss)}`,
    ]);
    const delta = stepOf(run.steps, 'outputDelta', 1);
    expect(delta.title).toBe('Output local gradients δ(1)');
    expect(delta.equation).toEqual({
      tex: String.raw`\Delta^{(1)}=Y-Z^{(1)}`,
      formula: 'local-gradient-recursion',
    });
    expect(delta.substituted).toEqual([
      String.raw`\delta^{(1)}_{0}=0-${f(z[0]!)}=${t(-z[0]!)}`,
      String.raw`\delta^{(1)}_{1}=1-${f(z[1]!)}=${t(1 - z[1]!)}`,
    ]);
  });

  it('writes a softmax δ not fused with its loss through the Jacobian, term by term', () => {
    const run = stepThrough(
      fromJSON(softmax),
      [0.5],
      [0, 1],
      0.1,
      mistakeById('softmaxElementwise'),
    );
    const z = run.cache.z[1]!;
    const g = [0, 1 / z[1]!]; // −∂L/∂z = y/z
    const J = [0, 1].map((j) => [0, 1].map((k) => (j === k ? z[j]! * (1 - z[j]!) : 0)));
    const s = stepOf(run.steps, 'outputDelta', 1);
    expect(s.title).toBe('Output local gradients δ(1)');
    expect(s.equation.tex).toBe(
      String.raw`\Delta^{(1)}=\left(\frac{\partial z^{(1)}}{\partial a^{(1)}}\right)^{T}\left(-\frac{\partial\mathcal{L}}{\partial z^{(1)}}\right)`,
    );
    expect(s.equation.formula).toBe('local-gradient-recursion');
    expect(s.substituted[1]).toBe(
      String.raw`\delta^{(1)}_{1}=${f(J[0]![1]!)}\cdot${f(g[0]!)}+${f(J[1]![1]!)}\cdot${f(g[1]!)}=${t(run.back.deltas[1]![1]!)}`,
    );
  });

  it('writes one sigmoid output’s cross-entropy with both classes, in the log base of the loss', () => {
    const bce = (base?: number): NetworkJSON => ({
      format: NETWORK_FORMAT,
      layers: [{ weights: [[2]], biases: [-1], activation: 'sigmoid' }],
      loss: base === undefined ? { name: 'crossEntropy' } : { name: 'crossEntropy', base },
    });
    const run = stepThrough(fromJSON(bce()), [1], [1], 0.1);
    const z = run.cache.z[1]![0]!;
    const loss = stepOf(run.steps, 'loss', 1);
    expect(loss.equation.formula).toBe('binary-cross-entropy');
    expect(loss.substituted).toEqual([
      String.raw`\mathcal{L}=-\left[1\ln${f(z)}+(1-1)\ln(1-${f(z)})\right]=${t(run.loss)}`,
    ]);
    // Fused with its loss, the one sigmoid output's δ = y − z is still shown as −∂L/∂z times φ′.
    const delta = stepOf(run.steps, 'outputDelta', 1);
    expect(delta.equation.formula).toBe('output-delta-vector');
    expect(delta.substituted).toEqual([
      String.raw`\delta^{(1)}_{0}=${f(1 / z)}\cdot${f(z * (1 - z))}=${t(run.back.deltas[1]![0]!)}`,
    ]);
    const ten = stepThrough(fromJSON(bce(10)), [1], [1], 0.1);
    expect(stepOf(ten.steps, 'loss', 1).substituted[0]).toContain(String.raw`1\log_{10}`);
    // Without its fused form, δ is −∂L/∂z times φ′, and the equation says so.
    const unfused = stepThrough(fromJSON(bce()), [1], [1], 0.1, mistakeById('outputNoDerivative'));
    expect(stepOf(unfused.steps, 'outputDelta', 1).equation.tex).toBe(
      String.raw`\delta^{(1)}_{j}=\left(-\frac{\partial\mathcal{L}}{\partial z_j}\right)\,\phi'^{(1)}\left(a^{(1)}_{j}\right)`,
    );
    expect(stepOf(unfused.steps, 'outputDelta', 1).substituted[0]).toBe(
      String.raw`\delta^{(1)}_{0}=${f(1 / z)}\cdot1=${t(unfused.back.deltas[1]![0]!)}`,
    );
  });

  it('says where a hidden softmax passes its δ: through the Jacobian', () => {
    const json: NetworkJSON = {
      format: NETWORK_FORMAT,
      layers: [
        { weights: [[1, -1]], biases: [0, 0], activation: 'softmax' },
        { weights: [[1], [2]], biases: [0], activation: 'linear' },
      ],
      loss: { name: 'mse' },
    };
    const run = stepThrough(fromJSON(json), [0.5], [1], 0.1);
    expect(stepOf(run.steps, 'hiddenDelta', 1).substituted[0]).toMatch(
      /\\phi'\^\{\(1\)\}\\;\\text\{through the Jacobian\}=/,
    );
  });

  it('joins the terms of a sum with +, one per input, output or next node (the book’s 3-4-2)', () => {
    const net = exampleNetwork();
    const run = stepThrough(net, EXAMPLE_X, EXAMPLE_Y, 0.1);
    const W1 = net.layers[0]!;
    const terms = EXAMPLE_X.map((x, i) => `${f(W1.weights[i * 4]!)}\\cdot${f(x)}`).join('+');
    const first = stepOf(run.steps, 'forward', 1).substituted[0]!;
    expect(first.startsWith(`a^{(1)}_{0}=${terms}+`), first).toBe(true);
    const z = run.cache.z[2]!;
    expect(stepOf(run.steps, 'loss', 2).substituted[0]).toBe(
      String.raw`\mathcal{L}=\tfrac{1}{2}\left[(${t(EXAMPLE_Y[0]!)}-${f(z[0]!)})^2+(${t(EXAMPLE_Y[1]!)}-${f(z[1]!)})^2\right]=${t(run.loss)}`,
    );
    const W2 = net.layers[1]!;
    const d2 = run.back.deltas[2]!;
    const next = d2.map((d, k) => `${f(W2.weights[k]!)}\\cdot${f(d)}`).join('+');
    expect(stepOf(run.steps, 'hiddenDelta', 1).substituted[0]).toContain(
      String.raw`\delta^{(1)}_{0}=\left(${next}\right)`,
    );
  });

  it('notes why a transposed update of a layer that is not square cannot be carried out', () => {
    const run = stepThrough(
      exampleNetwork(),
      EXAMPLE_X,
      EXAMPLE_Y,
      0.1,
      mistakeById('transposedUpdate'),
    );
    const s = stepOf(run.steps, 'update', 1);
    expect(s.note).toBe(run.updates[0]!.refused);
    expect(s.substituted.every((line) => line.startsWith('b^{(1)}'))).toBe(true);
  });
});

describe('every equation the step-through writes', () => {
  const cases: [
    string,
    NetworkJSON | 'example' | 'softmax',
    readonly number[],
    readonly number[],
  ][] = [
    ['the book’s example', 'example', EXAMPLE_X, EXAMPLE_Y],
    ['the book’s example with softmax', 'softmax', EXAMPLE_X, EXAMPLE_Y],
    [
      'ReLU, leaky ReLU and linear layers',
      {
        format: NETWORK_FORMAT,
        layers: [
          {
            weights: [
              [1, -1],
              [0.5, 2],
            ],
            biases: [0, 0.1],
            activation: 'relu',
          },
          {
            weights: [
              [1, -1],
              [0.5, 2],
            ],
            biases: [0, 0.1],
            activation: 'leakyRelu',
          },
          { weights: [[1], [-1]], biases: [1e-7], activation: 'linear' },
        ],
        loss: { name: 'mse' },
      },
      [0.3, -0.2],
      [2e5],
    ],
  ];

  it.each(cases)('typesets in KaTeX’s strict mode, for %s and each mistake', (_, json, x, y) => {
    const net =
      json === 'example'
        ? exampleNetwork()
        : json === 'softmax'
          ? exampleNetwork('softmax')
          : fromJSON(json);
    for (const mistake of [undefined, ...MISTAKES] as (Mistake | undefined)[]) {
      for (const s of stepThrough(net, x, y, 0.1, mistake).steps) {
        for (const tex of [s.equation.tex, ...s.substituted]) {
          expect(
            () => katex.renderToString(tex, { throwOnError: true, strict: 'error' }),
            tex,
          ).not.toThrow();
        }
        expect(formulaById(s.equation.formula), s.equation.formula).toBeDefined();
      }
    }
  });

  it('names each activation by its own symbol, never the generic φ', () => {
    const net = fromJSON(cases[2]![1] as NetworkJSON);
    const lines = stepThrough(net, [0.3, -0.2], [1], 0.1)
      .steps.filter((s) => s.kind === 'forward')
      .map((s) => s.substituted[0]!);
    expect(lines[0]).toContain(String.raw`\mathrm{ReLU}(`);
    expect(lines[1]).toContain(String.raw`\mathrm{LReLU}(`);
    expect(lines[2]).toContain(String.raw`\mathrm{id}(`);
  });
});

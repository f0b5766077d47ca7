import { describe, expect, it } from 'vitest';
import { EXAMPLE_SIZES } from '../../../lib/examples.ts';
import { formulaById } from '../../../lib/formulas/index.ts';
import { expectClose } from '../../helpers/close.ts';
import {
  derivationTests,
  evaluateAt,
  offByOneTests,
  rowNumber,
  rowValue,
  termCountTest,
} from './support.ts';

const [, n1, n2] = EXAMPLE_SIZES as [number, number, number];
const outputIndices = [n1, n2] as const;

describe('output-squared-error', () => {
  it('gives ½Σ(y_k − z_k)² over the 2 outputs, the same as the engine’s loss', () => {
    const evaluation = evaluateAt('output-squared-error');
    const z = rowValue(evaluation, 'the network’s output') as number[];
    const byHand = ((1 - z[0]!) ** 2 + (0 - z[1]!) ** 2) / 2;
    expectClose(rowNumber(evaluation, '½ Σ_{k=0}^{n(2)−1}'), byHand, 1e-12);
    expectClose(rowNumber(evaluation, 'L from the engine'), byHand, 1e-12);
  });

  it('is 0 when the target is the network’s own output', () => {
    const z = rowValue(evaluateAt('output-squared-error'), 'the network’s output') as number[];
    expectClose(
      rowNumber(evaluateAt('output-squared-error', { y0: z[0]!, y1: z[1]! }), '½ Σ'),
      0,
      0,
    );
  });

  offByOneTests('output-squared-error', 'n^{(2)}', 'n^{(2)}-1');
  termCountTest('output-squared-error', n2);
});

describe('output-weight-gradient-setup', () => {
  derivationTests('output-weight-gradient-setup', outputIndices, 0);
  offByOneTests('output-weight-gradient-setup', 'n^{(2)}', 'n^{(2)}-1');
  termCountTest('output-weight-gradient-setup', n2);

  it('refuses an index i outside layer 1 with a message naming its nodes', () => {
    expect(() => evaluateAt('output-weight-gradient-setup', { i: n1 })).toThrow(
      /i = 4 is not a node of layer 1: its nodes are 0 to 3/,
    );
  });
});

describe('output-weight-gradient-chain', () => {
  derivationTests('output-weight-gradient-chain', outputIndices, 2);
  offByOneTests('output-weight-gradient-chain', 'n^{(2)}', 'n^{(2)}-1');
});

describe('output-weight-gradient-chain-rule', () => {
  derivationTests('output-weight-gradient-chain-rule', outputIndices, 2);
  offByOneTests('output-weight-gradient-chain-rule', 'n^{(1)}', 'n^{(1)}-1');
  termCountTest('output-weight-gradient-chain-rule', n1);

  it('finds ∂a_j(2)/∂w_ij(2) = z_i(1) by central difference', () => {
    const evaluation = evaluateAt('output-weight-gradient-chain-rule');
    const zi = rowNumber(evaluateAt('output-weight-gradient-result'), 'z_i(1)');
    expectClose(rowNumber(evaluation, '∂a_j(2)/∂w_ij(2) by central difference'), zi, 1e-9);
  });

  it('names the inner summation index m, not the post’s l, which names layers', () => {
    expect(formulaById('output-weight-gradient-chain-rule').tex).toContain(
      'w_{mj}^{(2)}z_{m}^{(1)}',
    );
    expect(formulaById('output-weight-gradient-chain-rule').post?.originalTex).toContain(
      'w_{lj}^{(2)}z_{l}^{(1)}',
    );
  });
});

describe('output-weight-gradient-result', () => {
  derivationTests('output-weight-gradient-result', outputIndices, 1);

  it('differentiates w_ij z_i + b_j to z_i(1)', () => {
    const evaluation = evaluateAt('output-weight-gradient-result', { i: 3, j: 1 });
    expectClose(
      rowNumber(evaluation, '∂/∂w_ij(2) (w_ij(2) z_i(1) + b_j(2))'),
      rowNumber(evaluation, 'z_i(1)'),
      1e-9,
    );
  });
});

describe('output-local-gradient', () => {
  derivationTests('output-local-gradient', outputIndices, 1);

  it('computes δ_j(2) = (y_j − z_j(2)) φ′(a_j(2)) as the backward pass does', () => {
    for (const j of [0, 1]) {
      const evaluation = evaluateAt('output-local-gradient', { j });
      expectClose(
        rowNumber(evaluation, 'δ_j(2) = (y_j − z_j(2)) φ′(a_j(2))'),
        rowNumber(evaluation, 'δ_j(2) from the backward pass'),
        1e-15,
      );
    }
  });

  it('has a positive δ_j when the output is below its target (δ = −∂L/∂a, the post’s sign)', () => {
    expect(
      rowNumber(evaluateAt('output-local-gradient', { j: 0 }), 'δ_j(2) from the backward pass'),
    ).toBeGreaterThan(0);
  });
});

describe('weight-gradient-in-words', () => {
  derivationTests('weight-gradient-in-words', outputIndices, 1);
});

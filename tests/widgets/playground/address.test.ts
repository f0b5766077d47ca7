import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../../lib/playground/expression.ts';
import {
  DEFAULT_STATE,
  readPlaygroundAddress,
  seedNumber,
  writePlaygroundAddress,
  type PlaygroundState,
} from '../../../src/widgets/playground/address.ts';
import { KEYS } from '../../../src/widgets/playground/address-keys.ts';
import {
  decodePoints,
  encodePoints,
  MAX_POINTS,
} from '../../../src/widgets/playground/address-points.ts';

// What playground.tensorflow.org writes for its opening page (regularization "none" is null there,
// so it is left out), with our default seed in place of its random one.
const playgroundDefault =
  '#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03' +
  `&regularizationRate=0&noise=0&networkShape=4,2&seed=${DEFAULT_STATE.seed}&showTestData=false` +
  '&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false' +
  '&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification' +
  '&initZero=false&hideText=false';

describe('readPlaygroundAddress', () => {
  it("reads Playground's default hash to DEFAULT_STATE with no problems", () => {
    expect(readPlaygroundAddress(playgroundDefault)).toEqual({
      state: DEFAULT_STATE,
      problems: [],
    });
  });

  it('reads the empty hash, with or without #, to DEFAULT_STATE', () => {
    expect(readPlaygroundAddress('').state).toEqual(DEFAULT_STATE);
    expect(readPlaygroundAddress('#').state).toEqual(DEFAULT_STATE);
  });

  it('reads a Playground link that sets every key it has', () => {
    const link =
      '#activation=relu&regularization=L2&batchSize=3&dataset=spiral&regDataset=reg-gauss' +
      '&learningRate=0.003&regularizationRate=0.01&noise=35&networkShape=8,8,5&seed=0.71345' +
      '&showTestData=true&discretize=true&percTrainData=70&x=false&y=true&xTimesY=true' +
      '&xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=false&sinY=true&collectStats=true' +
      '&problem=regression&initZero=true&hideText=true&tutorial=dp-reducing-overfitting' +
      '&dataset_hide=true';
    const { state, problems } = readPlaygroundAddress(link);
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_STATE,
      activation: 'relu',
      regularization: 'L2',
      batchSize: 3,
      dataset: 'spiral',
      regDataset: 'reg-gauss',
      learningRate: 0.003,
      regularizationRate: 0.01,
      noise: 35,
      networkShape: [8, 8, 5],
      seed: '0.71345',
      showTestData: true,
      discretize: true,
      percTrainData: 70,
      x: false,
      y: true,
      xTimesY: true,
      xSquared: true,
      ySquared: true,
      sinX: true,
      sinY: true,
      problem: 'regression',
    });
  });

  it('reads an empty networkShape as no hidden layer', () => {
    expect(readPlaygroundAddress('networkShape=').state.networkShape).toEqual([]);
  });

  it('reads our own keys: classes, loss, fn (URL-encoded) and points', () => {
    const { state, problems } = readPlaygroundAddress(
      'dataset=custom&classes=5&loss=crossEntropy&fn=sin(x1)%20%3E%20x2&points=1.5_-2_1~0_0.25_0',
    );
    expect(problems).toEqual([]);
    expect(state.classes).toBe(5);
    expect(state.loss).toBe('crossEntropy');
    expect(state.fn).toBe('sin(x1) > x2');
    expect(state.points).toEqual([
      { x1: 1.5, x2: -2, label: 1 },
      { x1: 0, x2: 0.25, label: 0 },
    ]);
  });

  it.each([
    ['activation', 'softmax'],
    ['regularization', 'L3'],
    ['batchSize', '0'],
    ['batchSize', '31'],
    ['batchSize', '2.5'],
    ['dataset', 'moons'],
    ['regDataset', 'reg-maximum'],
    ['learningRate', '0'],
    ['learningRate', '11'],
    ['learningRate', 'fast'],
    ['regularizationRate', '-1'],
    ['noise', '51'],
    ['noise', '2.5'],
    ['networkShape', '4,9'],
    ['networkShape', '1,1,1,1,1,1,1'],
    ['networkShape', '4,,2'],
    ['seed', ''],
    ['seed', 'x'.repeat(101)],
    ['percTrainData', '5'],
    ['percTrainData', '95'],
    ['x', 'yes'],
    ['showTestData', '1'],
    ['problem', 'clustering'],
    ['classes', '2'],
    ['classes', '6'],
    ['loss', 'hinge'],
    ['fn', 'x'.repeat(201)],
    ['points', '1_2'],
    ['points', '7_0_1'],
    ['points', '1.234_0_1'],
    ['points', '1_0_9'],
    ['fn', '%E0%A4%A'],
  ])('reports %s=%j by name and keeps its default', (key, raw) => {
    const { state, problems } = readPlaygroundAddress(`xTimesY=true&${key}=${raw}&sinY=true`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe(key);
    expect(problems[0]!.message).toContain(key);
    const k = key as keyof PlaygroundState;
    expect(state[k]).toEqual(DEFAULT_STATE[k]);
    // Everything else still loads.
    expect(state).toEqual({ ...DEFAULT_STATE, xTimesY: true, sinY: true });
  });

  it("ignores Playground's unused keys quietly and reports other unknown keys as ignored", () => {
    const { state, problems } = readPlaygroundAddress(
      'cosX=true&collectStats=true&initZero=true&hideText=true&x_hide=true&lerningRate=1&noise=5',
    );
    expect(state).toEqual({ ...DEFAULT_STATE, noise: 5 });
    expect(problems).toEqual([{ key: 'lerningRate', message: expect.stringContaining('ignored') }]);
  });

  it('lets the last of a repeated key win', () => {
    expect(readPlaygroundAddress('noise=5&noise=20').state.noise).toBe(20);
  });
});

describe('writePlaygroundAddress', () => {
  it('writes every key once, in a fixed order, Playground spellings first', () => {
    const hash = writePlaygroundAddress(DEFAULT_STATE);
    expect(hash.split('&').map((pair) => pair.split('=')[0])).toEqual(Object.keys(KEYS));
    expect(hash.startsWith('activation=tanh&regularization=none&batchSize=10&dataset=circle')).toBe(
      true,
    );
    expect(hash).toContain('&networkShape=4,2&');
    expect(hash).toContain('&x=true&y=true&xTimesY=false&');
  });

  it('writes an address with only URL-safe characters, whatever the expression says', () => {
    const hash = writePlaygroundAddress({ ...DEFAULT_STATE, fn: "a&b=c #'(x)*!~ é", seed: 's&t' });
    expect(hash).toMatch(/^[A-Za-z0-9\-_.~%=&,]*$/);
    expect(readPlaygroundAddress(hash).state.fn).toBe("a&b=c #'(x)*!~ é");
  });

  const coordinate = fc.integer({ min: -600, max: 600 }).map((n) => n / 100);
  const validState: fc.Arbitrary<PlaygroundState> = fc.record({
    activation: fc.constantFrom('relu', 'tanh', 'sigmoid', 'linear'),
    batchSize: fc.integer({ min: 1, max: 30 }),
    dataset: fc.constantFrom('circle', 'xor', 'gauss', 'spiral', 'blobs', 'function', 'custom'),
    regDataset: fc.constantFrom('reg-plane', 'reg-gauss', 'custom'),
    learningRate: fc.double({ min: 0.00001, max: 10, noNaN: true }),
    regularization: fc.constantFrom('none', 'L1', 'L2'),
    regularizationRate: fc.double({ min: 0, max: 10, noNaN: true }).map((v) => v + 0),
    noise: fc.integer({ min: 0, max: 50 }),
    networkShape: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 6 }),
    seed: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
    percTrainData: fc.integer({ min: 10, max: 90 }),
    x: fc.boolean(),
    y: fc.boolean(),
    xTimesY: fc.boolean(),
    xSquared: fc.boolean(),
    ySquared: fc.boolean(),
    sinX: fc.boolean(),
    sinY: fc.boolean(),
    problem: fc.constantFrom('classification', 'regression'),
    showTestData: fc.boolean(),
    discretize: fc.boolean(),
    classes: fc.integer({ min: 3, max: 5 }),
    loss: fc.constantFrom('mse', 'crossEntropy'),
    fn: fc.string({ maxLength: 200 }),
    points: fc.array(
      fc.record({
        x1: coordinate,
        x2: coordinate,
        label: fc.integer({ min: -100, max: 400 }).map((n) => n / 100),
      }),
      { maxLength: 30 },
    ),
  });

  it('is undone by readPlaygroundAddress for every valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, problems } = readPlaygroundAddress(writePlaygroundAddress(state));
        expect(problems).toEqual([]);
        expect(back).toEqual(state);
      }),
    );
  });
});

describe('the points encoding', () => {
  it('writes x1_x2_label joined by ~, with at most 2 decimals and no trailing zeros', () => {
    expect(
      encodePoints([
        { x1: 1.5, x2: -2, label: 1 },
        { x1: -0.004, x2: 0.125, label: 0.3 },
      ]),
    ).toEqual({ ok: true, value: '1.5_-2_1~0_0.13_0.3' });
  });

  it('round-trips any points within its 2 decimals', () => {
    const point = fc.record({
      x1: fc.double({ min: -6, max: 6, noNaN: true }),
      x2: fc.double({ min: -6, max: 6, noNaN: true }),
      label: fc.double({ min: -1, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 50 }), (points) => {
        const text = encodePoints(points);
        if (!text.ok) throw new Error(text.message);
        const back = decodePoints(text.value);
        if (!back.ok) throw new Error(back.message);
        expect(back.value).toHaveLength(points.length);
        back.value.forEach((p, k) => {
          // 0.005 is half the last written digit; the extra 1e-9 is the rounding of toFixed.
          expect(Math.abs(p.x1 - points[k]!.x1)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs(p.x2 - points[k]!.x2)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs(p.label - points[k]!.label)).toBeLessThanOrEqual(0.005 + 1e-9);
        });
      }),
    );
  });

  it(`encodes ${MAX_POINTS} points and refuses one more, both ways`, () => {
    const many = Array.from({ length: MAX_POINTS + 1 }, (_, k) => ({
      x1: (k % 12) - 6,
      x2: 0,
      label: k % 2,
    }));
    expect(encodePoints(many.slice(0, MAX_POINTS)).ok).toBe(true);
    const refused = encodePoints(many);
    expect(refused.ok).toBe(false);
    const text = many.map((p) => `${p.x1}_${p.x2}_${p.label}`).join('~');
    const read = decodePoints(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(String(MAX_POINTS));
  });

  it('names the point at fault', () => {
    expect(decodePoints('1_1_0~2_2_0~3_x_1')).toEqual({
      ok: false,
      message: expect.stringContaining('point 3'),
    });
  });
});

describe('seedNumber', () => {
  it('gives the same 32-bit whole number for the same seed text, and others for others', () => {
    const n = seedNumber('0.71345');
    expect(seedNumber('0.71345')).toBe(n);
    expect(Number.isInteger(n) && n >= 0 && n < 2 ** 32).toBe(true);
    expect(seedNumber('0.71346')).not.toBe(n);
    // FNV-1a of the empty text is its offset basis: a worked value pins the hash itself.
    expect(seedNumber('')).toBe(0x811c9dc5);
    expect(seedNumber('a')).toBe(0xe40c292c);
  });
});

describe('the default function boundary', () => {
  it('is an expression the boundary parser reads', () => {
    const parsed = parseExpression(DEFAULT_STATE.fn);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.evaluate(Math.PI / 6)).toBeCloseTo(1, 12);
  });
});

describe('the address’s pairs', () => {
  it('skips empty pairs between the ampersands', () => {
    expect(readPlaygroundAddress('noise=5&&sinY=true&')).toEqual({
      state: { ...DEFAULT_STATE, noise: 5, sinY: true },
      problems: [],
    });
  });

  it('reads a key with no = as an empty value, and a pair with no key as an unknown key', () => {
    expect(readPlaygroundAddress('noise').problems).toEqual([
      { key: 'noise', message: 'noise: Enter a whole number from 0 to 50. The default is used.' },
    ]);
    expect(readPlaygroundAddress('=5').problems).toEqual([
      { key: '', message: '“” is not a playground setting; ignored.' },
    ]);
  });

  it('cuts an unknown key longer than 40 characters in its message', () => {
    const [at40] = readPlaygroundAddress(`${'k'.repeat(40)}=1`).problems;
    expect(at40!.message).toBe(`“${'k'.repeat(40)}” is not a playground setting; ignored.`);
    const [at41] = readPlaygroundAddress(`${'k'.repeat(41)}=1`).problems;
    expect(at41!.message).toBe(`“${'k'.repeat(40)}…” is not a playground setting; ignored.`);
  });

  it("escapes !'()* in upper-case hex", () => {
    const hash = writePlaygroundAddress({ ...DEFAULT_STATE, fn: "*!'()" });
    expect(hash).toContain('&fn=%2A%21%27%28%29&');
  });
});

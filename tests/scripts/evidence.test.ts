import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.ts';
import { createRecorder } from '../setup/evidence.ts';

const declared = (id: string) => (id === 'f' ? ['lib/f.ts#f'] : []);

describe('the evidence recorder (tests/setup/evidence.ts)', () => {
  it('credits a formula when a test asserts on a number, a vector or the row its evaluation returned', () => {
    for (const subject of [0.25, [0.25, 3], { label: 'x', value: 0.25 }] as const) {
      const recorder = createRecorder();
      const row = { label: 'x', value: 0.25 };
      recorder.evaluated('f', { rows: [row, { label: 'y', value: [0.25, 3] }] });
      recorder.ran('lib/f.ts#f');
      recorder.asserted(typeof subject === 'object' && 'label' in subject ? row : subject);
      expect(recorder.evidence(declared)).toEqual({ f: { asserted: true, missing: [] } });
    }
  });

  it('does not credit a test that evaluates a formula and asserts on something else', () => {
    const recorder = createRecorder();
    recorder.evaluated('f', { rows: [{ label: 'x', value: 0.25 }] });
    recorder.ran('lib/f.ts#f');
    recorder.asserted(true);
    recorder.asserted('0.250');
    expect(recorder.evidence(declared)).toEqual({ f: { asserted: false, missing: [] } });
  });

  it('names the declared functions that never ran, and records nothing for a formula never evaluated', () => {
    const recorder = createRecorder();
    recorder.evaluated('f', { rows: [{ label: 'x', value: 7 }] });
    recorder.asserted(7);
    expect(recorder.evidence(declared)).toEqual({ f: { asserted: true, missing: ['lib/f.ts#f'] } });
    expect(createRecorder().evidence(declared)).toEqual({});
  });
});

describe('vitest.config.ts', () => {
  it('fails every test without an assertion', () => {
    expect(config.test?.expect?.requireAssertions).toBe(true);
  });

  it.runIf(process.env['FF_REPORT'])(
    'records formula evidence in every run that writes the report',
    () => {
      expect(config.test?.setupFiles).toContain('tests/setup/formula-evidence.ts');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { declarationText, moduleSources } from '../../../src/lib-site/source.ts';

const text = `import x from './x.ts';

// not a doc comment
/** The first doc. */
export function one(a: number): number {
  return a;
}

/** σ as a constant. */
export const two = 2,
  three = 3;

function hidden(): void {}

/** A type. */
export interface Four {
  readonly n: number;
}
`;

describe('declarationText', () => {
  it('cuts an exported function with its doc comment and no other comment', () => {
    expect(declarationText(text, 'one')).toBe(
      '/** The first doc. */\nexport function one(a: number): number {\n  return a;\n}',
    );
  });
  it('finds a name declared in a multi-variable const statement', () => {
    expect(declarationText(text, 'three')).toBe(
      '/** σ as a constant. */\nexport const two = 2,\n  three = 3;',
    );
  });
  it('finds exported interfaces', () => {
    expect(declarationText(text, 'Four')).toContain('readonly n: number;');
  });
  it('ignores declarations that are not exported', () => {
    expect(declarationText(text, 'hidden')).toBeNull();
  });
});

describe('moduleSources', () => {
  const root = process.cwd();
  it('reads exports from a lib/ module, relative to the project root', () => {
    const [block] = moduleSources(root, 'lib/activations/sigmoid.ts', [
      'sigmoid',
      'sigmoidDerivative',
    ]);
    expect(block?.file).toBe('lib/activations/sigmoid.ts');
    expect(block?.code).toContain('export function sigmoid(a: number): number');
    expect(block?.code).toContain('export function sigmoidDerivative(a: number): number');
  });
  it('follows a re-export to the file that declares the name', () => {
    const blocks = moduleSources(`${root}/tests/fixtures`, 'reexport.ts', ['answer']);
    expect(blocks).toEqual([
      {
        file: 'lib/declared.ts',
        code: '/** The answer, declared here and re-exported by reexport.ts. */\nexport const answer = 42;',
      },
    ]);
  });
  it('throws when the module does not export the name', () => {
    expect(() => moduleSources(root, 'lib/linalg.ts', ['noSuchThing'])).toThrow(
      'no exported declaration named noSuchThing',
    );
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  declarationText,
  exportSource,
  modulePath,
  moduleSources,
} from '../../../src/lib-site/source.ts';

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
  it('ignores declarations whose only modifiers are not export', () => {
    expect(declarationText('async function secret(): Promise<void> {}', 'secret')).toBeNull();
  });
  it('cuts a declaration that has no doc comment from its first token', () => {
    expect(declarationText('const x = 1;\n\nexport function bare(): void {}\n', 'bare')).toBe(
      'export function bare(): void {}',
    );
  });
  it('keeps a line comment between the doc comment and the declaration', () => {
    expect(declarationText('/** Doc. */\n// note\nexport const y = 1;\n', 'y')).toBe(
      '/** Doc. */\n// note\nexport const y = 1;',
    );
  });
  it('looks past an anonymous default export', () => {
    expect(declarationText('export default function () {}\nexport const z = 1;', 'z')).toBe(
      'export const z = 1;',
    );
  });
  it('does not take a module declared by a string for an export of that name', () => {
    expect(declarationText("export declare module 'm' {}", 'm')).toBeNull();
  });
});

describe('modulePath', () => {
  it('reads a registry module under lib/, with or without a leading ./ or /', () => {
    const lib = resolve('/root', 'lib/x.ts');
    expect(modulePath('/root', 'x.ts')).toBe(lib);
    expect(modulePath('/root', './x.ts')).toBe(lib);
    expect(modulePath('/root', 'lib/x.ts')).toBe(lib);
    expect(modulePath('/root', './lib/x.ts')).toBe(lib);
    expect(modulePath('/root', '/lib/x.ts')).toBe(lib);
  });
});

describe('exportSource', () => {
  let dir = '';
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ff-source-'));
    const files: Record<string, string> = {
      'both.ts': 'export const answer = 1;\nexport const other = 2;\n',
      'declared.ts': 'export const answer = 3;\n',
      // A module the index imports from without re-exporting what it declares.
      'imported.ts': 'export const imported = 4;\n',
      // A file with no extension, which a malformed `export * from bare` must not resolve to.
      bare: 'export const fromBare = 5;\n',
      'index.ts': [
        "import { imported } from './imported.ts';",
        'export { imported as renamed };',
        'export * from bare;',
        "export * from './missing.ts';",
        "export { other } from './both.ts';",
        "export { nothing, answer } from './declared.ts';",
        '',
      ].join('\n'),
      'star.ts': "export * from './declared.ts';\n",
      'cycle-a.ts': "export * from './cycle-b.ts';\n",
      'cycle-b.ts': "export * from './cycle-a.ts';\n",
    };
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(file(name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows only the re-export that names the export, past missing modules', () => {
    const seen = new Set<string>();
    expect(exportSource(file('index.ts'), 'answer', seen)).toEqual({
      file: file('declared.ts'),
      code: 'export const answer = 3;',
    });
    expect([...seen]).toEqual([file('index.ts'), file('declared.ts')]);
  });
  it('follows an export * to the module that declares the name', () => {
    expect(exportSource(file('star.ts'), 'answer').file).toBe(file('declared.ts'));
  });
  it('does not follow imports, local exports or a module specifier that is not a string', () => {
    expect(() => exportSource(file('index.ts'), 'imported')).toThrow(
      'has no exported declaration named imported',
    );
    expect(() => exportSource(file('index.ts'), 'fromBare')).toThrow(
      'has no exported declaration named fromBare',
    );
  });
  it('stops at a re-export cycle', () => {
    expect(() => exportSource(file('cycle-a.ts'), 'x')).toThrow(
      `${file('cycle-a.ts')} has no exported declaration named x`,
    );
    expect(() => exportSource(file('cycle-a.ts'), 'x', new Set([file('cycle-a.ts')]))).toThrow(
      `x: re-export cycle through ${file('cycle-a.ts')}`,
    );
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
  it('joins the exports declared in one file with a blank line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ff-sources-'));
    try {
      mkdirSync(join(dir, 'lib'));
      writeFileSync(join(dir, 'lib', 'm.ts'), 'export const a = 1;\nexport const b = 2;\n');
      expect(moduleSources(dir, 'm.ts', ['a', 'b'])).toEqual([
        { file: 'lib/m.ts', code: 'export const a = 1;\n\nexport const b = 2;' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('throws when the module does not export the name', () => {
    expect(() => moduleSources(root, 'lib/linalg.ts', ['noSuchThing'])).toThrow(
      'no exported declaration named noSuchThing',
    );
  });
});

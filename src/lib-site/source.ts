/**
 * The source of a lib/ export, cut from its file with the TypeScript compiler at build time, so the
 * code a chapter shows is the code the tests run, never a retyped copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The declaration of `name` in `text` (with its doc comment), or null when the file does not declare it. */
export function declarationText(text: string, name: string): string | null {
  const file = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, true);
  for (const statement of file.statements) {
    if (!isExported(statement) || !declares(statement, name)) continue;
    // getFullStart includes leading trivia; keep only the doc comment nearest the declaration.
    const start = leadingDocStart(text, statement) ?? statement.getStart(file);
    return text.slice(start, statement.getEnd()).trim();
  }
  return null;
}

function isExported(node: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function declares(node: ts.Statement, name: string): boolean {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.some(
      (d) => ts.isIdentifier(d.name) && d.name.text === name,
    );
  }
  const named = node as ts.Statement & { name?: ts.Node };
  return named.name !== undefined && ts.isIdentifier(named.name) && named.name.text === name;
}

function leadingDocStart(text: string, node: ts.Node): number | null {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const doc = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
  return doc === undefined ? null : doc.pos;
}

/** Modules `text` re-exports `name` from (`export { name } from './x.ts'` or `export * from`). */
function reexportSources(text: string, name: string): string[] {
  const file = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, false);
  const sources: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier === undefined) continue;
    if (!ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.exportClause;
    const named =
      clause !== undefined &&
      ts.isNamedExports(clause) &&
      clause.elements.some((e) => e.name.text === name);
    if (clause === undefined || named) sources.push(statement.moduleSpecifier.text);
  }
  return sources;
}

/** Source of export `name` of the module at `path`, following re-exports; throws when not found. */
export function exportSource(
  path: string,
  name: string,
  seen = new Set<string>(),
): { file: string; code: string } {
  if (seen.has(path)) throw new Error(`${name}: re-export cycle through ${path}`);
  seen.add(path);
  const text = readFileSync(path, 'utf8');
  const code = declarationText(text, name);
  if (code !== null) return { file: path, code };
  for (const specifier of reexportSources(text, name)) {
    const target = resolve(dirname(path), specifier);
    if (!existsSync(target)) continue;
    try {
      return exportSource(target, name, seen);
    } catch {
      // `export *` from a module that lacks the name: try the next source.
    }
  }
  throw new Error(`${path} has no exported declaration named ${name}`);
}

/** Path of a registry `code.module` under `root`: "lib/x.ts" or "x.ts" (taken as under lib/). */
export function modulePath(root: string, module: string): string {
  const relative = module.replace(/^\.?\//, '');
  return resolve(root, relative.startsWith('lib/') ? relative : `lib/${relative}`);
}

/** The sources of `exports` of `module`, one block per file they are declared in (paths relative to root). */
export function moduleSources(
  root: string,
  module: string,
  exports: readonly string[],
): { file: string; code: string }[] {
  const blocks = new Map<string, string[]>();
  for (const name of exports) {
    const { file, code } = exportSource(modulePath(root, module), name);
    const shown = relative(root, file);
    blocks.set(shown, [...(blocks.get(shown) ?? []), code]);
  }
  return [...blocks].map(([file, codes]) => ({ file, code: codes.join('\n\n') }));
}

declare namespace App {
  interface Locals {
    /** Ids handed out on the page being rendered (see src/lib-site/anchors.ts). */
    formulaIds?: Map<string, number>;
    /** Code blocks already shown on the page, by file and code: the id and formula title of the first. */
    codeBlocks?: Map<string, { id: string; title: string }>;
  }
}

declare namespace App {
  interface Locals {
    /** Ids handed out on the page being rendered (see src/lib-site/anchors.ts). */
    formulaIds?: Map<string, number>;
  }
}

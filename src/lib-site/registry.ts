/** The formula registry as the site sees it: one import point for components and scripts. */
export { formulaById, formulas } from '../../tests/fixtures/registry.ts';

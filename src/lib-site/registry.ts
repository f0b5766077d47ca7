/** The formula registry as the site sees it: one import point for components, scripts and checks. */
export { formulaById, formulas } from '../../lib/formulas/index.ts';

/**
 * Formula search as one lazily loaded piece (browser-safe): ./shards.ts imports this module
 * dynamically the first time a query reads as a formula (./formula-detect.ts), so word search
 * never fetches the formula reader.
 */
export { FormulaIndex } from './formula-index.js';
export { formulaQueryTerms } from './formula-terms.js';
export { mergeFormulaHits } from './formula-merge.js';

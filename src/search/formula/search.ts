/**
 * Formula search as one lazily loaded piece (browser-safe): ./shards.ts imports this module
 * dynamically the first time a query reads as a formula (search/formula/detect.ts), so word search
 * never fetches the formula reader.
 */
export { FormulaIndex } from './term-index.js';
export { formulaQueryTerms } from './terms.js';
export { mergeFormulaHits } from './merge.js';

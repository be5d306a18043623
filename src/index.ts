// Package entry: the typed records and the pipeline stages, for other tools to import.
//   import { loadProject, toPublicRecords, type Equation } from 'formulary';
export type * from './types.js';
export { parseCollection, parseCollectionAsync, type ParseOptions, type ParseResult } from './core/parse.js';
export { ensureRemark } from './core/remark.js';
export { validateCollection } from './validate/validate.js';
export { loadProject, type LoadedCollection, type Project } from './core/project.js';
export { readSources, InputError } from './core/read.js';
export { toPublicRecords, type PublicRecords } from './core/public-records.js';
export { slugify } from './core/slug.js';
export { equationSymbols, matchVariables } from './latex/symbols.js';
export { linkLatex } from './latex/link.js';

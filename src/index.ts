// Package entry: the typed records and the pipeline stages, for other tools to import.
//   import { loadProject, toPublicRecords, type Equation } from 'formulary-cli';
export type * from './types.js';
export { parseCollection, parseCollectionAsync, type ParseOptions, type ParseResult } from './parse/parse.js';
export { ensureRemark } from './parse/remark.js';
export { validateCollection } from './validate/validate.js';
export { loadProject, type LoadedCollection, type Project } from './pipeline/project.js';
export { readSources, InputError } from './read/read.js';
export { toPublicRecords, type PublicRecords } from './pipeline/public-records.js';
export { slugify } from './parse/slug.js';
export { equationSymbols, matchVariables } from './latex/symbols.js';
export { linkLatex } from './latex/link.js';

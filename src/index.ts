// Package entry: the typed records and the pipeline stages, for other tools to import.
//   import { loadProject, toPublicRecords, type Equation } from 'formulary-cli';
export type * from './types.js';
export { parseCollection, parseCollectionAsync, type ParseOptions, type ParseResult } from './parse/parse.js';
export { ensureRemark } from './parse/remark.js';
export { validateCollection } from './rules/validate.js';
export { loadProject, type LoadedCollection, type Project } from './pipeline/project.js';
export { readSources, InputError } from './read/read.js';
export { toPublicRecords, type PublicRecords } from './site/public-records.js';
export { slugify } from './slug.js';
export { equationSymbols, matchVariables } from './symbols/analysis.js';
export { linkLatex } from './symbols/link.js';

// Package entry: the typed records and the pipeline stages, for other tools to import.
export type * from './types.js';

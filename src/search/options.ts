/**
 * The one set of MiniSearch options, shared by the index build (Node) and the browser:
 * the index is only valid with the tokenizer that built it, so both sides import this.
 *
 * Browser-safe: imports only types, the tokenizer and its data table.
 */
import type { Options, SearchOptions, SearchResult } from 'minisearch';
import type { SearchDoc } from '../types.js';
import { acronymOf, texTokens } from './tokenize.js';
import { SYMBOL_TERMS } from './tex-terms.js';
import { boundQuery } from './query-bounds.js';

/** Indexed fields. `tex` holds raw TeX (math mode); the others are prose with `$…$` math. */
export const SEARCH_FIELDS = ['name', 'topic', 'text', 'tex'] as const;

/** What each result carries to the browser (MiniSearch stored fields). */
export interface StoredDoc {
  slug: string;
  url: string;
  number: number | null;
  /** The name as markdown; `$…$` segments are replaced by `nameMath` in order. */
  name: string;
  topic: string;
  /** Build-time KaTeX MathML of the formula (trusted: our own renderer's output). */
  preview: string;
  /** Build-time KaTeX MathML of each `$…$` in the name, in order; absent when none. */
  nameMath?: string[];
}

/** A document as indexed: the shared SearchDoc plus what only the result list needs. */
export type IndexedDoc = SearchDoc & Pick<StoredDoc, 'preview' | 'nameMath'>;

export const STORED_FIELDS: Array<keyof StoredDoc> = ['slug', 'url', 'number', 'name', 'topic', 'preview', 'nameMath'];

/** Words that say nothing about an equation. Single letters stay: in a query they are symbols. */
const STOPWORDS = new Set([
  'the', 'is', 'of', 'and', 'or', 'to', 'in', 'for', 'an', 'by', 'on', 'with', 'as', 'at', 'are',
  'be', 'its', 'it', 'this', 'that', 'from', 'each', 'which', 'their', 'where', 'e.g', 'eg', 'ie',
  'wrt',
]);

/** Index side: fields are prose except `tex`; names also get their acronym. */
function tokenizeField(text: string, fieldName?: string): string[] {
  if (fieldName === undefined) return texTokens(text, { query: true });
  const tokens = texTokens(text, { math: fieldName === 'tex' });
  if (fieldName === 'name') {
    const acronym = acronymOf(text);
    if (acronym) tokens.push(acronym);
  }
  return tokens;
}

function processTerm(term: string, fieldName?: string): string | null {
  if (STOPWORDS.has(term)) return null;
  // A lone Latin letter in prose is an article or "w.r.t." debris; symbols come from `tex`.
  if (fieldName !== undefined && fieldName !== 'tex' && /^[a-z]$/.test(term)) return null;
  return term;
}

/**
 * Fuzzy only for longer words (a typo in "eta" is another letter, and short fuzzy terms
 * explode at 10,000 equations); never for symbol names or terms with digits ("l1" ≠ "l2").
 */
function fuzzy(term: string): number | false {
  if (term.length < 4 || SYMBOL_TERMS.has(term) || /\d/.test(term)) return false;
  return 0.2;
}

/** Prefix only for the last term (the one being typed), and not for a single character. */
function prefix(term: string, i: number, terms: string[]): boolean {
  return i === terms.length - 1 && term.length >= 2;
}

export const searchOptions: SearchOptions = {
  boost: { name: 6, topic: 2, tex: 1.5, text: 1 },
  prefix,
  fuzzy,
  maxFuzzy: 2,
  weights: { fuzzy: 0.35, prefix: 0.6 },
  combineWith: 'AND',
};

export const miniSearchOptions: Options<IndexedDoc> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: STORED_FIELDS,
  tokenize: tokenizeField,
  processTerm,
  searchOptions,
};

/** The smallest surface MiniSearch needs for `searchEquations` (keeps this module import-free). */
interface Searchable {
  search(query: string, options?: SearchOptions): SearchResult[];
}

/**
 * Runs a reader's query: all terms must match (AND); when nothing does, any term (OR),
 * so one stray word still leaves the best partial matches. Shared so tests rank as the browser does.
 * The query is bounded first (query-bounds.ts).
 */
export function searchEquations(index: Searchable, raw: string): SearchResult[] {
  // Bounded in length and terms (query-bounds.ts) before it reaches the index.
  const query = boundQuery(raw);
  if (!query.trim()) return [];
  const all = index.search(query);
  return all.length > 0 ? all : index.search(query, { combineWith: 'OR' });
}

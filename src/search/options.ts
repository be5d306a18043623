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

/** Fields a query's words are looked up in. `tex` holds raw TeX (math mode); the others are prose with `$…$` math. */
export const SEARCH_FIELDS = ['name', 'topic', 'text', 'tex'] as const;

/**
 * A hidden field of word pairs (`learning_rate`) from the name and from each where-item on
 * its own, so a query's words found side by side in one definition ("η is the learning rate")
 * outrank the same words scattered over the list ("learning" here, "rates" there).
 */
export const PHRASE_FIELD = 'phrases';

/** How much a phrase match adds, relative to a word match. */
const PHRASE_WEIGHT = 3;

/** What each result carries to the browser (MiniSearch stored fields). */
export interface StoredDoc {
  slug: string;
  url: string;
  number: number | null;
  /** The name as markdown; `$…$` segments are replaced by `nameMath` in order. */
  name: string;
  topic: string;
  /** Build-time KaTeX HTML of the formula, without MathML (trusted: our own renderer's output). */
  preview: string;
  /** Build-time KaTeX HTML of each `$…$` in the name, in order; absent when none. */
  nameMath?: string[];
  /** The where-list items as plain text (math as Unicode), for the snippet of a matched definition. */
  defs?: string[];
}

/** A document as indexed: the shared SearchDoc plus what only the result list needs. */
export type IndexedDoc = SearchDoc & Pick<StoredDoc, 'preview' | 'nameMath' | 'defs'> & { phrases: string };

export const STORED_FIELDS: Array<keyof StoredDoc> = ['slug', 'url', 'number', 'name', 'topic', 'preview', 'nameMath', 'defs'];

/** Words that say nothing about an equation. Single letters stay: in a query they are symbols. */
const STOPWORDS = new Set([
  'the', 'is', 'of', 'and', 'or', 'to', 'in', 'for', 'an', 'by', 'on', 'with', 'as', 'at', 'are',
  'be', 'its', 'it', 'this', 'that', 'from', 'each', 'which', 'their', 'where', 'e.g', 'eg', 'ie',
  'wrt',
  ...otherLanguageStopwords(),
]);

/**
 * The same for the languages the site ships words in (articles, common prepositions and
 * particles, the where-introductions), as the tokenizer folds them (`où` → `ou`, `für` → `fur`).
 * One set for every site: the index does not know the site's language, and these words name
 * no symbol (`sin`, Spanish "without", stays: it is the sine).
 */
function otherLanguageStopwords(): string[] {
  const words = [
    // French
    // (not `ce` nor `sa`: CE is cross-entropy, SA self-attention)
    'le la les un une des du de au aux et est sont ou où par pour sur dans avec qui que en cette ces son ses leur',
    // German
    'der die das den dem des ein eine einer eines einem einen und ist sind von zu mit für auf im bei aus dabei wobei',
    // Spanish
    'el los las del una unos unas y es son por para con que en al su sus donde',
    // Chinese and Japanese particles
    '的 是 和 与 在 了 为 其中 の は が を に で と も する です ここで',
    // Arabic
    'في من على إلى عن هو هي التي الذي حيث و',
  ].join(' ');
  const out: string[] = [];
  for (const word of words.split(' ')) {
    const t = texTokens(word);
    // A lone Latin letter (Spanish `y`) is a symbol in a query: kept.
    if (t.length === 1 && !SYMBOL_TERMS.has(t[0]!) && !/^[a-z]$/.test(t[0]!)) out.push(t[0]!);
  }
  return out;
}

/** Index side: fields are prose except `tex`; names also get their acronym. */
function tokenizeField(text: string, fieldName?: string): string[] {
  if (fieldName === PHRASE_FIELD) return text.split(' ').filter(Boolean);
  if (fieldName === undefined) return texTokens(text, { query: true });
  const tokens = texTokens(text, { math: fieldName === 'tex' });
  if (fieldName === 'name') {
    const acronym = acronymOf(text);
    if (acronym) tokens.push(acronym);
  }
  return tokens;
}

function processTerm(term: string, fieldName?: string): string | null {
  if (fieldName === PHRASE_FIELD) return term;
  if (STOPWORDS.has(term)) return null;
  // A lone Latin letter in prose is an article or "w.r.t." debris; symbols come from `tex`.
  if (fieldName !== undefined && fieldName !== 'tex' && /^[a-z]$/.test(term)) return null;
  return term;
}

/**
 * Fuzzy only for longer words (a typo in "eta" is another letter, and short fuzzy terms
 * explode at 10,000 equations); never for symbol names or terms with digits ("l1" ≠ "l2").
 */
function fuzzy(term: string, i: number, terms: string[]): number | false {
  if (SYMBOL_TERMS.has(term) || /\d/.test(term)) return false;
  // A three-letter word being typed may be a word with a letter left out ("adm" → "adam").
  if (term.length === 3 && i === terms.length - 1) return 1;
  if (term.length < 4) return false;
  return 0.2;
}

/** Prefix only for the last term (the one being typed), and not for a single character. */
function prefix(term: string, i: number, terms: string[]): boolean {
  return i === terms.length - 1 && term.length >= 2;
}

export const searchOptions: SearchOptions = {
  fields: [...SEARCH_FIELDS],
  boost: { name: 6, topic: 2, tex: 1.5, text: 1 },
  prefix,
  fuzzy,
  maxFuzzy: 2,
  weights: { fuzzy: 0.35, prefix: 0.6 },
  combineWith: 'AND',
};

export const miniSearchOptions: Options<IndexedDoc> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS, PHRASE_FIELD],
  storeFields: STORED_FIELDS,
  tokenize: tokenizeField,
  processTerm,
  searchOptions,
};

/** The terms a query is looked up by (the options' tokenizer and term processing). */
export function queryTerms(query: string): string[] {
  const out: string[] = [];
  for (const token of tokenizeField(query)) {
    const t = processTerm(token);
    if (t) out.push(t);
  }
  return out;
}

/** Adjacent pairs of terms, as the phrase field holds them. */
export function termPairs(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 1; k < terms.length; k++) out.push(`${terms[k - 1]}_${terms[k]}`);
  return out;
}

/** Marks a pair from a definition that this equation is the first in its collection to give. */
export const ORIGIN_MARK = '^';

/**
 * The phrase field of a document: the word pairs of each line on its own (name, each where-item),
 * plus, marked with ORIGIN_MARK, the pairs of the definitions the equation is the first to give
 * (Gradient Descent introduces "η is the learning rate"; Adam repeats it).
 */
export function phrasesOf(lines: readonly string[], originLines: readonly string[] = []): string {
  const pairs = new Set<string>();
  const pairsOf = (line: string): string[] => termPairs(texTokens(line).map((t) => processTerm(t, 'text')).filter((t): t is string => !!t));
  for (const line of lines) for (const p of pairsOf(line)) pairs.add(p);
  for (const line of originLines) for (const p of pairsOf(line)) pairs.add(ORIGIN_MARK + p);
  return [...pairs].join(' ');
}

/** The smallest surface MiniSearch needs for `searchEquations` (keeps this module import-free). */
interface Searchable {
  search(query: string, options?: SearchOptions): SearchResult[];
}

/**
 * Runs a reader's query: all terms must match (AND); when nothing does, any term (OR),
 * so one stray word still leaves the best partial matches. Shared so tests rank as the browser does.
 * The query is bounded first (query-bounds.ts). `literal` (a formula query, searched for its
 * symbols next to the formula search) turns prefix and fuzzy matching off.
 */
export function searchEquations(index: Searchable, raw: string, literal = false): SearchResult[] {
  // Bounded in length and terms (query-bounds.ts) before it reaches the index.
  const query = boundQuery(raw);
  if (!query.trim()) return [];
  // A formula's symbols are matched as written (`literal`): no prefixes, no typos.
  const exact: SearchOptions = literal ? { prefix: false, fuzzy: false } : {};
  let all = index.search(query, exact);
  if (all.length === 0) all = index.search(query, { ...exact, combineWith: 'OR' });
  const pairs = termPairs(queryTerms(query));
  if (pairs.length === 0 || all.length === 0) return all;
  const phrase = new Map<unknown, number>();
  for (const r of index.search([...pairs, ...pairs.map((p) => ORIGIN_MARK + p)].join(' '), PHRASE_SEARCH)) phrase.set(r.id, r.score);
  if (phrase.size === 0) return all;
  return all
    .map((r) => (phrase.has(r.id) ? { ...r, score: r.score + PHRASE_WEIGHT * phrase.get(r.id)! } : r))
    .sort((a, b) => b.score - a.score);
}

const PHRASE_SEARCH: SearchOptions = {
  fields: [PHRASE_FIELD],
  combineWith: 'OR',
  prefix: false,
  fuzzy: false,
  boost: {},
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term,
};

/**
 * The search index split so first use stays small at any size (shared by the build, the
 * browser and the benchmark; browser-safe: MiniSearch and the shared options only).
 *
 * One MiniSearch index is built over every document, then cut up:
 * - `search/manifest.json` (fetched first, never cached stale): what BM25 scoring needs
 *   for every document (field lengths, averages, counts), each document's slug (the home
 *   list filters by it), and the list of shards;
 * - `search/index/t-<key>.<hash>.json`: the index terms whose shard key is `<key>` (the term's
 *   first character, or its first two when that character's terms are many) with their
 *   postings, fetched when a query needs them;
 * - `search/index/d-<k>.<hash>.json`: the stored fields (name, URL, MathML preview) of documents
 *   k·DOCS_PER_CHUNK …, fetched for the results shown.
 * A query loads the shards of its terms and searches a MiniSearch assembled from them with
 * the whole index's document statistics, so it scores and ranks exactly as the whole index
 * would. One difference: a fuzzy match that changes the query term's first letter ("rate" →
 * "gate") is found only when that shard is already loaded (a dropped first letter, "relu" →
 * "elu", is always found).
 */
import MiniSearch from 'minisearch';
import { miniSearchOptions, ORIGIN_MARK, queryTerms, searchEquations, termPairs, type IndexedDoc, type StoredDoc } from './options.js';
import { boundQuery } from './query-bounds.js';
import type { FormulaIndex, FormulaManifest } from './formula/term-index.js';
import type { EquationResult } from './formula/merge.js';
import { looksLikeFormula } from './formula/detect.js';

export { queryTerms };
export type { EquationResult };

/** A formula query is read up to this many characters (a word query, up to MAX_QUERY_LENGTH). */
export const MAX_FORMULA_QUERY = 400;

export const SEARCH_MANIFEST_PATH = 'search/manifest.json';
export const DOCS_PER_CHUNK = 10;

/** A serialised index entry: the term and its postings per field (MiniSearch's JSON format). */
export type TermEntry = [string, Record<string, Record<string, number>>];

export interface SearchManifest {
  version: 1;
  /** Folder of the shard and document files. */
  dir: string;
  /**
   * Each file's content hash, by its name (`t-61.json` → `t-61.<hash>.json` in `dir`): a file keeps
   * its name while its content stays, so it may be cached forever and a rebuild after an edit
   * rewrites only the files the edit touched. Absent on older sites (their `dir` was content-hashed).
   */
  hashes?: Record<string, string>;
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  /** Field lengths of document short id i (short ids are 0…n-1, equal to document ids). */
  fieldLength: number[][];
  /** Slug of document i. */
  slugs: string[];
  /** First characters whose terms are split further by their second character. */
  split: string[];
  /** Shard keys that have a file. */
  shards: string[];
  /** The formula index's shards (search/formula/term-index.ts), in the same folder; absent on older sites. */
  formula?: FormulaManifest;
}

/** The shard a term lives in. */
export function shardKey(term: string, split: ReadonlySet<string>): string {
  const chars = [...term];
  const first = chars[0] ?? '';
  return split.has(first) ? chars.slice(0, 2).join('') : first;
}

/** File name of a shard key: code points in hex (keys may be any Unicode). */
export function shardFile(key: string): string {
  return `t-${[...key].map((c) => c.codePointAt(0)!.toString(16)).join('-')}.json`;
}

export function docsFile(chunk: number): string {
  return `d-${chunk}.json`;
}

/** The site-relative path of the search file `name` (`t-61.json`, `d-3.json`, `f-units.json`). */
export function searchFilePath(manifest: Pick<SearchManifest, 'dir' | 'hashes'>, name: string): string {
  const hash = manifest.hashes?.[name];
  return manifest.dir + (hash ? name.replace(/\.json$/, `.${hash}.json`) : name);
}

/** Fetches a JSON file of the site by its site-relative path. */
export type FetchJson = (path: string) => Promise<unknown>;

/** The browser's (and the benchmark's) view of a sharded index: loads what each query needs. */
export class ShardedIndex {
  private readonly split: Set<string>;
  private readonly present: Set<string>;
  private readonly loaded = new Map<string, Promise<TermEntry[]>>();
  private readonly docChunks = new Map<number, Promise<StoredDoc[]>>();
  /** Loaded shards whose terms are not in `index` yet. */
  private pendingTerms: TermEntry[] = [];
  private index: MiniSearch<IndexedDoc> | null = null;
  /** Formula search (search/formula/search.ts), imported on the first query that reads as a formula. */
  private formulaCode: Promise<typeof import('./formula/search.js')> | null = null;
  private formula: { code: typeof import('./formula/search.js'); index: FormulaIndex } | null = null;
  /** The last prepared formula query and its terms (a query is prepared, then searched). */
  private formulaTerms: { query: string; force: boolean; terms: string[] | null } = { query: '', force: false, terms: null };

  constructor(
    readonly manifest: SearchManifest,
    private readonly fetchJson: FetchJson,
  ) {
    this.split = new Set(manifest.split);
    this.present = new Set(manifest.shards);
  }

  /** Loads formula search when a query reads as a formula (or `force`), and the formula shards of its terms. */
  private async prepareFormula(query: string, force: boolean): Promise<void> {
    const meta = this.manifest.formula;
    if (!meta || !(force || looksLikeFormula(query))) return;
    this.formulaCode ??= import('./formula/search.js');
    const code = await this.formulaCode;
    this.formula ??= { code, index: new code.FormulaIndex(meta, (name) => this.fetchJson(searchFilePath(this.manifest, name))) };
    const terms = code.formulaQueryTerms(query.slice(0, MAX_FORMULA_QUERY), force);
    if (terms) await this.formula.index.prepare(terms);
    this.formulaTerms = { query, force, terms };
  }

  /**
   * Shard keys a query needs that have a file: each term's, for a term long enough to
   * match fuzzily (3+ characters) the shard of the term without its first letter too
   * ("relu" finds "elu"), and each pair of adjacent terms' (the phrase field).
   */
  keysFor(query: string): string[] {
    const terms = queryTerms(boundQuery(query));
    const keys = terms.flatMap((t) => (t.length >= 3 ? [shardKey(t, this.split), shardKey(t.slice(1), this.split)] : [shardKey(t, this.split)]));
    for (const pair of termPairs(terms)) keys.push(shardKey(pair, this.split), shardKey(ORIGIN_MARK + pair, this.split));
    return [...new Set(keys)].filter((k) => this.present.has(k));
  }

  /**
   * Loads the shards a query needs (each once); a formula query, the formula shards of its terms
   * too. `force` reads the query as a formula even when its words look like prose (the reader
   * asked for it: "Search for the formula instead").
   */
  async prepare(query: string, force = false): Promise<void> {
    // Formula search failing (a file missing) leaves the words' results.
    const formula = this.prepareFormula(query, force).catch(() => undefined);
    const pending = this.keysFor(query).map((key) => {
      let p = this.loaded.get(key);
      if (!p) {
        p = this.fetchJson(searchFilePath(this.manifest, shardFile(key))).then((json) => {
          const terms = json as TermEntry[];
          this.pendingTerms = this.pendingTerms.concat(terms);
          return terms;
        });
        this.loaded.set(key, p);
      }
      return p;
    });
    await Promise.all([...pending, formula]);
  }

  /**
   * Searches the loaded shards (call `prepare` first); words rank as the whole index would rank
   * them, and a formula query's formula hits are merged in (search/formula/merge.ts).
   */
  searchLoaded(query: string, force = false): EquationResult[] {
    const prepared = this.formulaTerms;
    const terms = prepared.query === query && prepared.force === force ? prepared.terms : null;
    const words = this.searchWords(query, terms !== null);
    if (!terms || !this.formula) return words;
    return this.formula.code.mergeFormulaHits(words, this.formula.index.rank(terms));
  }

  private searchWords(query: string, literal: boolean): EquationResult[] {
    if (!this.index) {
      // The document statistics once; the loaded shards' terms go in as they arrive.
      const m = this.manifest;
      this.index = MiniSearch.loadJS<IndexedDoc>(
        {
          documentCount: m.documentCount,
          nextId: m.nextId,
          documentIds: Object.fromEntries(m.slugs.map((_, i) => [i, i])),
          fieldIds: m.fieldIds,
          fieldLength: Object.fromEntries(m.fieldLength.map((l, i) => [i, l])),
          averageFieldLength: m.averageFieldLength,
          storedFields: {},
          dirtCount: m.dirtCount,
          index: this.pendingTerms,
          serializationVersion: 2,
        },
        miniSearchOptions,
      );
      this.pendingTerms = [];
    } else if (this.pendingTerms.length > 0) {
      addTerms(this.index, this.pendingTerms);
      this.pendingTerms = [];
    }
    return searchEquations(this.index, query, literal);
  }

  async search(query: string): Promise<EquationResult[]> {
    await this.prepare(query);
    return this.searchLoaded(query);
  }

  slugOf(id: number): string {
    return this.manifest.slugs[id] ?? '';
  }

  /** The stored fields of documents (fetched in chunks of DOCS_PER_CHUNK). */
  async stored(ids: number[]): Promise<StoredDoc[]> {
    const chunks = await Promise.all(
      ids.map((id) => {
        const k = Math.floor(id / DOCS_PER_CHUNK);
        let p = this.docChunks.get(k);
        if (!p) this.docChunks.set(k, (p = this.fetchJson(searchFilePath(this.manifest, docsFile(k))) as Promise<StoredDoc[]>));
        return p;
      }),
    );
    return ids.map((id, i) => chunks[i]![id % DOCS_PER_CHUNK]!);
  }
}

/**
 * Adds serialised terms to a loaded MiniSearch, as `MiniSearch.loadJS` does for its `index`
 * (MiniSearch has no public API for it: this writes its term map, `_index`, the way loadJS
 * fills it). Shards hold disjoint terms, so no entry is overwritten.
 */
function addTerms(index: MiniSearch<IndexedDoc>, terms: TermEntry[]): void {
  const map = (index as unknown as { _index: { set(term: string, data: Map<number, Map<number, number>>): void } })._index;
  for (const [term, data] of terms) {
    const fields = new Map<number, Map<number, number>>();
    for (const fieldId of Object.keys(data)) {
      const postings = new Map<number, number>();
      for (const [doc, freq] of Object.entries(data[fieldId]!)) postings.set(Number(doc), freq);
      fields.set(Number(fieldId), postings);
    }
    map.set(term, fields);
  }
}

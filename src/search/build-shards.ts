/**
 * The site's search files, sharded (see ./shards.ts for the layout and why): one MiniSearch
 * index over every document, cut into a manifest, term shards and document chunks.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import { indexedDocs, type SearchInput } from './build-index.js';
import { miniSearchOptions, STORED_FIELDS, type IndexedDoc, type StoredDoc } from './options.js';
import { buildFormulaFiles } from './formula/term-index.js';
import { formulaPartTerms } from './formula/terms.js';
import { hasAnalysisStore, remembered } from '../katex/memo.js';
import { DOCS_PER_CHUNK, docsFile, SEARCH_MANIFEST_PATH, searchFilePath, shardFile, shardKey, type SearchManifest, type TermEntry } from './shards.js';

/** Where the shard, document and formula files go (beside the no-JavaScript pages' one-letter folders). */
const SEARCH_FILES_DIR = 'search/index/';

/** A first character whose terms' JSON exceeds this is split by the second character. */
const SHARD_BYTES = 48 * 1024;

interface Serialised {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, number>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, Partial<StoredDoc>>;
  dirtCount: number;
  index: TermEntry[];
}

/** Groups entries by shard key. */
function byKey(entries: TermEntry[], split: ReadonlySet<string>): Map<string, TermEntry[]> {
  const out = new Map<string, TermEntry[]>();
  for (const e of entries) {
    const k = shardKey(e[0], split);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(e);
  }
  return out;
}

export function buildShardedSearchFiles(inputs: SearchInput[], mathHtml?: (html: string) => string, preview?: (latex: string, display: boolean) => string): Array<{ path: string; contents: string }> {
  const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
  index.addAll(indexedDocs(inputs, mathHtml, preview));
  const js = index.toJSON() as unknown as Serialised;
  const n = js.documentCount;
  for (let i = 0; i < n; i++) if (js.documentIds[i] !== i) throw new Error('search: document short ids are not 0…n-1');

  // First characters with many terms are split by their second character.
  const split = new Set<string>();
  for (const [first, entries] of byKey(js.index, split)) if (JSON.stringify(entries).length > SHARD_BYTES) split.add(first);
  const shards = [...byKey(js.index, split)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const chunks: string[] = [];
  for (let start = 0; start < n; start += DOCS_PER_CHUNK) {
    const docs: StoredDoc[] = [];
    for (let i = start; i < Math.min(n, start + DOCS_PER_CHUNK); i++) {
      const stored = js.storedFields[i] ?? {};
      docs.push(Object.fromEntries(STORED_FIELDS.filter((f) => stored[f] !== undefined).map((f) => [f, stored[f]])) as unknown as StoredDoc);
    }
    chunks.push(JSON.stringify(docs));
  }
  const shardJson = shards.map(([key, entries]) => [key, JSON.stringify(entries)] as const);
  // The formula index (search/formula/term-index.ts): its own shards, fetched only by formula queries.
  // Each formula's terms by content, kept in the build cache (katex/memo.ts): a rebuild reads the formula of an unchanged equation again.
  const formula = buildFormulaFiles(
    inputs.map((i) => i.equation.latex),
    (latex) => remembered('formula-terms', latex, () => formulaPartTerms(latex), !hasAnalysisStore()),
  );
  // Each file named by its own content: an edit changes the manifest and the files holding the
  // edited equation's terms and fields, and every other file keeps its name (and its bytes).
  const dir = SEARCH_FILES_DIR;
  const named: Array<{ name: string; contents: string }> = [
    ...shardJson.map(([key, json]) => ({ name: shardFile(key), contents: json })),
    ...chunks.map((c, k) => ({ name: docsFile(k), contents: c })),
    ...formula.files.map((f) => ({ name: f.name, contents: f.contents })),
  ];
  const hashes: Record<string, string> = {};
  for (const f of named) hashes[f.name] = createHash('sha256').update(f.contents).digest('hex').slice(0, 10);

  const manifest: SearchManifest = {
    version: 1,
    dir,
    hashes,
    documentCount: n,
    nextId: js.nextId,
    fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength,
    dirtCount: js.dirtCount,
    fieldLength: Array.from({ length: n }, (_, i) => js.fieldLength[i] ?? []),
    slugs: inputs.map((i) => i.equation.slug),
    split: [...split].sort(),
    shards: shardJson.map(([key]) => key),
    formula: formula.manifest,
  };
  return [{ path: SEARCH_MANIFEST_PATH, contents: JSON.stringify(manifest) }, ...named.map((f) => ({ path: searchFilePath(manifest, f.name), contents: f.contents }))];
}

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

/** MiniSearch's serialised index over the inputs (the index itself is dropped once serialised). */
function serialisedIndex(inputs: SearchInput[], mathHtml?: (html: string) => string, preview?: (latex: string, display: boolean) => string): Serialised {
  const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
  index.addAll(indexedDocs(inputs, mathHtml, preview));
  return index.toJSON() as unknown as Serialised;
}

const hashOf = (contents: string): string => createHash('sha256').update(contents).digest('hex').slice(0, 10);

/**
 * The search files, each stringified when it is asked for and dropped by the consumer (the
 * build writes it before asking for the next): the term shards, the document chunks, the formula
 * files, then the manifest, which names every file by its hash. The whole index is never one string.
 */
export function* buildShardedSearchFiles(inputs: SearchInput[], mathHtml?: (html: string) => string, preview?: (latex: string, display: boolean) => string): Generator<{ path: string; contents: string }> {
  const js = serialisedIndex(inputs, mathHtml, preview);
  const n = js.documentCount;
  for (let i = 0; i < n; i++) if (js.documentIds[i] !== i) throw new Error('search: document short ids are not 0…n-1');

  // First characters with many terms are split by their second character.
  const split = new Set<string>();
  for (const [first, entries] of byKey(js.index, split)) if (JSON.stringify(entries).length > SHARD_BYTES) split.add(first);
  const shardKeys: string[] = [];
  const shards = [...byKey(js.index, split)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  js.index = [];

  // Each file named by its own content: an edit changes the manifest and the files holding the
  // edited equation's terms and fields, and every other file keeps its name (and its bytes).
  const dir = SEARCH_FILES_DIR;
  const hashes: Record<string, string> = {};
  const named = (name: string, contents: string): { path: string; contents: string } => {
    hashes[name] = hashOf(contents);
    return { path: searchFilePath({ dir, hashes }, name), contents };
  };
  for (let k = 0; k < shards.length; k++) {
    const [key, entries] = shards[k]!;
    shardKeys.push(key);
    shards[k] = [key, []];
    yield named(shardFile(key), JSON.stringify(entries));
  }
  for (let start = 0, k = 0; start < n; start += DOCS_PER_CHUNK, k++) {
    const docs: StoredDoc[] = [];
    for (let i = start; i < Math.min(n, start + DOCS_PER_CHUNK); i++) {
      const stored = js.storedFields[i] ?? {};
      docs.push(Object.fromEntries(STORED_FIELDS.filter((f) => stored[f] !== undefined).map((f) => [f, stored[f]])) as unknown as StoredDoc);
    }
    yield named(docsFile(k), JSON.stringify(docs));
  }
  // The formula index (search/formula/term-index.ts): its own shards, fetched only by formula queries.
  // Each formula's terms by content, kept in the build cache (katex/memo.ts): a rebuild reads the formula of an unchanged equation again.
  const formula = buildFormulaFiles(
    inputs.map((i) => i.equation.latex),
    (latex) => remembered('formula-terms', latex, () => formulaPartTerms(latex), !hasAnalysisStore()),
  );
  for (const f of formula.files) yield named(f.name, f.contents);

  // The manifest's keys in the order the files were named before they were streamed (shards, chunks, formula files).
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
    shards: shardKeys,
    formula: formula.manifest,
  };
  yield { path: SEARCH_MANIFEST_PATH, contents: JSON.stringify(manifest) };
}

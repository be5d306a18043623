// Search query latency, measured in this process the way the browser runs it: the compiled
// shared options (lib/search/options.js: MiniSearch options + TeX-aware tokenizer) and the
// built search-index.json loaded into MiniSearch, then a fixed query set.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { median, percentile } from './report.js';

/** Fixed queries: names, prefixes, a typo (fuzzy), multi-word, and TeX. */
export const QUERIES = [
  'adam', 'softmax', 'relu', 'cross entropy', 'attention', 'lstm gate', 'batch normalization',
  'gradient descent', 'kl divergence', 'convolution', 'dropout', 'momentum', 'variance',
  'transformer', 'sigm', 'atention', 'learning rate', 'loss', '\\sigma', '\\frac', 'W_{hh}', 'x',
];

/** @param {unknown} v @returns {v is Record<string, any>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A MiniSearch options object: has the indexed `fields`. */
const isIndexOptions = (v) => isObject(v) && Array.isArray(v.fields);

/**
 * Finds the MiniSearch options among the module's exports: an object with `fields`, or a
 * function of no arguments returning one (the module is owned by the search engineer; its
 * export names are not fixed yet).
 * @param {Record<string, unknown>} mod
 */
function findOptions(mod) {
  for (const value of Object.values(mod)) if (isIndexOptions(value)) return value;
  for (const value of Object.values(mod)) {
    if (typeof value !== 'function' || value.length !== 0) continue;
    try {
      const r = value();
      if (isIndexOptions(r)) return r;
    } catch {
      // not an options factory
    }
  }
  return null;
}

/** The serialised MiniSearch inside search-index.json: the root, or a nested object. */
function findSerialisedIndex(json) {
  if (isObject(json) && 'documentCount' in json) return json;
  if (isObject(json)) for (const v of Object.values(json)) if (isObject(v) && 'documentCount' in v) return v;
  return null;
}

/**
 * @param {string} root repository root (for lib/search/options.js)
 * @param {string} outDir built site
 * @param {{ repeats?: number }} [opts]
 * @returns {Promise<{ medianMs: number, p95Ms: number, loadMs: number, queries: number, documents: number } | { error: string }>}
 */
export async function searchLatency(root, outDir, opts = {}) {
  const optionsFile = join(root, 'lib', 'search', 'options.js');
  if (!existsSync(optionsFile)) return { error: 'lib/search/options.js not compiled' };
  const indexFile = join(outDir, 'search-index.json');
  if (!existsSync(indexFile)) return { error: 'no search-index.json in the built site' };
  try {
    const mod = await import(pathToFileURL(optionsFile).href);
    const options = findOptions(mod);
    if (!options) return { error: 'no MiniSearch options (object with `fields`) exported by lib/search/options.js' };
    const t0 = performance.now();
    const serialised = findSerialisedIndex(JSON.parse(readFileSync(indexFile, 'utf8')));
    if (!serialised) return { error: 'search-index.json holds no serialised MiniSearch index' };
    const index = MiniSearch.loadJS(serialised, options);
    const loadMs = performance.now() - t0;
    // The browser's query function (AND, then OR when nothing matches) when the module has it.
    const run = typeof mod.searchEquations === 'function' ? (q) => mod.searchEquations(index, q) : (q) => index.search(q);
    const repeats = opts.repeats ?? 20;
    for (const q of QUERIES) run(q); // warm-up: JIT and lazily built structures
    /** @type {number[]} */
    const times = [];
    for (let r = 0; r < repeats; r++) {
      for (const q of QUERIES) {
        const s = performance.now();
        run(q);
        times.push(performance.now() - s);
      }
    }
    return { medianMs: median(times), p95Ms: percentile(times, 95), loadMs, queries: times.length, documents: index.documentCount };
  } catch (err) {
    return { error: `search failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}

// Search as the browser runs it, from a built site's sharded index (src/search/shards.ts,
// compiled to lib/search/shards.js): what first use fetches, and how long a query takes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, percentile } from './report.js';

/** Fixed queries: names, prefixes, a typo (fuzzy), multi-word, and TeX. */
export const QUERIES = [
  'adam', 'softmax', 'relu', 'cross entropy', 'attention', 'lstm gate', 'batch normalization',
  'gradient descent', 'kl divergence', 'convolution', 'dropout', 'momentum', 'variance',
  'transformer', 'sigm', 'atention', 'learning rate', 'loss', '\\sigma', '\\frac', 'W_{hh}', 'x',
];

/** What a reader types on first use: each prefix of it is a query, as the box runs them. */
export const FIRST_USE_TYPING = 'adam';

const MANIFEST = 'search/manifest.json';

async function loadShards(root) {
  const file = join(root, 'lib', 'search', 'shards.js');
  if (!existsSync(file)) return null;
  return import(pathToFileURL(file).href);
}

/** A ShardedIndex over the site's files, recording what it fetches. */
function open(mod, outDir, manifest, fetched) {
  return new mod.ShardedIndex(manifest, async (path) => {
    fetched?.push(path);
    return JSON.parse(readFileSync(join(outDir, ...path.split('/')), 'utf8'));
  });
}

/**
 * The files first use fetches: the manifest, the shards of each prefix of FIRST_USE_TYPING,
 * and the stored fields of the results shown (8) for each.
 * @returns {Promise<{ files: string[], typed: string } | { error: string }>}
 */
export async function searchFirstUseFiles(root, outDir) {
  const mod = await loadShards(root);
  if (!mod) return { error: 'lib/search/shards.js not compiled' };
  if (!existsSync(join(outDir, MANIFEST))) return { error: `no ${MANIFEST} in the built site` };
  const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8'));
  const fetched = [MANIFEST];
  const index = open(mod, outDir, manifest, fetched);
  for (let i = 1; i <= FIRST_USE_TYPING.length; i++) {
    const results = await index.search(FIRST_USE_TYPING.slice(0, i));
    await index.stored(results.slice(0, 8).map((r) => Number(r.id)));
  }
  return { files: [...new Set(fetched)], typed: FIRST_USE_TYPING };
}

/**
 * Query latency. Cold: a fresh index per query (manifest already parsed), so the time
 * includes reading and parsing the query's shards and assembling MiniSearch from them (what
 * a query costs the first time its shards are needed, network aside). Warm: the same query
 * again on the loaded shards.
 * @param {string} root repository root (for lib/search/shards.js)
 * @param {string} outDir built site
 */
export async function searchLatency(root, outDir, opts = {}) {
  try {
    const mod = await loadShards(root);
    if (!mod) return { error: 'lib/search/shards.js not compiled' };
    if (!existsSync(join(outDir, MANIFEST))) return { error: `no ${MANIFEST} in the built site` };
    const t0 = performance.now();
    const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8'));
    const loadMs = performance.now() - t0;
    const repeats = opts.repeats ?? 5;
    for (const q of QUERIES) await open(mod, outDir, manifest).search(q); // warm-up: JIT
    const cold = [];
    const warm = [];
    for (let r = 0; r < repeats; r++) {
      for (const q of QUERIES) {
        const index = open(mod, outDir, manifest);
        let s = performance.now();
        await index.search(q);
        cold.push(performance.now() - s);
        s = performance.now();
        index.searchLoaded(q);
        warm.push(performance.now() - s);
      }
    }
    return { medianMs: median(cold), p95Ms: percentile(cold, 95), warmMedianMs: median(warm), warmP95Ms: percentile(warm, 95), loadMs, queries: cold.length, documents: manifest.documentCount };
  } catch (err) {
    return { error: `search failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}

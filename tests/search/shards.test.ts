// The sharded search files answer queries exactly as the whole index does (same documents,
// same order), loading only the shards a query's terms need; η, eta and \eta stay equivalent.
import { describe, expect, it } from 'vitest';
import { buildShardedSearchFiles } from '../../src/search/build-shards.js';
import { searchEquations } from '../../src/search/options.js';
import { SEARCH_MANIFEST_PATH, ShardedIndex, shardKey, type SearchManifest } from '../../src/search/shards.js';
import { loadBack, seedInputs } from './seed.js';

const inputs = seedInputs();
const whole = loadBack(inputs).index;

function sharded(): { index: ShardedIndex; fetched: string[] } {
  const files = new Map([...buildShardedSearchFiles(inputs)].map((f) => [f.path, f.contents]));
  const fetched: string[] = [];
  const fetchJson = async (path: string): Promise<unknown> => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text);
  };
  const manifest = JSON.parse(files.get(SEARCH_MANIFEST_PATH)!) as SearchManifest;
  return { index: new ShardedIndex(manifest, fetchJson), fetched };
}

const QUERIES = ['adam', 'softmax', 'relu', 'cross entropy', 'attention', 'lstm gate', 'batch normalization', 'gradient descent', 'kl divergence', 'learning rate', 'loss', '\\sigma', '\\frac', 'W_{hh}', 'x', 'sigm', 'η', 'eta', '\\eta', 'adam learning', 'momentum β'];

describe('sharded search', () => {
  for (const q of QUERIES) {
    it(`answers "${q}" as the whole index does, but for fuzzy matches that change a term's first letter`, async () => {
      const { index } = sharded();
      const got = await index.search(q);
      const want = searchEquations(whole, q);
      // Every term a whole-index result matched lives in a shard the query loaded: it must come
      // out the same (same score, same order); a result that needed another shard's term (a
      // fuzzy "selu" for "relu") may be missing or score lower.
      const loaded = new Set(index.keysFor(q));
      const split = new Set(index.manifest.split);
      const reachable = want.filter((r) => r.terms.every((t) => loaded.has(shardKey(t, split))));
      const byId = new Map(got.map((r) => [r.id, r.score]));
      expect(reachable.map((r) => [r.id, r.score.toFixed(6)])).toEqual(reachable.map((r) => [r.id, byId.get(r.id)?.toFixed(6)]));
      const order = got.map((r) => r.id).filter((id) => reachable.some((r) => r.id === id));
      expect(order).toEqual(reachable.map((r) => r.id));
      const wanted = new Set(want.map((r) => r.id));
      expect(got.filter((r) => !wanted.has(r.id))).toEqual([]);
      if (q !== 'relu' && q !== 'learning rate') expect(got.map((r) => r.id)).toEqual(want.map((r) => r.id));
    });
  }

  it('answers each query the same whether its shards were loaded for it or earlier ones', async () => {
    const { index: shared } = sharded();
    for (const q of QUERIES) {
      const { index: fresh } = sharded();
      const a = (await shared.search(q)).map((r) => [r.id, r.score.toFixed(6)]);
      const b = (await fresh.search(q)).map((r) => [r.id, r.score.toFixed(6)]);
      // The shared index may have more shards loaded: a superset of reachable fuzzy matches.
      expect(b.every(([id]) => a.some(([x]) => x === id)), q).toBe(true);
    }
  });

  it('finds the same equations for η, eta and \\eta', async () => {
    const { index } = sharded();
    const ids = async (q: string) => (await index.search(q)).map((r) => r.id).sort();
    const eta = await ids('eta');
    expect(eta.length).toBeGreaterThan(0);
    expect(await ids('η')).toEqual(eta);
    expect(await ids('\\eta')).toEqual(eta);
  });

  it('loads only the shards of the query and the stored fields of the documents asked for', async () => {
    const { index, fetched } = sharded();
    const results = await index.search('adam');
    expect(fetched.length).toBeLessThanOrEqual(2);
    const [top] = await index.stored([Number(results[0]!.id)]);
    expect(top!.name).toContain('Adam');
    expect(top!.url).toBe('equations/adam-optimizer/');
    expect(index.slugOf(Number(results[0]!.id))).toBe('adam-optimizer');
  });
});

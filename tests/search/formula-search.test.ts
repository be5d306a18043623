// Formula search on the seed through the sharded index, as the browser runs it: a formula typed
// with other letters or other notation finds its equation among the first three results.
import { describe, expect, it } from 'vitest';
import { buildShardedSearchFiles } from '../../src/search/build-shards.js';
import { SEARCH_MANIFEST_PATH, ShardedIndex, type SearchManifest } from '../../src/search/shards.js';
import { seedInputs } from './seed.js';
import { FORMULA_QUERIES, MORE_FORMULA_QUERIES } from './formula-queries.js';

const inputs = seedInputs();
const files = new Map([...buildShardedSearchFiles(inputs)].map((f) => [f.path, f.contents]));
const numberOf = new Map(inputs.map((input, id) => [id, input.equation.number]));

function sharded(): { index: ShardedIndex; fetched: string[] } {
  const fetched: string[] = [];
  const manifest = JSON.parse(files.get(SEARCH_MANIFEST_PATH)!) as SearchManifest;
  const index = new ShardedIndex(manifest, async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text);
  });
  return { index, fetched };
}

const { index } = sharded();
async function top(query: string, n = 3): Promise<Array<number | null>> {
  return (await index.search(query)).slice(0, n).map((r) => numberOf.get(Number(r.id)) ?? null);
}

describe('formula search on the seed', () => {
  it('has a query set of at least 40 formulas', () => {
    expect(FORMULA_QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it.each([...FORMULA_QUERIES, ...MORE_FORMULA_QUERIES])('%s → equation %i in the top 3', async (query, expected) => {
    const got = await top(query);
    expect(got, `${query}: got ${got.join(', ')}`).toContain(expected);
  });
});

// Place 4 of 7, formula search: the formula index holds the expanded formula, so a reader who
// pastes the formula as it typesets (no macros) finds the equation.
import { describe, expect, it } from 'vitest';
import { SEARCH_MANIFEST_PATH, ShardedIndex, type SearchManifest } from '../../src/search/shards.js';
import { mechanicsSite, page } from './helpers.js';

describe('formula search with macros', () => {
  it('finds Kinetic Energy from its expanded form', async () => {
    const files = await mechanicsSite();
    const manifest = JSON.parse(page(files, SEARCH_MANIFEST_PATH)) as SearchManifest;
    const index = new ShardedIndex(manifest, async (p) => JSON.parse(page(files, p)));
    const hits = await index.search(String.raw`K = \frac{1}{2} m \left\| \mathbf{v} \right\|^2`);
    expect(index.slugOf(Number(hits[0]?.id))).toBe('kinetic-energy');
    // Found as a formula, all alike: the index holds `\tfrac{1}{2} m \left\lVert \mathbf{v} \right\rVert^2`, not `\half m \norm{\vect{v}}^2`.
    expect(hits[0]?.formula?.sim).toBeGreaterThan(0.9);
  }, 60_000);
});

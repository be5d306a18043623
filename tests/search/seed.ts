// Search inputs from the real seed, parsed and given topics the way the site does.
import { existsSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { parseCollection } from '../../src/parse/parse.js';
import { loadTopics, topicOf } from '../../src/parse/topics.js';
import { sidecarPathFor } from '../../src/read/sidecars.js';
import { buildSearchFiles, type SearchInput } from '../../src/search/build-index.js';
import { miniSearchOptions, type IndexedDoc } from '../../src/search/options.js';

export const SEED_PATH = 'content/deep-learning-equations.md';

export function seedInputs(path = SEED_PATH): SearchInput[] {
  const { collection } = parseCollection({ path, text: readFileSync(path, 'utf8') });
  const sidecarPath = sidecarPathFor(path);
  const sidecar = existsSync(sidecarPath) ? { path: sidecarPath, text: readFileSync(sidecarPath, 'utf8') } : null;
  const { topics } = loadTopics(collection, sidecar);
  return collection.equations.map((equation) => ({
    collection,
    equation,
    url: `equations/${equation.slug}/`,
    topic: topicOf(topics, equation.slug)?.title ?? '',
  }));
}

/** Builds the files, then loads the index back exactly as the browser does. */
export function loadBack(inputs: SearchInput[]): { json: string; index: MiniSearch<IndexedDoc> } {
  const file = buildSearchFiles(inputs).find((f) => f.path === 'search-index.json')!;
  return { json: file.contents, index: MiniSearch.loadJSON<IndexedDoc>(file.contents, miniSearchOptions) };
}

/** Shared helpers of the site tests: the seed's records, hand-made collections, a rendered site. */
import { readFile } from 'node:fs/promises';
import type { Collection, Equation, Topic, Variable } from '../../src/types.js';
import { parseCollection } from '../../src/parse/parse.js';
import { loadTopics } from '../../src/parse/topics.js';
import { loadAssetSources, type AssetSources } from '../../src/site/assets/assets.js';
import { loadSiteDeps } from '../../src/site/deps.js';
import type { CollectionInput, SiteDeps } from '../../src/site/model.js';
import { renderSite, type RenderResult } from '../../src/site/render-site.js';
import type { SiteOptions } from '../../src/site/plan-site.js';

export const SEED = 'content/deep-learning-equations.md';

/** The seed parsed with its topics sidecar (parse + topics only: the site tests do not depend on validation). */
export async function seedInput(): Promise<CollectionInput> {
  const text = await readFile(SEED, 'utf8');
  const { collection } = parseCollection({ path: SEED, text });
  const sidecarPath = SEED.replace(/\.md$/, '.topics.md');
  const sidecar = await readFile(sidecarPath, 'utf8').then((t) => ({ path: sidecarPath, text: t })).catch(() => null);
  return { collection, topics: loadTopics(collection, sidecar).topics };
}

let cached: { sources: AssetSources; deps: SiteDeps } | null = null;
export async function env(): Promise<{ sources: AssetSources; deps: SiteDeps }> {
  cached ??= { sources: await loadAssetSources(), deps: await loadSiteDeps() };
  return cached;
}

export async function renderSeed(options: SiteOptions = {}): Promise<RenderResult & { byPath: Map<string, string | Uint8Array> }> {
  const { sources, deps } = await env();
  const result = renderSite([await seedInput()], options, deps, sources);
  return { ...result, byPath: new Map(result.files.map((f) => [f.path, f.contents])) };
}

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

export function variable(symbol: string, description: string): Variable {
  return {
    symbols: [symbol],
    symbolSources: [{ latex: symbol, map: { pieces: [] } }],
    description,
    item: `$${symbol}$ is ${description}`,
    position: span,
  };
}

export function equation(partial: Partial<Equation> & { slug: string; latex: string }): Equation {
  return {
    number: null,
    name: partial.slug,
    nameText: partial.slug,
    latexMap: { pieces: [] },
    display: 'dollar',
    group: null,
    headingLevel: 4,
    variables: [],
    notes: [],
    inlineMath: [],
    positions: { heading: { start: { line: 3, column: 1, offset: 10 }, end: { line: 3, column: 9, offset: 18 } }, equation: null, whereList: null },
    ...partial,
  };
}

export function collection(partial: Partial<Collection> & { equations: Equation[] }): Collection {
  return { title: 'Test Collection', intro: '', preamble: '', sourceFile: 'content/test.md', inlineMath: [], ...partial };
}

export function input(c: Collection, topics: Topic[] = []): CollectionInput {
  return { collection: c, topics };
}

export function text(contents: string | Uint8Array | undefined): string {
  if (contents === undefined) throw new Error('missing file');
  return typeof contents === 'string' ? contents : Buffer.from(contents).toString('utf8');
}

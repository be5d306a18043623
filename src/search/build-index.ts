/**
 * The search documents and one whole MiniSearch index over them (Node side), built with the
 * shared options of ./options.ts, with each result's preview stored next to it, so the
 * browser needs no KaTeX. The site publishes this index cut into shards (./build-shards.ts);
 * the whole index (`search-index.json`) is the reference the shards are tested against.
 */
import MiniSearch from 'minisearch';
import type { Collection, Equation, SearchDoc } from '../types.js';
import { mathmlOf } from '../latex/render.js';
import { miniSearchOptions, type IndexedDoc } from './options.js';

export interface SearchInput {
  collection: Collection;
  equation: Equation;
  /** URL of the equation page relative to the site root, e.g. "equations/adam-optimizer/". */
  url: string;
  topic: string;
}

export const SEARCH_INDEX_PATH = 'search-index.json';

/** The search documents: words and TeX only, never rendered math. `id` is the input's index. */
export function searchDocs(inputs: SearchInput[]): SearchDoc[] {
  return inputs.map(({ equation, url, topic }, id) => ({
    id,
    slug: equation.slug,
    url,
    number: equation.number,
    name: equation.name,
    topic,
    // Borrowed meanings (src/latex/borrow.ts) are found like own definitions.
    text: [...equation.variables.map((v) => v.description), ...(equation.borrowed ?? []).map((b) => b.description)].join('\n'),
    tex: [equation.latex, ...equation.variables.flatMap((v) => v.symbols), ...(equation.borrowed ?? []).map((b) => b.symbol)].join('\n'),
  }));
}

/**
 * KaTeX MathML only (no HTML layout, no TeX annotation): a fraction of the size of the full
 * rendering, and Chromium/Firefox/Safari draw MathML natively. Cut from the page rendering
 * (typeset once per build); empty when KaTeX refuses the TeX, so the result shows no formula.
 */
export function previewOf(latex: string, display = true): string {
  return mathmlOf(latex, { display });
}

export function indexedDocs(inputs: SearchInput[]): IndexedDoc[] {
  return searchDocs(inputs).map((doc, i) => {
    const maths = [...inputs[i]!.equation.name.matchAll(/\$([^$]+)\$/g)].map((m) => previewOf(m[1]!, false));
    return { ...doc, preview: previewOf(inputs[i]!.equation.latex), ...(maths.length ? { nameMath: maths } : {}) };
  });
}

/** The index as MiniSearch JSON (what the browser passes to `MiniSearch.loadJSON` with the shared options). */
export function buildSearchIndex(inputs: SearchInput[]): string {
  const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
  index.addAll(indexedDocs(inputs));
  return JSON.stringify(index);
}

export function buildSearchFiles(inputs: SearchInput[]): Array<{ path: string; contents: string }> {
  return [{ path: SEARCH_INDEX_PATH, contents: buildSearchIndex(inputs) }];
}

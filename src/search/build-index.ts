/**
 * The search documents and one whole MiniSearch index over them (Node side), built with the
 * shared options of ./options.ts, with each result's preview stored next to it, so the
 * browser needs no KaTeX. The site publishes this index cut into shards (./build-shards.ts);
 * the whole index (`search-index.json`) is the reference the shards are tested against.
 */
import MiniSearch from 'minisearch';
import type { Collection, Equation, SearchDoc } from '../types.js';
import { katexHtmlOf } from '../katex/render.js';
import { miniSearchOptions, phrasesOf, type IndexedDoc } from './options.js';
import { plainText } from './plain-math.js';
import { normaliseMeaning } from './meaning.js';
import { renderedProse } from '../parse/prose-bound.js';

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
    // Borrowed meanings (src/borrow/borrow.ts) are found like own definitions. A description past
    // the prose bound (parse/prose-bound.ts) is indexed up to where the pages stop rendering it.
    text: [...equation.variables.map((v) => renderedProse(v.description)), ...(equation.borrowed ?? []).map((b) => renderedProse(b.description))].join('\n'),
    tex: [equation.latex, ...equation.variables.flatMap((v) => v.symbols), ...(equation.borrowed ?? []).map((b) => b.symbol)].join('\n'),
  }));
}

/**
 * KaTeX HTML only (no MathML): drawn with KaTeX's fonts and CSS exactly as the pages draw it,
 * where the browser's own MathML detached hats and clipped fractions (issue 18). Typeset in
 * text style, so fractions and aligned rows stay small enough for a list of results; empty
 * when KaTeX refuses the TeX, so the result shows no formula.
 */
export function previewOf(latex: string, display = false): string {
  return katexHtmlOf(latex, { display });
}

/** For each input, the descriptions of its where-items that no earlier equation of its collection gives. */
function originDescriptions(inputs: SearchInput[]): string[][] {
  const seen = new Map<Collection, Set<string>>();
  return inputs.map(({ collection, equation }) => {
    let known = seen.get(collection);
    if (!known) seen.set(collection, (known = new Set()));
    const out: string[] = [];
    for (const v of equation.variables) {
      const description = renderedProse(v.description);
      const meaning = normaliseMeaning(description);
      if (!meaning || v.inherited || known.has(meaning)) continue;
      known.add(meaning);
      out.push(description);
    }
    return out;
  });
}

/**
 * `mathHtml` rewrites each preview's KaTeX HTML (the site moves inline styles to classes);
 * `preview`, when given, makes the preview of a LaTeX string itself (the site's memo of them).
 */
export function indexedDocs(inputs: SearchInput[], mathHtml: (html: string) => string = (html) => html, preview?: (latex: string, display: boolean) => string): IndexedDoc[] {
  const origins = originDescriptions(inputs);
  const shown = preview ?? ((latex: string, display: boolean) => mathHtml(previewOf(latex, display)));
  return searchDocs(inputs).map((doc, i) => {
    const maths = [...inputs[i]!.equation.name.matchAll(/\$([^$]+)\$/g)].map((m) => shown(m[1]!, false));
    const eq = inputs[i]!.equation;
    const defs = eq.variables.map((v) => plainText(renderedProse(v.item ?? `${v.symbols.map((x) => `$${x}$`).join(', ')} ${v.description}`)));
    return {
      ...doc,
      phrases: phrasesOf([eq.name, ...eq.variables.map((v) => renderedProse(v.description))], origins[i]),
      preview: shown(eq.latex, false),
      ...(maths.length ? { nameMath: maths } : {}),
      ...(defs.length ? { defs } : {}),
    };
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

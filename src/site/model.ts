/**
 * The site's view of the records: which collection owns the root URLs, each equation's topic,
 * symbol keys, related equations and linked LaTeX. Computed once per build, pure.
 */
import { basename } from 'node:path';
import type { Collection, Equation, Topic } from '../types.js';
import { CollectionPaths } from './urls.js';
import { slugify as slugifyCore } from '../slug.js';
import { withBorrowedItems } from '../borrow/items.js';
import { normaliseMeaning } from '../search/meaning.js';
import type { EquationImageInput, EquationImages } from '../media/images.js';

export type { EquationImageInput, EquationImages } from '../media/images.js';

/** Optional stages written by other modules; absent ones degrade (no links, simpler symbol keys, no search). */
export interface SiteDeps {
  linkLatex?: (eq: Equation, earlier: Equation[]) => { latex: string; linked: number[] };
  equationSymbols?: (latex: string) => Iterable<unknown>;
  buildSearchFiles?: (
    inputs: Array<{ collection: Collection; equation: Equation; url: string; topic: string }>,
    /** Applied to each preview's KaTeX HTML (the site moves its inline styles to classes). */
    mathHtml?: (html: string) => string,
    /** Makes each preview (KaTeX HTML of a LaTeX string, inline styles moved to classes), in place of typesetting + `mathHtml`. */
    preview?: (latex: string, display: boolean) => string,
  ) => Iterable<{ path: string; contents: string | Uint8Array }>;
  slugify?: (text: string) => string;
  /** SVG and Open Graph card of an equation (build only; see media/images.ts). */
  equationImages?: (input: EquationImageInput) => EquationImages | null;
  /** Spoken form of LaTeX (build only; see media/speech.ts). */
  speak?: (latex: string, display?: boolean) => string | null;
  /** Which formulas get media, when that depends on the rest of the build (katex/limits.ts mediaAllowance): part of the page keys. */
  mediaAllowed?: (latex: string) => boolean;
}

export interface CollectionInput {
  collection: Collection;
  topics: Topic[];
}

export interface SiteEquation {
  eq: Equation;
  index: number;
  topic: Topic | null;
  /** LaTeX to typeset (with \htmlData links when the linker is available). */
  latex: string;
  linked: Set<number>;
  symbolKeys: Set<string>;
  /** What the where-list says each defined symbol means: symbol key → normalised meaning and the symbol as written. */
  meanings: Map<string, SymbolMeaning>;
}

export interface SymbolMeaning {
  /** normaliseMeaning of the where-item's description ("learning rate"). */
  meaning: string;
  /** The symbol's LaTeX as the where-list writes it (`\eta`). */
  latex: string;
}

export interface SiteCollection {
  collection: Collection;
  topics: Topic[];
  slug: string;
  primary: boolean;
  paths: CollectionPaths;
  equations: SiteEquation[];
  bySlug: Map<string, SiteEquation>;
}

const NONE: Equation[] = [];

/** Normalised LaTeX of one symbol, the grouping key of the notation index when symbols.ts is absent. */
export function symbolKey(latex: string): string {
  return latex.replace(/\s+/g, '').replace(/^\{(.*)\}$/, '$1');
}

function keysOf(deps: SiteDeps, latex: string): Set<string> {
  if (!deps.equationSymbols) return new Set();
  const out = new Set<string>();
  for (const k of deps.equationSymbols(latex)) {
    if (typeof k === 'string') out.add(k);
    else if (k && typeof k === 'object' && typeof (k as { key?: unknown }).key === 'string') out.add((k as { key: string }).key);
  }
  return out;
}

/** Each symbol the where-list defines (not inherited "as above"), by the key the formula's symbols use. */
function meaningsOf(deps: SiteDeps, eq: Equation): Map<string, SymbolMeaning> {
  const out = new Map<string, SymbolMeaning>();
  for (const v of eq.variables) {
    if (v.inherited) continue;
    const meaning = normaliseMeaning(v.description);
    if (!meaning) continue;
    for (const s of v.symbols) {
      const keys = keysOf(deps, s);
      const key = keys.size === 1 ? [...keys][0]! : symbolKey(s);
      if (!out.has(key)) out.set(key, { meaning, latex: s });
    }
  }
  return out;
}

/**
 * Each collection's equations as last made, by its record: `formulary dev` plans the site again
 * after every save, and a file that did not change keeps its record (pipeline/project.ts `kept`),
 * so its links, symbol keys and meanings are not made again. Weak: a build holds nothing more.
 */
const madeFor = new WeakMap<Collection, { topics: Topic[]; deps: SiteDeps; equations: SiteEquation[] }>();

/**
 * Orders collections and picks the primary one: `primary` (a source path) when given, else
 * the first by source path — so a folder build is stable whatever order files are listed in.
 */
export function buildModel(inputs: CollectionInput[], deps: SiteDeps, primary?: string): SiteCollection[] {
  const slugify = deps.slugify ?? slugifyCore;
  const sorted = [...inputs].sort((a, b) => (a.collection.sourceFile < b.collection.sourceFile ? -1 : a.collection.sourceFile > b.collection.sourceFile ? 1 : 0));
  let primaryIndex = 0;
  if (primary) {
    const norm = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');
    const i = sorted.findIndex((c) => norm(c.collection.sourceFile) === norm(primary) || basename(c.collection.sourceFile) === basename(primary));
    if (i >= 0) primaryIndex = i;
  }
  const [first] = sorted.splice(primaryIndex, 1);
  if (first) sorted.unshift(first);

  const used = new Set<string>(['equations', 'topics', 'symbols', 'assets', 'search']);
  return sorted.map((input, ci) => {
    // A file named only with non-Latin letters (π.md) still needs a URL segment.
    let slug = slugify(basename(input.collection.sourceFile).replace(/\.(md|markdown|qmd|rmd|mdx|ipynb)$/i, '')) || 'collection';
    while (ci > 0 && used.has(slug)) slug = `${slug}-${ci}`;
    used.add(slug);
    // The project gives the sidecar's topics, or the markdown's own groups (parse/topics.ts).
    const topics = input.topics;
    const topicBySlug = new Map<string, Topic>();
    for (const t of topics) for (const s of t.equations) if (!topicBySlug.has(s)) topicBySlug.set(s, t);
    const eqs = input.collection.equations;
    const made = madeFor.get(input.collection);
    const equations = made && made.topics === topics && made.deps === deps ? made.equations : eqs.map((eq, index): SiteEquation => {
      let latex = eq.latex;
      let linked = new Set<number>();
      if (deps.linkLatex) {
        try {
          // Borrowed meanings are items after the own ones: their symbols link like own symbols.
          // The earlier equations matter only to items defined as above (symbols/known.ts earlierSources): a copy
          // per equation would be quadratic (50 million references at 10,000 equations), as in validation and borrowing.
          const r = deps.linkLatex(withBorrowedItems(eq), eq.variables.some((v) => v.inherited) ? eqs.slice(0, index) : NONE);
          latex = r.latex;
          linked = new Set(r.linked);
        } catch {
          // A linker failure costs the links of one equation, never the build.
        }
      }
      const symbolKeys = keysOf(deps, eq.latex);
      if (symbolKeys.size === 0) for (const v of eq.variables) for (const s of v.symbols) symbolKeys.add(symbolKey(s));
      return { eq, index, topic: topicBySlug.get(eq.slug) ?? null, latex, linked, symbolKeys, meanings: meaningsOf(deps, eq) };
    });
    madeFor.set(input.collection, { topics, deps, equations });
    return {
      collection: input.collection,
      topics,
      slug,
      primary: ci === 0,
      paths: new CollectionPaths(ci === 0 ? '' : `${slug}/`),
      equations,
      bySlug: new Map(equations.map((e) => [e.eq.slug, e])),
    };
  });
}

/**
 * The site's view of the records: which collection owns the root URLs, each equation's topic,
 * symbol keys, related equations and linked LaTeX. Computed once per build, pure.
 */
import { basename } from 'node:path';
import type { Collection, Equation, Topic } from '../types.js';
import { CollectionPaths } from './urls.js';
import { slugify as slugifyCore } from '../parse/slug.js';
import { withBorrowedItems } from '../latex/borrowed-items.js';

/** Optional stages written by other modules; absent ones degrade (no links, simpler symbol keys, no search). */
export interface SiteDeps {
  linkLatex?: (eq: Equation, earlier: Equation[]) => { latex: string; linked: number[] };
  equationSymbols?: (latex: string) => Iterable<unknown>;
  buildSearchFiles?: (
    inputs: Array<{ collection: Collection; equation: Equation; url: string; topic: string }>,
  ) => Array<{ path: string; contents: string | Uint8Array }>;
  slugify?: (text: string) => string;
  /** SVG and Open Graph card of an equation (build only; see assets/equation-images.ts). */
  equationImages?: (input: EquationImageInput) => EquationImages | null;
  /** Spoken form of LaTeX (build only; see latex/speech.ts). */
  speak?: (latex: string, display?: boolean) => string | null;
}

export interface EquationImageInput {
  name: string;
  latex: string;
  collection: string;
  /** The text card's sentence, when the formula cannot be shown. */
  description: string;
  /** KaTeX compiles the LaTeX (otherwise: no SVG, a text card). */
  renders: boolean;
}

export interface EquationImages {
  /** The standalone SVG, or null when MathJax could not typeset the formula. */
  svg: string | null;
  /** The 1200×630 card. */
  png: Uint8Array;
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

  const used = new Set<string>(['equations', 'topics', 'symbols', 'assets']);
  return sorted.map((input, ci) => {
    // A file named only with non-Latin letters (π.md) still needs a URL segment.
    let slug = slugify(basename(input.collection.sourceFile).replace(/\.(md|markdown)$/i, '')) || 'collection';
    while (ci > 0 && used.has(slug)) slug = `${slug}-${ci}`;
    used.add(slug);
    // The project gives the sidecar's topics, or the markdown's own groups (parse/topics.ts).
    const topics = input.topics;
    const topicBySlug = new Map<string, Topic>();
    for (const t of topics) for (const s of t.equations) if (!topicBySlug.has(s)) topicBySlug.set(s, t);
    const eqs = input.collection.equations;
    const equations = eqs.map((eq, index): SiteEquation => {
      let latex = eq.latex;
      let linked = new Set<number>();
      if (deps.linkLatex) {
        try {
          // Borrowed meanings are items after the own ones: their symbols link like own symbols.
          const r = deps.linkLatex(withBorrowedItems(eq), eqs.slice(0, index));
          latex = r.latex;
          linked = new Set(r.linked);
        } catch {
          // A linker failure costs the links of one equation, never the build.
        }
      }
      const symbolKeys = keysOf(deps, eq.latex);
      if (symbolKeys.size === 0) for (const v of eq.variables) for (const s of v.symbols) symbolKeys.add(symbolKey(s));
      return { eq, index, topic: topicBySlug.get(eq.slug) ?? null, latex, linked, symbolKeys };
    });
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

/** Symbol key → equations using it, and topic → its equations, built once per collection. */
interface RelatedIndex {
  byKey: Map<string, SiteEquation[]>;
  byTopic: Map<unknown, SiteEquation[]>;
  /** Keys used by more equations than this say nothing about relatedness (`x`, `i` at scale). */
  maxPostings: number;
}

const relatedIndexes = new WeakMap<SiteCollection, RelatedIndex>();
const topicSets = new WeakMap<RelatedIndex, Map<unknown, Set<SiteEquation>>>();

/** The members of a topic as a set, built once per topic (not once per equation). */
function topicSetOf(index: RelatedIndex, topic: unknown, members: SiteEquation[]): Set<SiteEquation> {
  let byTopic = topicSets.get(index);
  if (!byTopic) topicSets.set(index, (byTopic = new Map()));
  let set = byTopic.get(topic);
  if (!set) byTopic.set(topic, (set = new Set(members)));
  return set;
}

function relatedIndex(sc: SiteCollection): RelatedIndex {
  let index = relatedIndexes.get(sc);
  if (index) return index;
  // A symbol key shared by more than ~200 equations (x, i, n…) says little about relatedness and
  // would make each equation walk thousands of postings at 10,000 equations.
  index = { byKey: new Map(), byTopic: new Map(), maxPostings: Math.max(50, Math.min(200, Math.ceil(sc.equations.length / 10))) };
  for (const e of sc.equations) {
    for (const k of e.symbolKeys) {
      const list = index.byKey.get(k);
      if (list) list.push(e);
      else index.byKey.set(k, [e]);
    }
    if (e.topic !== null) {
      const list = index.byTopic.get(e.topic);
      if (list) list.push(e);
      else index.byTopic.set(e.topic, [e]);
    }
  }
  relatedIndexes.set(sc, index);
  return index;
}

/**
 * Related equations: most shared symbol keys first, same topic as a tie-break bonus; at
 * least two shared symbols or the same topic to qualify. Ties keep document order.
 * Counted through an inverted index, so a collection of 10,000 is not 10^8 comparisons.
 */
export function relatedEquations(sc: SiteCollection, se: SiteEquation, limit = 6): SiteEquation[] {
  const index = relatedIndex(sc);
  const shared = new Map<SiteEquation, number>();
  for (const k of se.symbolKeys) {
    const list = index.byKey.get(k);
    if (!list || list.length > index.maxPostings) continue;
    for (const other of list) if (other !== se) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const sameTopic = se.topic !== null ? (index.byTopic.get(se.topic) ?? []) : [];
  const scored: Array<{ e: SiteEquation; score: number }> = [];
  const topicSet = se.topic !== null ? topicSetOf(index, se.topic, sameTopic) : new Set<SiteEquation>();
  for (const [other, n] of shared) if (n >= 2 || topicSet.has(other)) scored.push({ e: other, score: n * 2 + (topicSet.has(other) ? 1 : 0) });
  for (const other of sameTopic) if (other !== se && !shared.has(other)) scored.push({ e: other, score: 1 });
  scored.sort((a, b) => b.score - a.score || a.e.index - b.e.index);
  return scored.slice(0, limit).map((s) => s.e);
}


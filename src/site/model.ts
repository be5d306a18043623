/**
 * The site's view of the records: which collection owns the root URLs, each equation's topic,
 * symbol keys, related equations and linked LaTeX. Computed once per build, pure.
 */
import { basename } from 'node:path';
import type { Collection, Equation, Topic } from '../types.js';
import { CollectionPaths, slugifyText } from './urls.js';

/** Optional stages written by other modules; absent ones degrade (no links, simpler symbol keys, no search). */
export interface SiteDeps {
  linkLatex?: (eq: Equation, earlier: Equation[]) => { latex: string; linked: number[] };
  equationSymbols?: (latex: string) => Iterable<unknown>;
  buildSearchFiles?: (
    inputs: Array<{ collection: Collection; equation: Equation; url: string; topic: string }>,
  ) => Array<{ path: string; contents: string | Uint8Array }>;
  slugify?: (text: string) => string;
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

/** Topics: the sidecar's, or else one per `##`/`###` group so the topic pages are never empty. */
function topicsFor(input: CollectionInput, slugify: (t: string) => string): Topic[] {
  if (input.topics.length > 0) return input.topics;
  const groups = new Map<string, Topic>();
  for (const eq of input.collection.equations) {
    if (!eq.group) continue;
    let t = groups.get(eq.group);
    if (!t) groups.set(eq.group, (t = { slug: slugify(eq.group), title: eq.group, equations: [] }));
    t.equations.push(eq.slug);
  }
  return [...groups.values()];
}

/**
 * Orders collections and picks the primary one: `primary` (a source path) when given, else
 * the first by source path — so a folder build is stable whatever order files are listed in.
 */
export function buildModel(inputs: CollectionInput[], deps: SiteDeps, primary?: string): SiteCollection[] {
  const slugify = deps.slugify ?? slugifyText;
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
    let slug = slugify(basename(input.collection.sourceFile).replace(/\.(md|markdown)$/i, ''));
    while (ci > 0 && used.has(slug)) slug = `${slug}-${ci}`;
    used.add(slug);
    const topics = topicsFor(input, slugify);
    const topicBySlug = new Map<string, Topic>();
    for (const t of topics) for (const s of t.equations) if (!topicBySlug.has(s)) topicBySlug.set(s, t);
    const eqs = input.collection.equations;
    const equations = eqs.map((eq, index): SiteEquation => {
      let latex = eq.latex;
      let linked = new Set<number>();
      if (deps.linkLatex) {
        try {
          const r = deps.linkLatex(eq, eqs.slice(0, index));
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

/**
 * Related equations: most shared symbol keys first, same topic as a tie-break bonus; at
 * least two shared symbols or the same topic to qualify. Ties keep document order.
 */
export function relatedEquations(sc: SiteCollection, se: SiteEquation, limit = 6): SiteEquation[] {
  const scored: Array<{ e: SiteEquation; score: number }> = [];
  for (const other of sc.equations) {
    if (other === se) continue;
    let shared = 0;
    for (const k of se.symbolKeys) if (other.symbolKeys.has(k)) shared += 1;
    const sameTopic = se.topic !== null && other.topic === se.topic;
    if (shared < 2 && !sameTopic) continue;
    scored.push({ e: other, score: shared * 2 + (sameTopic ? 1 : 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.e.index - b.e.index);
  return scored.slice(0, limit).map((s) => s.e);
}

/** Display label "17. Adam Optimizer" parts. */
export function numberLabel(eq: Equation): string {
  return eq.number === null ? '' : `${eq.number}.`;
}

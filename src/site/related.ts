/**
 * Related equations by meaning: two equations are related through a symbol only when both
 * where-lists define it and say the same thing about it (Adam's η, "the learning rate", relates
 * it to Gradient Descent; Exponential Family's η, "the natural parameter", does not), plus the
 * same topic. Each relation comes with a few words saying why ("shares η, the learning rate").
 * Counted through an inverted index (symbol + meaning → equations), so 10,000 equations are not
 * 10^8 comparisons.
 */
import type { SiteCollection, SiteEquation } from './model.js';
import { plainText } from '../search/plain-math.js';

export interface Related {
  e: SiteEquation;
  /** Why, in a few words: "shares η, the learning rate" or "same topic". */
  reason: string;
}

interface RelatedIndex {
  byMeaning: Map<string, SiteEquation[]>;
  byTopic: Map<unknown, SiteEquation[]>;
  /** Postings longer than this say nothing about relatedness (a meaning every equation shares). */
  maxPostings: number;
}

const indexes = new WeakMap<SiteCollection, RelatedIndex>();

const entryKey = (key: string, meaning: string): string => `${key}\u0000${meaning}`;

function relatedIndex(sc: SiteCollection): RelatedIndex {
  let index = indexes.get(sc);
  if (index) return index;
  index = { byMeaning: new Map(), byTopic: new Map(), maxPostings: Math.max(50, Math.min(200, Math.ceil(sc.equations.length / 10))) };
  for (const e of sc.equations) {
    for (const [key, m] of e.meanings) {
      const k = entryKey(key, m.meaning);
      const list = index.byMeaning.get(k);
      if (list) list.push(e);
      else index.byMeaning.set(k, [e]);
    }
    if (e.topic !== null) {
      const list = index.byTopic.get(e.topic);
      if (list) list.push(e);
      else index.byTopic.set(e.topic, [e]);
    }
  }
  indexes.set(sc, index);
  return index;
}

function describeShared(shared: Array<{ latex: string; meaning: string }>): string {
  const [first, second] = shared;
  if (!first) return '';
  const one = `${plainText(`$${first.latex}$`)}, the ${first.meaning}`;
  if (!second) return `shares ${one}`;
  const more = shared.length - 1;
  return `shares ${one}, and ${more} more symbol${more === 1 ? '' : 's'}`;
}

/** A related equation with what the reason is made of: the meanings shared (symbol and meaning) and the same topic. */
export interface RelatedWhy {
  e: SiteEquation;
  shared: Array<{ latex: string; meaning: string }>;
  topic: boolean;
}

/**
 * Most symbols shared with the same meaning first, the same topic adding a little; one shared
 * meaning or the same topic qualifies. Ties keep document order.
 */
export function relatedWithReasons(sc: SiteCollection, se: SiteEquation, limit = 6): Related[] {
  return relatedWhy(sc, se, limit).map(({ e, shared, topic }) => ({ e, reason: shared.length ? describeShared(shared) + (topic ? '; same topic' : '') : 'same topic' }));
}

/** relatedWithReasons before the reasons are written out (what a page key needs). */
export function relatedWhy(sc: SiteCollection, se: SiteEquation, limit = 6): RelatedWhy[] {
  const index = relatedIndex(sc);
  const shared = new Map<SiteEquation, Array<{ latex: string; meaning: string }>>();
  for (const [key, m] of se.meanings) {
    const list = index.byMeaning.get(entryKey(key, m.meaning));
    if (!list || list.length > index.maxPostings) continue;
    for (const other of list) {
      if (other === se) continue;
      let got = shared.get(other);
      if (!got) shared.set(other, (got = []));
      got.push(m);
    }
  }
  const sameTopic = new Set(se.topic !== null ? (index.byTopic.get(se.topic) ?? []) : []);
  const scored: Array<RelatedWhy & { score: number }> = [];
  for (const [other, ms] of shared) {
    const topic = sameTopic.has(other);
    scored.push({ e: other, score: ms.length * 2 + (topic ? 1 : 0), shared: ms, topic });
  }
  for (const other of sameTopic) if (other !== se && !shared.has(other)) scored.push({ e: other, score: 1, shared: [], topic: true });
  scored.sort((a, b) => b.score - a.score || a.e.index - b.e.index);
  return scored.slice(0, limit).map(({ e, shared, topic }) => ({ e, shared, topic }));
}


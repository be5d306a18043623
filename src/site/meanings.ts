/**
 * Meanings of a symbol across a collection's where-lists, for the pages:
 * - `meaningKey`: when the notation index lists two items as one meaning, decided conservatively
 *   (the same content words, all of them: borrow/match.ts `meaningWords`), so "the learning rate"
 *   and "is the learning rate (step size)" are one entry but "the input" and "the input gate" two;
 * - `otherMeanings`: the meanings the collection gives an item's symbol elsewhere ("also means"),
 *   those that `conflicting-meaning` counts as different (no specific word in common:
 *   borrow/distinct.ts), each with the first equation that gives it.
 */
import type { Variable } from '../types.js';
import { meaningWords } from '../borrow/match.js';
import { distinctMeanings } from '../borrow/distinct.js';
import { symbolKey, type SiteCollection, type SiteEquation } from './model.js';

export function meaningKey(description: string): string {
  const words = [...meaningWords(description)].sort();
  return words.length > 0 ? `w:${words.join(' ')}` : `t:${description.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Another meaning of a symbol: the where-item's description, and the first equation that gives it. */
export interface OtherMeaning {
  symbol: string;
  description: string;
  se: SiteEquation;
}

/** Symbols of one item looked at (as the notation index), meanings named per item at most. */
const MAX_SYMBOLS = 32;
const MAX_NAMED = 3;

type Index = Map<string, Array<{ words: Set<string>; description: string; symbol: string; se: SiteEquation }>>;

const indexes = new WeakMap<SiteCollection, Index>();

/** Per symbol key: its distinct meanings in document order (the first equation of each). */
function meaningIndex(sc: SiteCollection): Index {
  let index = indexes.get(sc);
  if (index) return index;
  index = new Map();
  for (const se of sc.equations) {
    for (const v of se.eq.variables) {
      if (v.inherited) continue;
      const words = meaningWords(v.description);
      if (words.size === 0) continue;
      for (const symbol of v.symbols.slice(0, MAX_SYMBOLS)) {
        const key = symbolKey(symbol);
        let list = index.get(key);
        if (!list) index.set(key, (list = []));
        if (list.length < 16 && list.every((m) => distinctMeanings(m.words, words))) list.push({ words, description: v.description, symbol, se });
      }
    }
  }
  indexes.set(sc, index);
  return index;
}

/** What the collection also means by the item's symbols (never the item's own meaning, never its own equation). */
export function otherMeanings(sc: SiteCollection, se: SiteEquation, v: Variable): OtherMeaning[] {
  const words = meaningWords(v.description);
  if (words.size === 0) return [];
  const out: OtherMeaning[] = [];
  const index = meaningIndex(sc);
  for (const symbol of v.symbols.slice(0, MAX_SYMBOLS)) {
    for (const m of index.get(symbolKey(symbol)) ?? []) {
      if (m.se === se || !distinctMeanings(m.words, words) || out.some((o) => o.description === m.description)) continue;
      out.push({ symbol: m.symbol, description: m.description, se: m.se });
      if (out.length >= MAX_NAMED) return out;
    }
  }
  return out;
}

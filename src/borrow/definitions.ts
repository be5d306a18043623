/**
 * The definitions a collection's where-lists give, by symbol key, and the ways borrow.ts looks
 * up those that may lend a meaning: the same key, the key with an index letter swapped
 * (`z_k` for `z_j`), a family of sibling keys defined alike (`W_{xi}`, `W_{xf}`, `W_{xo}` for
 * `W_{xc}`), the nearest first. Pure.
 */
import type { Collection, Equation } from '../types.js';
import { indexLetterSwap, meaningWords, namedHead, sameMeaning, subscriptLetterSwap, wholeSymbolKey } from './match.js';

/** Descriptions that point elsewhere instead of saying what the symbol is. */
const REFERRING = /\b(as (above|before|earlier)|defined (above|before|earlier|previously)|see (above|eq))/i;

export interface Definition {
  eq: Equation;
  index: number;
  item: number;
  /** The defining symbol's LaTeX as written ('' for a left-hand side). */
  symbol: string;
  description: string;
}

/** key → every (equation, item) of the collection that defines exactly that symbol. */
export type DefinitionIndex = Map<string, Definition[]>;

export function definitionIndex(collection: Collection): DefinitionIndex {
  const out: DefinitionIndex = new Map();
  const add = (key: string, d: Definition) => {
    const list = out.get(key);
    if (list) list.push(d);
    else out.set(key, [d]);
  };
  collection.equations.forEach((eq, index) => {
    const head = namedHead(eq);
    if (head !== null && eq.nameText.trim()) add(head, { eq, index, item: -1, symbol: '', description: `the ${eq.name.trim()}` });
    eq.variables.forEach((v, item) => {
      if (v.inherited || !v.description.trim() || REFERRING.test(v.description)) return;
      const seen = new Set<string>();
      for (const s of v.symbols) {
        const key = wholeSymbolKey(s);
        if (key === null || seen.has(key)) continue;
        seen.add(key);
        add(key, { eq, index, item, symbol: s, description: v.description });
      }
    });
  });
  return out;
}

export type Swap = { from: string; to: string };
interface SwapKey {
  key: string;
  swap: Swap;
  /** An index letter (`z_k` for `z_j`), not a letter inside a juxtaposed name (`W_{xi}` for `W_{xc}`). */
  index: boolean;
}

interface SwapMemo {
  found: Map<string, SwapKey[]>;
  /** The defined keys by each of their subscript letters blanked out (`z_{\u0000}` for `z_{j}`), with their place in the index. */
  blanked: Map<string, Array<[string, number]>>;
}

const swapMemo = new WeakMap<DefinitionIndex, SwapMemo>();

/** Each way of blanking one letter of `key` that follows a `_` (the only letters `subscriptLetterSwap` swaps). */
function* blanks(key: string): Generator<string> {
  const under = key.indexOf('_');
  if (under < 0) return;
  for (let i = under + 1; i < key.length; i++) if (/[A-Za-z]/.test(key[i]!)) yield `${key.slice(0, i)}\u0000${key.slice(i + 1)}`;
}

function memoOf(defs: DefinitionIndex): SwapMemo {
  let memo = swapMemo.get(defs);
  if (!memo) {
    const blanked = new Map<string, Array<[string, number]>>();
    let place = 0;
    for (const k of defs.keys()) {
      for (const b of blanks(k)) {
        const list = blanked.get(b);
        if (list) list.push([k, place]);
        else blanked.set(b, [[k, place]]);
      }
      place++;
    }
    memo = { found: new Map(), blanked };
    swapMemo.set(defs, memo);
  }
  return memo;
}

/**
 * The defined keys that are `key` with one subscript letter swapped (memoised per index), in the index's order.
 * Such a key and `key` blank to the same string at the letter they differ in, so only the keys sharing one of
 * `key`'s blanked forms are compared (comparing every defined key made the borrow stage quadratic).
 */
export function swapsOf(defs: DefinitionIndex, key: string): SwapKey[] {
  const memo = memoOf(defs);
  let out = memo.found.get(key);
  if (!out) {
    const near: Array<[string, number]> = [];
    for (const b of blanks(key)) for (const entry of memo.blanked.get(b) ?? []) if (entry[0] !== key) near.push(entry);
    near.sort((a, b) => a[1] - b[1]);
    out = [];
    for (const [k] of near) {
      const swap = subscriptLetterSwap(key, k);
      if (swap) out.push({ key: k, swap, index: indexLetterSwap(key, k) !== null });
    }
    memo.found.set(key, out);
  }
  return out;
}

/** A family: at least this many sibling keys (`W_{xi}`, `W_{xf}`, `W_{xo}` for `W_{xc}`), from as many equations, all defined alike. */
const FAMILY = 3;
/** A meaning read off a family is shown with at most this confidence: it is the pattern's, not a definition's. */
export const FAMILY_CONFIDENCE = 0.7;

/**
 * Definitions of the sibling keys of `key` (one letter of a juxtaposed subscript name swapped)
 * when they form a family: `FAMILY` keys or more, from as many equations, every description the
 * same meaning and written without math (a meaning naming its own letters is not the family's).
 */
export function familyOf(defs: DefinitionIndex, key: string, index: number): Array<{ d: Definition; swap: Swap }> {
  const out: Array<{ d: Definition; swap: Swap }> = [];
  const keys = new Set<string>();
  const equations = new Set<Equation>();
  let words: Set<string> | null = null;
  for (const { key: k, swap } of swapsOf(defs, key)) {
    for (const d of nearest(defs.get(k) ?? [], index)) {
      if (/\$|\\\(/.test(d.description)) return [];
      const w = meaningWords(d.description);
      if (words && !sameMeaning(w, words)) return [];
      words ??= w;
      keys.add(k);
      equations.add(d.eq);
      out.push({ d, swap });
    }
  }
  return keys.size >= FAMILY && equations.size >= FAMILY ? out : [];
}

/** Definitions weigh less with distance; past this many, the nearest speak for the collection (10,000 equations stay fast). */
const MAX_CANDIDATES = 64;

/** The definitions nearest to equation `index` (the list is in document order). */
export function nearest(list: Definition[], index: number): Definition[] {
  if (list.length <= MAX_CANDIDATES) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Definition).index < index) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  const out: Definition[] = [];
  while (out.length < MAX_CANDIDATES && (left >= 0 || right < list.length)) {
    const l = list[left];
    const r = list[right];
    if (r && (!l || r.index - index <= index - l.index)) {
      out.push(r);
      right++;
    } else if (l) {
      out.push(l);
      left--;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The bare letter of a key, wrappers and case dropped (`\\hat{\\mathbf{y}}` → `y`, `X` → `x`), or null for anything else. */
function letterOfKey(key: string): string | null {
  let k = key;
  for (let m = /^\\[A-Za-z]+\{(.*)\}$/.exec(k); m; m = /^\\[A-Za-z]+\{(.*)\}$/.exec(k)) k = m[1] as string;
  return /^(?:[A-Za-z]|\\[A-Za-z]+)$/.test(k) ? k.toLowerCase() : null;
}

const letterMemo = new WeakMap<DefinitionIndex, Map<string, string[]>>();

/**
 * The defined keys without scripts whose letter is the letter of `base` in any accent, weight or
 * case (`\\hat{\\mathbf{y}}`, `\\hat{y}`, `Y` for `\\hat{y}`): the symbols whose entries or members
 * `base` with scripts may be (the analysis decides). Memoised per index.
 */
export function sameLetterKeys(defs: DefinitionIndex, base: string): string[] {
  let memo = letterMemo.get(defs);
  if (!memo) {
    memo = new Map();
    for (const k of defs.keys()) {
      const letter = /[_^]/.test(k) ? null : letterOfKey(k);
      if (letter === null) continue;
      const list = memo.get(letter);
      if (list) list.push(k);
      else memo.set(letter, [k]);
    }
    letterMemo.set(defs, memo);
  }
  const letter = letterOfKey(base);
  return letter === null ? [] : (memo.get(letter) ?? []);
}

/**
 * How borrow.ts compares symbols and meanings, on the symbol analysis's own terms:
 * - `wholeSymbolKey`: the analysis's key of a where-list symbol written as one symbol (or as a
 *   function of plain arguments); `namedHead`: the named quantity an equation defines by its left side;
 * - `indexLetterSwap` + `analysisCallsVariant`: a definition for another index letter (`z_k` for `z_j`);
 * - `meaningWords` / `sameMeaning`: two descriptions that say the same thing.
 */
import type { Equation } from '../types.js';
import { equationSymbols, matchVariables } from '../symbols/analysis.js';
import { remembered } from '../katex/memo.js';

const STOP = new Set(
  'the a an of at for in on to by with and or is are its their this that which each some any one current given respective respectively'.split(' '),
);

const wordsMemo = new Map<string, Set<string>>();

/** The content words of a description: no math, no parenthetical remark, no articles, singular. Memoised. */
export function meaningWords(description: string): Set<string> {
  const hit = wordsMemo.get(description);
  if (hit) return hit;
  const words = computeWords(description);
  if (wordsMemo.size > 4000) wordsMemo.clear();
  wordsMemo.set(description, words);
  return words;
}

function computeWords(description: string): Set<string> {
  const text = description
    .toLowerCase()
    .replace(/\$[^$]*\$|\\\(.*?\\\)/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ');
  const out = new Set<string>();
  for (const w of text.split(/\s+/)) {
    const word = w.replace(/^-+|-+$/g, '');
    if (!word || STOP.has(word) || /^(th|st|nd|rd)$/.test(word)) continue;
    out.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return out;
}

/** Two descriptions say the same when one's content words contain the other's ("the input" ⊂ "the input at time t"). */
export function sameMeaning(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

const keyMemo = new Map<string, string | null>();

/**
 * The analysis's key of a where-list symbol written as one whole symbol (`h_{t-1}`, `{x}`) or as
 * a function of plain arguments (`\mathcal{N}(v)`, `L(\theta)`, `f(\cdot)` define `\mathcal{N}`,
 * `L`, `f`); null for anything else (`\text{ReLU}(z)`, `E[g^2]`, `x \cdot y`).
 */
export function wholeSymbolKey(latex: string): string | null {
  const hit = keyMemo.get(latex);
  if (hit !== undefined) return hit;
  const trimmed = latex.trim();
  const occ = equationSymbols(trimmed);
  let key: string | null = null;
  const first = occ[0];
  if (first && first.start >= 0) {
    const before = trimmed.slice(0, first.start);
    const after = trimmed.slice(first.end);
    if (/^[\s{]*$/.test(before)) {
      if (occ.length === 1 && /^[\s}]*$/.test(after)) key = first.key;
      else if (/^\s*(\\left\s*)?\([^()]*(\\right\s*)?\)\s*$/.test(after)) key = first.key;
    }
  }
  if (keyMemo.size > 4000) keyMemo.clear();
  keyMemo.set(latex, key);
  return key;
}

/**
 * The named quantity an equation defines by its left-hand side: `L_{\text{MSE}} = …`,
 * `D_{\text{KL}}(P \| Q) = …` (a symbol with a word in it, alone or applied to arguments).
 * Plain letters (`\theta = (X^\top X)^{-1} X^\top y`) are not: the name describes the formula.
 */
export function namedHead(eq: Equation): string | null {
  const lhs = eq.latex.split(/(?<![<>!\\])=/)[0];
  if (lhs === undefined || lhs === eq.latex) return null;
  const key = wholeSymbolKey(lhs);
  return key !== null && /\\(text|mathrm|operatorname)/.test(key) ? key : null;
}

const LETTER = /^[A-Za-z]$/;

/** Keys of equal length that differ in exactly one letter, after a `_`: where, and which letters. */
function oneSubscriptLetterApart(use: string, def: string): { at: number; from: string; to: string } | null {
  if (use.length !== def.length || use === def) return null;
  let at = -1;
  for (let i = 0; i < use.length; i++) {
    if (use[i] === def[i]) continue;
    if (at >= 0) return null;
    at = i;
  }
  const to = use[at] ?? '';
  const from = def[at] ?? '';
  if (!LETTER.test(to) || !LETTER.test(from) || !use.slice(0, at).includes('_')) return null;
  return { at, from, to };
}

/**
 * `z_{k}` for `z_{j}`, `h_{v}^{( l )}` for `h_{u}^{( l )}`: keys that differ in one index letter of
 * a subscript (not in a juxtaposed name: `W_{xc}` ≠ `W_{xi}`, nor by an offset: `h_{t}` ≠ `h_{t - 1}`).
 */
export function indexLetterSwap(use: string, def: string): { from: string; to: string } | null {
  const apart = oneSubscriptLetterApart(use, def);
  if (!apart) return null;
  const { at, from, to } = apart;
  if (LETTER.test(use[at - 1] ?? '') || LETTER.test(use[at + 1] ?? '') || use[at - 1] === '\\') return null;
  return { from, to };
}

/**
 * `W_{xc}` for `W_{xi}`: keys that differ in one letter of a subscript, also inside a juxtaposed
 * name (never inside a command name such as `\text`). On its own this is no evidence (`W_{xc}` is
 * not `W_{xi}`); borrow.ts accepts it only from a family of such keys all defined the same way.
 */
export function subscriptLetterSwap(use: string, def: string): { from: string; to: string } | null {
  const apart = oneSubscriptLetterApart(use, def);
  if (!apart) return null;
  let start = apart.at;
  while (start > 0 && LETTER.test(use[start - 1] ?? '')) start--;
  return use[start - 1] === '\\' ? null : { from: apart.from, to: apart.to };
}

/** The description with the defining symbol's index letter, where it is written as math, swapped for the use's. */
export function swapLetter(description: string, swap: { from: string; to: string }): string {
  const f = swap.from;
  return description.replace(new RegExp(`\\$${f}\\$|\\\\\\(${f}\\\\\\)`, 'g'), (m) => m.replace(f, swap.to));
}

/**
 * The analysis's own verdict: does the definition `symbol` match the use written `latex` as a
 * variant? Memoised by content (katex/memo.ts), in the process and in the build cache: at
 * 10,000 equations there are more pairs than a small memo holds, and each probe parses the use.
 */
export function analysisCallsVariant(latex: string, symbol: string): boolean {
  return remembered('variant', `${latex}\u0000${symbol}`, () => probeVariant(latex, symbol));
}

function probeVariant(latex: string, symbol: string): boolean {
  return matchVariables(probeOf(latex, symbol), []).matches.some((m) => m.kinds.includes('variant'));
}

/** A one-item equation: `latex` with a where-list defining `symbol`, for asking the analysis. */
function probeOf(latex: string, symbol: string): Equation {
  return {
    latex,
    latexMap: { pieces: [] },
    variables: [{ symbols: [symbol], symbolSources: [], description: '', item: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }],
    notes: [],
    inlineMath: [],
  } as unknown as Equation;
}

/** The key of a symbol without its scripts (`w_{\\text{old}}` → `w`, `\\hat{y}_{i}` → `\\hat{y}`), or null when it has none. */
export function baseKey(key: string): string | null {
  let depth = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && (c === '_' || c === '^') && i > 0) return key.slice(0, i);
  }
  return null;
}

/**
 * Does a where-list defining `symbol` explain the use `latex` as its own (an entry, member or state
 * of it: `\\hat{y}_i` of `\\hat{y}`, `w_{\\text{old}}` of `w`), as the equation's own list would? Memoised.
 */
export function analysisCoversMember(latex: string, symbol: string): boolean {
  return remembered('member', `${latex}\u0000${symbol}`, () => matchVariables(probeOf(latex, symbol), []).undefinedUses.length === 0);
}

/**
 * Uses a reader reads as a defined symbol's own, though they are not the symbol itself: entries
 * of a defined matrix or vector, members of a defined family, the base of a defined power. They
 * decide that a use is not undefined and that a definition is not unused; they are never linked
 * (links stay exact, symbols/match.ts).
 *
 * - entries of a matrix or vector: `x_{ij}`, `x_{11}`, `x_{nd}`, `\mathbf{x}_i` of `X` or
 *   `\mathbf{X}`; `a_{ij}` of `A`; `\sigma_{ij}` of `\Sigma`; `\beta_j` of `\boldsymbol{\beta}`;
 *   `y_i` of `\mathbf{y}` (the same letter in another case or weight, with an index subscript);
 * - entries of a numbered vector: `e_{1i}`, `e_{1,i}` of `\mathbf{e}_1`;
 * - indexed members of a defined power: `\sigma_i^2`, `\sigma^2_i`, `\sigma_i` of `\sigma^2`;
 * - the base of a defined power: `\sigma` of `\sigma^2`;
 * - a state of a defined symbol, named by a word subscript: `w_{\text{old}}`, `\theta_{\text{new}}`
 *   of `w`, `\theta` (the same quantity before and after a step; other words name other quantities);
 * - the family of a defined member, for a Greek letter: `\sigma` of `\sigma_j`, `\mu` of `\mu_k`
 *   (the member's subscript is index letters only); and the matrix `X` of defined entries `x_{ij}`.
 *   Not a Latin letter: `N` next to `N_k` is a total, `w` next to a sample weight `w_i` the
 *   model's weight vector; a reader asks for those.
 */
import { isLetterText, solid, type SNode } from './node.js';
import { decorative, type MatchContext } from './match.js';
import type { Sym } from './scan.js';

/** Weights and arrows that make a letter a vector or matrix without changing which letter it is. */
const WEIGHT = /^\\(?:mathbf|boldsymbol|bm|mathbfit|pmb|vec|overrightarrow)\{(.+)\}$/;

/** The letter under a bold or arrow wrapper (`\mathbf{X}` → `X`, `\boldsymbol{\beta}` → `\beta`), or null. */
function letterOf(core: string): string | null {
  const inner = WEIGHT.exec(core)?.[1] ?? core;
  return isLetterText(inner) ? inner : null;
}

/** `X` → `x`, `\Sigma` → `\sigma`; null when the letter has no lower case of its own. */
function lowerOf(letter: string): string | null {
  if (/^[A-Z]$/.test(letter)) return letter.toLowerCase();
  const greek = /^\\([A-Z])([a-z]+)$/.exec(letter);
  return greek ? `\\${greek[1]!.toLowerCase()}${greek[2]}` : null;
}

/** `ij`, `11`, `nd`, `i,j`, `i1`: index letters, numbers and commas. */
function indexLike(sub: SNode[] | null): boolean {
  const t = solid(sub ?? []);
  return t.length > 0 && t.every((n) => (n.role === 'letter' && n.type === 'mathord') || n.role === 'number' || n.key === ',');
}

/** `i`, `j`, `k`, `ij`, `i,j`: index letters only (no numbers: `\beta_0` is its own symbol). */
function indexLetters(sub: SNode[] | null): number {
  const t = solid(sub ?? []);
  if (t.length === 0 || !t.every((n) => (n.role === 'letter' && n.type === 'mathord') || n.key === ',')) return 0;
  return t.filter((n) => n.role === 'letter').length;
}

/** No superscript, or one that leaves the symbol the same (`^\top`, `^2`, `^{-1}`). */
function plainOrDecorated(s: Sym, cx: MatchContext): boolean {
  return !s.sup || decorative(s.sup, cx);
}

/** Accents a vector and its entries share: `\hat{y}_j` of `\hat{\mathbf{y}}`. */
const ACCENT = /^\\(hat|widehat|tilde|widetilde|bar|overline|dot|ddot|check|breve)\{(.+)\}$/;

/** One accent however it is spelled: `\widehat` is `\hat`, `\overline` is `\bar`. */
const sameAccent = (name: string): string => ({ widehat: 'hat', widetilde: 'tilde', overline: 'bar' })[name] ?? name;

/** The two cores with the accents they share peeled off, outermost first (`\hat{\mathbf{y}}`, `\hat{y}` → `\mathbf{y}`, `y`). */
function withoutSharedAccents(a: string, b: string): [string, string] {
  for (let k = 0; k < 4; k++) {
    const ma = ACCENT.exec(a);
    const mb = ACCENT.exec(b);
    if (!ma || !mb || sameAccent(ma[1]!) !== sameAccent(mb[1]!)) break;
    a = ma[2]!;
    b = mb[2]!;
  }
  return [a, b];
}

/** `x_{ij}` of `X`, `\mathbf{x}_i` of `\mathbf{X}`, `\beta_j` of `\boldsymbol{\beta}`, `y_i` of `\mathbf{y}`, `\hat{y}_j` of `\hat{\mathbf{y}}`. */
function isEntry(def: Sym, use: Sym, cx: MatchContext): boolean {
  if (def.sub || def.sup || !indexLike(use.sub) || !plainOrDecorated(use, cx)) return false;
  const [defCore, useCore] = withoutSharedAccents(def.core, use.core);
  const d = letterOf(defCore);
  const u = letterOf(useCore);
  if (!d || !u) return false;
  // The same letter in another weight (same weight is symbols/match.ts's `component`).
  if (d === u) return defCore !== useCore;
  return lowerOf(d) === u;
}

/**
 * `e_{1i}`, `e_{1,i}^2` of a numbered vector `\mathbf{e}_1`: the vector's number, then the entry's index letters
 * (trial 5, M17). The same letter in another weight, or its lower case (`x_{2j}` of `X_2`).
 */
function isEntryOfNumbered(def: Sym, use: Sym, cx: MatchContext): boolean {
  if (def.sup || !def.sub || !use.sub || !plainOrDecorated(use, cx)) return false;
  const number = solid(def.sub);
  if (number.length === 0 || !number.every((n) => n.role === 'number')) return false;
  const t = solid(use.sub);
  if (!number.every((n, k) => t[k]?.key === n.key)) return false;
  const rest = t.slice(number.length);
  const index = rest[0]?.key === ',' ? rest.slice(1) : rest;
  if (index.length === 0 || !index.every((n) => n.role === 'letter' && n.type === 'mathord')) return false;
  const [defCore, useCore] = withoutSharedAccents(def.core, use.core);
  const d = letterOf(defCore);
  const u = letterOf(useCore);
  if (!d || !u) return false;
  return d === u ? defCore !== useCore : lowerOf(d) === u;
}

/** `\sigma_i^2`, `\sigma_i` of `\sigma^2`; `\sigma` of `\sigma^2`. */
function isOfPower(def: Sym, use: Sym, cx: MatchContext): boolean {
  if (def.sub || !def.sup || def.core !== use.core || !decorative(def.sup, cx)) return false;
  if (!use.sub) return !use.sup;
  return indexLike(use.sub) && plainOrDecorated(use, cx);
}

/** `\sigma` of `\sigma_j`, `\mu` of `\mu_k`; `X` of `x_{ij}`. */
function isFamilyOf(def: Sym, use: Sym, cx: MatchContext): boolean {
  if (def.sup || use.sub || !plainOrDecorated(use, cx)) return false;
  const letters = indexLetters(def.sub);
  if (letters === 0) return false;
  if (def.core === use.core) return /^\\[A-Za-z]+$/.test(letterOf(use.core) ?? '');
  const d = letterOf(def.core);
  const u = letterOf(use.core);
  return letters >= 2 && d !== null && u !== null && lowerOf(u) === d;
}

/** Subscript words that name a state of the same quantity (`w_{\text{old}}`), not another quantity (`L_{\text{MSE}}`). */
const STATE = /^\\(?:text|mathrm|textrm)\{(?:old|new|prev|previous|next|init|initial|final|updated|current)\}$/;

/** `w_{\text{old}}`, `\theta_{\text{new}}` of `w`, `\theta`. */
function isStateOf(def: Sym, use: Sym, cx: MatchContext): boolean {
  if (def.sub || def.sup || def.core !== use.core || !plainOrDecorated(use, cx)) return false;
  const t = solid(use.sub ?? []);
  return t.length === 1 && t[0]!.role === 'word' && STATE.test(t[0]!.key);
}

/** True when `use` is an entry, member or base of the defined `def` (see the module comment). */
export function isMemberOf(def: Sym, use: Sym, cx: MatchContext): boolean {
  return isEntry(def, use, cx) || isEntryOfNumbered(def, use, cx) || isOfPower(def, use, cx) || isFamilyOf(def, use, cx) || isStateOf(def, use, cx);
}

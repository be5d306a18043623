/**
 * Matching one where-list symbol against one symbol of a formula.
 *
 * A definition is compiled into a pattern (symbols/pattern.ts):
 * - a single symbol (`W_{hh}`, `\hat{y}^{(i)}`, `s'`) is compared with each symbol occurrence by
 *   `matchSym`, strongest first:
 *   - exact: same normalised key;
 *   - variant: same base, scripts equal up to an offset (`h_t` ~ `h_{t-1}`, `h_v^{(l)}` ~ `h_v^{(l+1)}`),
 *     one index letter for another in index-shaped scripts (`\hat{y}_j` ~ `\hat{y}_k`, `e_{t,s}` ~
 *     `e_{t,k}`; not in juxtaposed names: `W_{hh}` ≁ `W_{xh}`), a bound index for a letter, or a
 *     number for an index letter the formula never uses (`\text{head}_i` ~ `\text{head}_1`);
 *   - decorated: the use adds a superscript that is a transpose, power, inverse or `(l)`-style index
 *     (`w` ~ `w^\top`, `\phi^\wedge`, `X^{-1}`, `\sigma^2`, `y^{(i)}`, `\gamma^{\lfloor … \rfloor}`; `\beta_1` ~ `\beta_1^t`
 *     when `t` is defined, `p^k` when the formula writes `k` itself, `k_t^{\alpha}`), never a prime or a lone
 *     undefined letter the formula writes nowhere else (`W^O`, `V^\pi` are names); the complement
 *     `A^c` of a capital letter (a set or event) is that letter too;
 *   - component (only to decide "undefined", never linked): a bare base covers its entries
 *     (`x` covers `x_i`, `A` covers `A_{ik}`).
 *   Glyph variants of a letter are the same letter (`\epsilon` ~ `\varepsilon` ~ `ε`, as a variant).
 *   Different accents, bases or subscripts never match: `\hat{y}` ≠ `y`, `W_{hh}` ≠ `W`, `x_t` ≠ `x`,
 *   `f'` ≠ `f`.
 * - anything else is a run of sibling nodes: symbols/pattern.ts (which compiles each definition).
 */
import { solid, type SNode } from './tree.js';
import { isPowerLetter } from './node.js';
import type { Sym } from './scan.js';
import { glyphs, labelOf } from './spelling.js';

export type MatchKind = 'exact' | 'variant' | 'decorated' | 'component';

export interface MatchContext {
  /** Keys of bound variables of the formula. */
  bound: Set<string>;
  /** Every letter in the formula. */
  letters: Set<string>;
  /** Keys the where-list defines (a defined letter may be an exponent: `\beta_1^t`). */
  defined: Set<string>;
  /** Letters the formula writes outside any script: such a letter is an exponent too (`p^k` with `X = k`). */
  written?: Set<string>;
  /** Capitals the formula writes as the subscript of two symbols or more (`A` of `\omega_A`, `f_A`): labels, not indices. */
  labels?: Set<string>;
}

const TRANSPOSE = new Set(['\\top', 'T', '\\intercal', '\\mathsf{T}', '\\text{T}', '\\mathrm{T}']);
/** The hat and vee maps of a Lie algebra (`\\boldsymbol{\\phi}^\\wedge`, `\\mathbf{X}^\\vee`): the same vector written as a matrix, not another symbol. */
const LIE_MAPS = new Set(['\\wedge', '\\vee']);

/** Index tokens with `±n` offsets dropped: `t-1` → `t`, `(l+1)` → `(l)`. */
export function indexTokens(list: SNode[]): SNode[] {
  const parts = solid(list);
  const out: SNode[] = [];
  for (let i = 0; i < parts.length; i++) {
    const n = parts[i];
    if (!n) continue;
    const prev = out[out.length - 1];
    if ((n.key === '+' || n.key === '-') && prev?.role === 'letter' && parts[i + 1]?.role === 'number') {
      while (parts[i + 1]?.role === 'number') i++;
      continue;
    }
    out.push(n);
  }
  return out;
}

/** Single letters separated by commas or offsets (`t,s`, `(l)`), not juxtaposed names like `hh`, `xh`. */
function indexShaped(tokens: SNode[]): boolean {
  return tokens.every((n, i) => n.role !== 'letter' || tokens[i + 1]?.role !== 'letter');
}

/**
 * A label without the mass numbers of its isotopes: `D_2/^4He` reads `D_2/He` (the `^4` before an element's
 * capital is how the author spells helium, not another quantity; trial 5 doc 2 writes both).
 */
function withoutMassNumbers(list: SNode[]): SNode[] {
  const t = solid(list);
  return t.map((n, i) => {
    const numeric = n.role === 'supsub' && !n.sub && n.base && n.base.role !== 'letter' && solid(n.sup ?? []).every((x) => x.role === 'number');
    return numeric && /^[A-Z]$/.test(t[i + 1]?.key ?? '') ? (n.base as SNode) : n;
  });
}

function scriptsLike(def: SNode[] | null, use: SNode[] | null, cx: MatchContext): boolean {
  if (!def || !use) return def === use;
  const label = labelOf(def);
  if (label !== null && label === labelOf(use)) return true;
  const d = indexTokens(withoutMassNumbers(def));
  const u = indexTokens(withoutMassNumbers(use));
  if (d.length !== u.length) return false;
  const indices = indexShaped(d) && indexShaped(u);
  return d.every((dn, i) => {
    const un = u[i];
    if (!un) return false;
    if (dn.key === un.key) return true;
    if (dn.role !== 'letter' || dn.type !== 'mathord') return false;
    // ŷ_j ~ ŷ_k, e_{t,s} ~ e_{t,k}: one index letter for another.
    // Not a label for an index (`n_A` "acoustic" is not `n_j` when `\omega_A`, `f_A` label the same mode; trial 5 doc 2).
    if (indices && un.role === 'letter' && un.type === 'mathord' && !cx.labels?.has(un.key)) return true;
    if (un.role === 'letter' && cx.bound.has(un.key)) return true;
    // \text{head}_i ~ \text{head}_1 when the formula never uses i itself.
    return !cx.letters.has(dn.key) && un.role === 'number';
  });
}

/**
 * A superscript that leaves the symbol the same: a transpose, a power or inverse (numbers,
 * expressions, a defined letter such as the `t` of `\beta_1^t`), or an `(l)`-style index.
 * Also a letter the formula writes outside scripts (`p^k` in `P(X = k) = … p^k …`) and a lowercase
 * Greek exponent (`k_t^{\alpha}`, node.ts). Not: primes (`f'` is another function) or a lone
 * undefined letter written nowhere else (`W^O`, `V^\pi` are names).
 */
export function decorative(sup: SNode[], cx: MatchContext): boolean {
  const t = solid(sup);
  if (t.length === 0 || t.some((n) => n.key === '\\prime')) return false;
  const only = t.length === 1 ? t[0] : undefined;
  if (!only) return true;
  if (TRANSPOSE.has(only.key) || LIE_MAPS.has(only.key) || only.role === 'number' || only.key === '*' || isPowerLetter(t)) return true;
  return only.role === 'letter' && (cx.defined.has(only.key) || cx.written?.has(only.key) === true);
}

/** `A^c`, `A^\complement`: the complement of a set or event written as a single capital letter. */
const COMPLEMENT_MARKS = new Set(['c', '\\complement', '\\mathsf{c}', '\\mathrm{c}', '\\text{c}']);
const SET_LETTER = /^(?:[A-Z]|\\mathcal\{[A-Z]\})$/;

/**
 * The complement of a set or event (`A^c`, `E^\complement`): a capital letter (or a calligraphic
 * one) with only a `c` or `\complement` superscript is that set, complemented, not a name of its own.
 * A lowercase base keeps `c` as an exponent (`x^c`).
 */
export function isComplement(s: Sym): boolean {
  const t = s.sup ? solid(s.sup) : [];
  return !s.sub && t.length === 1 && COMPLEMENT_MARKS.has(t[0]!.key) && SET_LETTER.test(s.core);
}

/** `P(A|B)` and `P(A \mid B)` are one notation. */
export const BARS = new Set(['|', '\\mid', '\\vert']);

/** `i`, `ij`, `11`, `i,j`; shifted (`k-1`, `t+1`) and conditional (`k \mid k-1`) indices too. */
function indexLike(sub: SNode[]): boolean {
  const t = indexTokens(sub);
  return t.length > 0 && t.every((n) => (n.role === 'letter' && n.type === 'mathord') || n.role === 'number' || n.key === ',' || BARS.has(n.key));
}

export function matchSym(def: Sym, use: Sym, cx: MatchContext): MatchKind | null {
  if (def.key === use.key) return 'exact';
  if (def.core !== use.core) {
    // `\epsilon` defined, `\varepsilon` or `ε` written: the same letter in another glyph.
    const core = glyphs(def.core);
    if (core === def.core && glyphs(use.core) === use.core) return null;
    if (core !== glyphs(use.core)) return null;
    const kind = matchSym({ ...def, key: glyphs(def.key), core }, { ...use, key: glyphs(use.key), core }, cx);
    return kind === 'exact' ? 'variant' : kind;
  }
  if (scriptsLike(def.sub, use.sub, cx) && scriptsLike(def.sup, use.sup, cx)) return 'variant';
  if (!def.sup && !def.sub && isComplement(use)) return 'decorated';
  if (!def.sup && use.sup && decorative(use.sup, cx) && (def.sub ? scriptsLike(def.sub, use.sub, cx) : !use.sub)) {
    return 'decorated';
  }
  if (!def.sub && !def.sup && use.sub && indexLike(use.sub) && (!use.sup || decorative(use.sup, cx))) return 'component';
  return null;
}

/**
 * The same symbol, or a shifted or decorated use of it, without the index-letter swap `matchSym`
 * allows: what a left-hand side or a function's parameter introduces covers `x_{t-1}` of `x_t`,
 * `\hat{x}_{k \mid k-1}` of `\hat{x}_{k \mid k}`, `K^\top` of `K`, but `F_g` is not `F_d`.
 */
export function isSameOrShifted(def: Sym, use: Sym, cx: MatchContext): boolean {
  const kind = matchSym(def, use, cx);
  if (kind === 'exact' || kind === 'decorated' || kind === 'component') return true;
  if (kind !== 'variant') return false;
  // The same index letters up to offsets, or a bound letter for one (`h_u^{(l)}` with `u \in N(v)` of `h_v^{(l+1)}`).
  const same = (d: SNode[] | null, u: SNode[] | null): boolean => {
    const a = d ? indexTokens(d) : [];
    const b = u ? indexTokens(u) : [];
    return a.length === b.length && a.every((n, i) => n.key === b[i]?.key || (b[i]?.role === 'letter' && cx.bound.has(b[i]!.key)));
  };
  return same(def.sub, use.sub) && same(def.sup, use.sup);
}

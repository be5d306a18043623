/**
 * Symbols of an equation and how they relate to its where-list. Everything is computed from
 * KaTeX's parse tree (src/symbols/tree.ts), never from the raw text.
 *
 * Public API:
 * - `equationSymbols(latex): SymbolOccurrence[]` — the free symbol uses of a formula: letters
 *   with their accents, fonts, scripts and primes (`\hat{y}^{(i)}`, `W_{hh}`, `s'`), in source
 *   order, without bound variables (`\sum_{i=1}`…), constants (`e`, `\pi`, `i`, `j`),
 *   differentials (`d` in `dx`), operators, words (`\text{…}`), units (`\mathrm{m/s}`,
 *   `^\circ C`), chemistry (`\ce{…}`), and without letters inside another symbol's scripts.
 * - `matchVariables(eq, earlier)` — which where-list symbol occurs where (`matches`, with source
 *   ranges for linking), which used symbols the where-list does not define (`undefinedUses`, one
 *   per key, at its first occurrence), which defined symbols never occur (`unused`).
 *
 * A multi-letter name the where-list defines (`GDP`, `\Delta U`, `\mathrm{SNR}`) is one symbol in
 * the equation (symbols/names.ts); a chemical formula it defines (`\ce{H2}`) occurs when the
 * equation writes it inside a larger one (`\ce{2H2 + O2 -> 2H2O}`), with nothing to link.
 *
 * What counts as "defined" for `undefinedUses` (a careful reader's notion, documented in the README):
 * - a where-list symbol matching the use (see symbols/match.ts: exact, offset/bound-index variant,
 *   decorated by a transpose/power/index superscript, or a component `x_i` of a defined `x`);
 * - the rate `\dot{x}`, `\ddot{x}` or derivative `f'` of a defined `x`, `f` (known, not linked to it);
 * - an entry of a defined matrix or vector (`x_{ij}` of `X`, `\mathbf{x}_i` of `\mathbf{X}`), a member
 *   of a defined family or power (`\sigma_i^2` of `\sigma^2`, `\sigma` of `\sigma_j`): symbols/families.ts;
 * - any symbol written in the where-list's math, including inside definitions and descriptions
 *   (`\sigma(z)` introduces `z`; "dependent on $x_i$" introduces `x_i`) or in the heading;
 * - bound variables, and the head of a statement's left-hand side (`L_{\text{MSE}} = …`,
 *   `\sigma(z) = …`: the equation itself defines it);
 * - with an inherited item ("… are defined as above"), anything an earlier equation defines
 *   (`inherited.from` narrows it to that equation, by slug or number).
 * Only math letters can be undefined; words (`\text{head}_1`) explain themselves.
 */
import { remembered } from '../katex/memo.js';
import type { Equation } from '../types.js';
import { listKey, parseMath, sequences, type SNode } from './tree.js';
import { analyse, type Analysis, type Sym } from './scan.js';
import { decorative, isComplement, isSameOrShifted, matchSym, type MatchContext, type MatchKind } from './match.js';
import { compilePattern, matchApplied, matchRun, type Pattern } from './pattern.js';
import type { Name } from './names.js';
import { chemistryWithin } from './chem.js';
import { definedNames, earlierSources, isKnownRate, knownSymbols, OTHERS_AS_ELSEWHERE, rateBase, symbolsIn } from './known.js';
import { isMemberOf } from './families.js';
import { primedPower } from './primed-powers.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { subscriptLabels } from './formula-labels.js';

export interface SymbolOccurrence {
  /** Normalised key: equal keys are the same symbol. */
  key: string;
  /** Offsets into the LaTeX string, `end` exclusive; -1 when the position is unknown. */
  start: number;
  end: number;
  /** The source text of the occurrence ('' when unknown). */
  latex: string;
}

export interface VariableMatch {
  /** Index in `eq.variables`. */
  variableIndex: number;
  /** Index in that variable's `symbols`. */
  symbolIndex: number;
  /** Source ranges in `eq.latex` to link, innermost-safe (each is a whole node or a run of siblings). */
  ranges: Array<[number, number]>;
  /** How strongly each range matched, parallel to `ranges` (the linker prefers stronger ones). */
  kinds: Array<MatchKind | 'run'>;
}

export interface SymbolMatchResult {
  matches: VariableMatch[];
  undefinedUses: SymbolOccurrence[];
  unused: Array<{ variableIndex: number; symbolIndex: number }>;
}

const STRENGTH: Record<MatchKind, number> = { exact: 3, variant: 2, decorated: 1, component: 0 };

function occurrenceOf(n: SNode, key: string, latex: string): SymbolOccurrence {
  return { key, start: n.start, end: n.end, latex: n.start >= 0 ? latex.slice(n.start, n.end) : '' };
}

export function equationSymbols(latex: string): SymbolOccurrence[] {
  if (isFormulaTooLarge(latex)) return [];
  return remembered('symbols', latex, () => equationSymbolsUncached(latex));
}

function equationSymbolsUncached(latex: string): SymbolOccurrence[] {
  const parsed = parseMath(latex);
  if (!parsed) return [];
  const a = analyse(parsed);
  return a.occurrences
    .filter((o) => !o.index && o.sym.coreRole === 'letter' && !a.bound.has(o.sym.key))
    .map((o) => occurrenceOf(o.node, o.sym.key, latex));
}

interface Found {
  v: number;
  k: number;
  nodes: SNode[];
  kind: MatchKind | 'run';
}

function findAll(patterns: Array<Pattern | null>[], a: Analysis, cx: MatchContext): Found[] {
  const found: Found[] = [];
  const seqs = [...sequences(a.nodes)];
  patterns.forEach((row, v) =>
    row.forEach((p, k) => {
      if (!p) return;
      if (p.kind === 'symbol') {
        const before = found.length;
        for (const o of a.occurrences) {
          const kind = matchSym(p.sym, o.sym, cx);
          if (kind && kind !== 'component') found.push({ v, k, nodes: [o.node], kind });
        }
        // `\ce{H2}` written inside `\ce{2H2 + O2 -> 2H2O}`: it occurs, with nothing to link on its own.
        if (found.length === before && a.occurrences.some((o) => chemistryWithin(p.sym.key, o.sym.key))) {
          found.push({ v, k, nodes: [], kind: 'component' });
        }
        return;
      }
      const before = found.length;
      for (const seq of seqs) {
        for (const m of matchRun(p, seq, cx)) {
          const nodes = p.head && m.nodes.length > 1 ? [m.nodes[0] as SNode] : m.nodes;
          found.push({ v, k, nodes, kind: 'run' });
        }
      }
      if (found.length > before) return;
      // `J(\theta)` defined, only `J(\theta_t)` written: link the function's name.
      for (const seq of seqs) for (const n of matchApplied(p, seq, cx)) found.push({ v, k, nodes: [n], kind: 'variant' });
    }),
  );
  // One symbol occurrence, several symbol definitions (`x` and `x^{(i)}`): keep the strongest.
  const best = new Map<SNode, number>();
  for (const f of found) {
    const node = f.nodes[0];
    if (f.kind === 'run' || !node) continue;
    best.set(node, Math.max(best.get(node) ?? -1, STRENGTH[f.kind]));
  }
  return found.filter((f) => f.kind === 'run' || !f.nodes[0] || STRENGTH[f.kind] === best.get(f.nodes[0]));
}

/**
 * Validation (unused/undefined symbols) and the site's linker both match every equation; the
 * records are immutable, so the result is kept per equation (and the earlier equations it saw).
 */
const matchMemo = new WeakMap<Equation, { earlierCount: number; last: Equation | undefined; result: SymbolMatchResult }>();

export function matchVariables(eq: Equation, earlier: Equation[]): SymbolMatchResult {
  const hit = matchMemo.get(eq);
  const last = earlier[earlier.length - 1];
  if (hit && hit.earlierCount === earlier.length && hit.last === last) return hit.result;
  const key = matchKey(eq, earlier);
  const result = key === null ? matchVariablesUncached(eq, earlier) : remembered('match', key, () => matchVariablesUncached(eq, earlier));
  matchMemo.set(eq, { earlierCount: earlier.length, last, result });
  return result;
}

/**
 * Everything matchVariablesUncached reads, as one string: the formula, each item's symbols and
 * `defined as` math, the other math of the equation, and the symbols of the earlier equations its
 * items inherit from. Null (not memoised by content) when an item inherits from every earlier one.
 */
export function matchKey(eq: Equation, earlier: Equation[]): string | null {
  const inherited = eq.variables.filter((v) => v.inherited !== undefined);
  if (inherited.some((v) => v.inherited!.from === null)) return null;
  const sources = inherited.length ? earlierSources(eq, earlier) : [];
  return JSON.stringify([eq.latex, eq.variables.map((v) => [v.symbols, v.definedAs ?? null, v.description]), eq.inlineMath.map((m) => m.latex), sources.map((e) => e.variables.map((v) => v.symbols))]);
}

function matchVariablesUncached(eq: Equation, earlier: Equation[]): SymbolMatchResult {
  // A formula over the size limit is never parsed (katex/limits.ts): no symbols, no links.
  const parsed = isFormulaTooLarge(eq.latex) ? null : parseMath(eq.latex);
  if (!parsed) return { matches: [], undefinedUses: [], unused: [] };
  const patterns = eq.variables.map((v) => v.symbols.map((s) => (isFormulaTooLarge(s) ? null : compilePattern(s))));
  const defined = new Set<string>();
  for (const row of patterns) for (const p of row) if (p?.kind === 'symbol') defined.add(p.sym.key);
  const names = definedNames(patterns, eq);
  const a = analyse(parsed, defined, names);
  const written = new Set(a.occurrences.filter((o) => !o.index && !o.node.sub && !o.node.sup).map((o) => o.sym.key));
  const cx: MatchContext = { bound: a.bound, letters: a.letters, defined, written, labels: subscriptLabels(a) };
  const found = findAll(patterns, a, cx);

  const matches: VariableMatch[] = [];
  const byPair = new Map<string, VariableMatch>();
  for (const f of found) {
    const id = `${f.v}:${f.k}`;
    let m = byPair.get(id);
    if (!m) {
      m = { variableIndex: f.v, symbolIndex: f.k, ranges: [], kinds: [] };
      byPair.set(id, m);
      matches.push(m);
    }
    const first = f.nodes[0];
    const last = f.nodes[f.nodes.length - 1];
    if (first && last && first.start >= 0 && last.end >= 0) {
      m.ranges.push([first.start, last.end]);
      m.kinds.push(f.kind);
    }
  }

  // A bare symbol the formula only writes with a subscript, a superscript or a dot (`p` defined,
  // `p_1 … p_2` written; `\theta` defined, `\dot{\theta}` written) is used, not unused: the
  // where-list names the quantity and the formula its instances. (Linking stays exact.)
  const writtenCores = new Set(a.occurrences.map((o) => undotted(o.sym.core.replace(/'+$/, ''))));
  const unused: Array<{ variableIndex: number; symbolIndex: number }> = [];
  patterns.forEach((row, v) =>
    row.forEach((p, k) => {
      if (!p || byPair.has(`${v}:${k}`)) return;
      if (p.kind === 'symbol' && !p.sym.sub && !p.sym.sup && writtenCores.has(undotted(p.sym.core))) return;
      // `X` defined, its entries `x_{ij}` written; `\sigma^2` defined, `\sigma_i^2` written.
      if (p.kind === 'symbol' && a.occurrences.some((o) => isMemberOf(p.sym, o.sym, cx))) return;
      // An item that explains another item's definition (`N` under `\text{IDF}(q_i) = \log \frac{N - n(q_i) + 0.5}{…}`,
      // trial 5 doc 7): the formula uses it through that item.
      if (explainsOtherItem(eq, v, k, p, names, cx)) return;
      unused.push({ variableIndex: v, symbolIndex: k });
    }),
  );

  // What the formula itself introduces: its left-hand sides and the parameters of the functions
  // they define; their shifted, conditional, decorated and indexed uses are theirs too
  // (`\hat{x}_{k \mid k-1}` of a left-hand side `\hat{x}_{k \mid k}`, `K^\top` of a parameter `K`).
  const own = a.occurrences.filter((o) => !o.index && (a.lhsHeads.has(o.sym.key) || a.params.has(o.sym.key))).map((o) => o.sym);
  // "… and the other symbols are as in the call formula": the author explains every remaining symbol there.
  if (eq.variables.some((v) => OTHERS_AS_ELSEWHERE.test(v.description))) return { matches, undefinedUses: [], unused };
  const known = knownSymbols(eq, earlier, names);
  const isKnown = (s: Sym) =>
    known.some((d) => matchSym(d, s, cx) !== null || isMemberOf(d, s, cx)) ||
    own.some((d) => isSameOrShifted(d, s, cx)) ||
    isKnownRate(s, known, cx);
  const uses: Array<{ use: SymbolOccurrence; sym: Sym }> = [];
  const seen = new Set<string>();
  const reported: Sym[] = [];
  for (const o of a.occurrences) {
    // Letters, and runs of italic letters read as one name (`RSS`); words explain themselves.
    if (o.index || (o.sym.coreRole !== 'letter' && (o.node.base ?? o.node).type !== 'name')) continue;
    if (a.bound.has(o.sym.key) || a.lhsHeads.has(o.sym.key) || a.params.has(o.sym.key) || isKnown(o.sym)) continue;
    // `R_i` reported, `R_j` written next: one missing family, one warning.
    if (reported.some((r) => matchSym(r, o.sym, cx) === 'variant')) continue;
    reported.push(o.sym);
    // `w^\top`, `\sigma^2`, `A^c` with no `w`, `\sigma`, `A` defined: what is missing is `w`, `\sigma`, `A`.
    // `U_{分}`: a CJK word under a letter is its label (symbols/sym.ts): what is missing is `U`.
    const labelled = o.node.sub !== undefined && !o.sym.sub;
    const plain = o.node.base && !o.sym.sub && (o.sym.sup ? decorative(o.sym.sup, cx) || isComplement(o.sym) : labelled) ? o.node.base : o.node;
    // `e_{1i}^2` next to `e_{1i}`: the power of the entry, one missing symbol (trial 5, M17); reported as written.
    const powered = o.node.base && o.sym.sub && o.sym.sup && decorative(o.sym.sup, cx);
    const key = plain !== o.node ? o.sym.core : powered ? `${o.sym.core}_{${listKey(o.sym.sub!)}}` : o.sym.key;
    // `y'^2`: the symbol is `y'` (symbols/primed-powers.ts).
    const primed = primedPower(o.node, o.sym, eq.latex);
    if (seen.has(primed?.key ?? key)) continue;
    seen.add(primed?.key ?? key);
    uses.push({ use: primed ?? occurrenceOf(plain, key, eq.latex), sym: o.sym });
  }
  // `x` and its rates `\dot{x}`, `\ddot{x}` (or `v_2` and `v_2'`) all undefined: one missing
  // quantity, reported where the formula writes it plain.
  const undefinedUses = uses
    .filter(({ sym }) => {
      const base = rateBase(sym);
      return !base || !uses.some((u) => u.sym !== sym && !rateBase(u.sym) && matchSym(u.sym, base, cx) !== null);
    })
    .map((u) => u.use);
  return { matches, undefinedUses, unused };
}

/**
 * True when another where-item's definition (`definedAs`) writes the `k`-th symbol of item `v` (pattern `p`).
 * Not its words: "the output computed from $x$" does not make an `x` the formula never writes used.
 */
function explainsOtherItem(eq: Equation, v: number, k: number, p: Pattern, names: Name[], cx: MatchContext): boolean {
  const written = (eq.variables[v]?.symbols[k] ?? '').replace(/\s+/g, '');
  return eq.variables.some(
    (other, i) =>
      i !== v &&
      (other.definedAs ? [other.definedAs] : []).some((latex) =>
        p.kind === 'symbol' ? symbolsIn(latex, names).some((s) => matchSym(p.sym, s, cx) === 'exact') : written.length > 0 && latex.replace(/\s+/g, '').includes(written),
      ),
  );
}

/** `\dot{x}`, `\ddot{x}` → `x` (time derivatives of a defined quantity). */
function undotted(core: string): string {
  const m = /^\\d{1,3}ot\{(.*)\}$/.exec(core);
  return m ? m[1]! : core;
}

export type { MatchKind };

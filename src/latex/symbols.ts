/**
 * Symbols of an equation and how they relate to its where-list. Everything is computed from
 * KaTeX's parse tree (src/latex/symbol-tree.ts), never from the raw text.
 *
 * Public API:
 * - `equationSymbols(latex): SymbolOccurrence[]` — the free symbol uses of a formula: letters
 *   with their accents, fonts, scripts and primes (`\hat{y}^{(i)}`, `W_{hh}`, `s'`), in source
 *   order, without bound variables (`\sum_{i=1}`…), constants (`e`, `\pi`), differentials (`d` in
 *   `dx`), operators or words (`\text{…}`), and without letters inside another symbol's scripts.
 * - `matchVariables(eq, earlier)` — which where-list symbol occurs where (`matches`, with source
 *   ranges for linking), which used symbols the where-list does not define (`undefinedUses`, one
 *   per key, at its first occurrence), which defined symbols never occur (`unused`).
 *
 * What counts as "defined" for `undefinedUses` (a careful reader's notion, documented in the README):
 * - a where-list symbol matching the use (see symbol-match.ts: exact, offset/bound-index variant,
 *   decorated by a transpose/power/index superscript, or a component `x_i` of a defined `x`);
 * - any symbol written in the where-list's math, including inside definitions and descriptions
 *   (`\sigma(z)` introduces `z`; "dependent on $x_i$" introduces `x_i`) or in the heading;
 * - bound variables, and the head of a statement's left-hand side (`L_{\text{MSE}} = …`,
 *   `\sigma(z) = …`: the equation itself defines it);
 * - with an inherited item ("… are defined as above"), anything an earlier equation defines
 *   (`inherited.from` narrows it to that equation, by slug or number).
 * Only math letters can be undefined; words (`\text{head}_1`) explain themselves.
 */
import type { Equation } from '../types.js';
import { parseMath, sequences, type SNode } from './symbol-tree.js';
import { analyse, symOf, type Analysis, type Sym } from './symbol-scan.js';
import { isFormulaTooLarge } from './limits.js';
import { compilePattern, decorative, matchRun, matchSym, type MatchContext, type MatchKind, type Pattern } from './symbol-match.js';

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
  const parsed = parseMath(latex);
  if (!parsed) return [];
  const a = analyse(parsed);
  return a.occurrences
    .filter((o) => !o.index && o.sym.coreRole === 'letter' && !a.bound.has(o.sym.key))
    .map((o) => occurrenceOf(o.node, o.sym.key, latex));
}

const symbolsCache = new Map<string, Sym[]>();

/** Every symbol written in some math (heads, arguments; not letters inside scripts). Memoised. */
function symbolsIn(latex: string): Sym[] {
  const hit = symbolsCache.get(latex);
  if (hit) return hit;
  if (isFormulaTooLarge(latex)) return [];
  const parsed = parseMath(latex);
  // Letters inside scripts are labels there (the x of W_{xh}), not an introduction of x.
  const out = parsed
    ? analyse(parsed)
        .occurrences.filter((o) => !o.index)
        .map((o) => o.sym)
    : [];
  if (symbolsCache.size > 4000) symbolsCache.clear();
  symbolsCache.set(latex, out);
  return out;
}

function earlierSources(eq: Equation, earlier: Equation[]): Equation[] {
  const from = eq.variables.map((v) => v.inherited).filter((x) => x !== undefined);
  if (from.length === 0) return [];
  const named = from.map((f) => f.from).filter((f): f is string => f !== null);
  if (named.length === 0 || named.length < from.length) return earlier;
  return earlier.filter((e) => named.includes(e.slug) || (e.number !== null && named.includes(String(e.number))));
}

/** Math of the where-list, heading and notes: symbols written there count as introduced. */
function knownSymbols(eq: Equation, earlier: Equation[]): Sym[] {
  const out: Sym[] = [];
  for (const v of eq.variables) {
    for (const s of v.symbols) out.push(...symbolsIn(s));
    if (v.definedAs) out.push(...symbolsIn(v.definedAs));
  }
  for (const m of eq.inlineMath) out.push(...symbolsIn(m.latex));
  for (const e of earlierSources(eq, earlier)) {
    for (const v of e.variables) for (const s of v.symbols) out.push(...symbolsIn(s));
  }
  return out;
}

interface Found {
  v: number;
  k: number;
  nodes: SNode[];
  kind: MatchKind | 'run';
}

function findAll(patterns: Array<Pattern | null>[], a: Analysis, cx: MatchContext): Found[] {
  const found: Found[] = [];
  const seqs = [...sequences(a.parsed.nodes)];
  patterns.forEach((row, v) =>
    row.forEach((p, k) => {
      if (!p) return;
      if (p.kind === 'symbol') {
        for (const o of a.occurrences) {
          const kind = matchSym(p.sym, o.sym, cx);
          if (kind && kind !== 'component') found.push({ v, k, nodes: [o.node], kind });
        }
        return;
      }
      for (const seq of seqs) {
        for (const m of matchRun(p, seq, cx)) {
          const nodes = p.head && m.nodes.length > 1 ? [m.nodes[0] as SNode] : m.nodes;
          found.push({ v, k, nodes, kind: 'run' });
        }
      }
    }),
  );
  // One symbol occurrence, several symbol definitions (`x` and `x^{(i)}`): keep the strongest.
  const best = new Map<SNode, number>();
  for (const f of found) {
    if (f.kind === 'run') continue;
    const node = f.nodes[0] as SNode;
    best.set(node, Math.max(best.get(node) ?? -1, STRENGTH[f.kind]));
  }
  return found.filter((f) => f.kind === 'run' || STRENGTH[f.kind] === best.get(f.nodes[0] as SNode));
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
  const result = matchVariablesUncached(eq, earlier);
  matchMemo.set(eq, { earlierCount: earlier.length, last, result });
  return result;
}

function matchVariablesUncached(eq: Equation, earlier: Equation[]): SymbolMatchResult {
  // A formula over the size limit is never parsed (latex/limits.ts): no symbols, no links.
  const parsed = isFormulaTooLarge(eq.latex) ? null : parseMath(eq.latex);
  if (!parsed) return { matches: [], undefinedUses: [], unused: [] };
  const patterns = eq.variables.map((v) => v.symbols.map((s) => (isFormulaTooLarge(s) ? null : compilePattern(s))));
  const defined = new Set<string>();
  for (const row of patterns) for (const p of row) if (p?.kind === 'symbol') defined.add(p.sym.key);
  const a = analyse(parsed, defined);
  const cx: MatchContext = { bound: a.bound, letters: a.letters, defined };
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

  const unused: Array<{ variableIndex: number; symbolIndex: number }> = [];
  patterns.forEach((row, v) =>
    row.forEach((p, k) => {
      if (p && !byPair.has(`${v}:${k}`)) unused.push({ variableIndex: v, symbolIndex: k });
    }),
  );

  const known = knownSymbols(eq, earlier);
  const isKnown = (s: Sym) => known.some((d) => matchSym(d, s, cx) !== null);
  const undefinedUses: SymbolOccurrence[] = [];
  const seen = new Set<string>();
  for (const o of a.occurrences) {
    if (o.index || o.sym.coreRole !== 'letter') continue;
    if (a.bound.has(o.sym.key) || a.lhsHeads.has(o.sym.key) || isKnown(o.sym)) continue;
    // `w^\top`, `\sigma^2` with no `w`, `\sigma` defined: what is missing is `w`, `\sigma`.
    const plain = o.node.base && !o.sym.sub && o.sym.sup && decorative(o.sym.sup, cx) ? o.node.base : o.node;
    const key = plain === o.node ? o.sym.key : o.sym.core;
    if (seen.has(key)) continue;
    seen.add(key);
    undefinedUses.push(occurrenceOf(plain, key, eq.latex));
  }
  return { matches, undefinedUses, unused };
}

export { symOf };
export type { MatchKind };

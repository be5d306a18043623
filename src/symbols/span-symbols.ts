/**
 * Which symbols a piece of math names (symbols/prose-mentions.ts reads the words around it): a span's
 * one symbol, either side of a relation, the entries of a list and a dotted list's family, an
 * enumeration's count, an interval's ends; a where-item written as a run of symbols; the symbols a
 * formula that only declares a set or tuple presents.
 */
import { parseMath, solid, type SNode } from './tree.js';
import { analyse, symOf, topRelation, type Sym } from './scan.js';
import { isFormulaTooLarge } from '../katex/limits.js';

/** The symbol a run of nodes is: one symbol, or a function head applied to arguments (`q(x)`, `p(x \mid w)`), or its magnitude (`|e^{(A)}|`). */
function symbolOfNodes(nodes: SNode[]): Sym | null {
  const t = solid(nodes);
  const first = t[0];
  if (!first) return null;
  if (t.length === 1) return symOf(first);
  if (t.length === 3 && first.role === 'fence' && t[2]?.key === first.key) return symOf(t[1]!);
  if (t[1]?.role === 'open' && t[t.length - 1]?.role === 'close') return symOf(first);
  return null;
}

const DOTS = new Set(['\\dots', '\\ldots', '\\cdots', '...', '\\dotsc', '\\dotsb']);

/** The symbols a span names: its one symbol, each side of an equation that is one, each entry of a list (and a dotted list's family). */
export function namedSymbols(latex: string): Sym[] {
  if (isFormulaTooLarge(latex)) return [];
  const parsed = parseMath(latex);
  if (!parsed) return [];
  const nodes = solid(parsed.nodes);
  const rel = topRelation(nodes);
  if (rel >= 0) return [nodes.slice(0, rel), nodes.slice(rel + 1)].map(symbolOfNodes).filter((s): s is Sym => s !== null);
  // An interval `(a, b]`, `[a, b]`: its ends ("en un intervalo $(a,b]$", trial 5 doc 10).
  const ends = intervalEnds(nodes);
  if (ends) return ends;
  const entries: SNode[][] = [[]];
  for (const n of nodes) {
    if (n.key === ',') entries.push([]);
    else entries[entries.length - 1]!.push(n);
  }
  const syms: Sym[] = [];
  let dotted = false;
  for (const e of entries) {
    if (e.length === 1 && DOTS.has(e[0]!.key)) {
      dotted = true;
      continue;
    }
    const s = symbolOfNodes(e);
    if (s) syms.push(s);
  }
  // `X_1, \dots, X_n`: the family `X` (whose members `X_i` are then named).
  if (dotted) for (const s of [...syms]) if (s.sub && !syms.some((x) => x.key === s.core)) syms.push({ key: s.core, core: s.core, coreRole: s.coreRole, sub: null, sup: null });
  return syms;
}

/** The two ends of an interval span (`(a,b]`, `[a, b)`, `[a, b]`), or null. */
function intervalEnds(nodes: SNode[]): Sym[] | null {
  const [open, a, comma, b, close] = nodes;
  if (nodes.length !== 5 || !open || !close || !a || !b || comma?.key !== ',') return null;
  // A square bracket on one side at least: `(x, y)` is as often a point ("location $(x,y)$") as an interval.
  if (!['(', '['].includes(open.key) || ![')', ']'].includes(close.key) || (open.key === '(' && close.key === ')')) return null;
  const ends = [symOf(a), symOf(b)];
  return ends[0] && ends[1] ? [ends[0], ends[1]] : null;
}

/**
 * The count of an enumeration written in the text (`x_1, \ldots, x_n`, `X_1, \dots, X_N`): `n` is how many
 * there are, which the enumeration says, whatever words stand around it (trial 5 doc 10).
 */
export function enumerationCount(latex: string): Sym | null {
  if (!/\\(?:l|c)?dots/.test(latex) || isFormulaTooLarge(latex)) return null;
  const parsed = parseMath(latex);
  if (!parsed) return null;
  const nodes = solid(parsed.nodes);
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first?.sub || !last?.sub || first.base?.key !== last.base?.key) return null;
  const [from] = solid(first.sub);
  const [to, ...more] = solid(last.sub);
  if (more.length > 0 || !from || !to || !/^[01]$/.test(from.key) || to.role !== 'letter') return null;
  return symOf(to);
}

/**
 * A where-item's symbol that is a run of symbols (`\delta \epsilon` "the energy exchanged per channel", trial 5
 * doc 2): one quantity, which another formula writing the same run uses. Matched as written, up to spaces.
 */
export function runOf(latex: string): RegExp | null {
  if (isFormulaTooLarge(latex)) return null;
  const parsed = parseMath(latex);
  const nodes = parsed ? solid(parsed.nodes) : [];
  if (nodes.length < 2 || !nodes.every((n) => symOf(n) !== null)) return null;
  const tokens = latex.trim().match(/\\[A-Za-z]+|\S/g) ?? [];
  const escaped = tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`${escaped.join('\\s*')}(?![A-Za-z])`, 'g');
}

/** A formula that opens a set or tuple and relates nothing (`\{(\mathbf{x}_i, \mathbf{y}_i)\}_{i=1}^{N}` after "Given a dataset:"). */
const DECLARATION = /^\s*(?:\\left\s*)?(?:\\\{|\\lbrace|\()/;

/**
 * The symbols a declaration formula introduces (trial 3 doc 4): a display that is only a set or
 * tuple of symbols, relating nothing, presents them ("Given a dataset: …"); a later formula
 * writing them uses what it introduced. Its free symbols (its size `N` too, not its bound index `i`), or none.
 */
export function declaredSymbols(latex: string): Sym[] {
  if (!DECLARATION.test(latex) || isFormulaTooLarge(latex)) return [];
  const parsed = parseMath(latex);
  if (!parsed || topRelation(solid(parsed.nodes)) >= 0) return [];
  const a = analyse(parsed);
  return a.occurrences.filter((o) => !a.bound.has(o.sym.key)).map((o) => o.sym);
}

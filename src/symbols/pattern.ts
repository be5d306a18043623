/**
 * A where-list definition compiled into a pattern, and a run pattern matched in a formula.
 *
 * - a single symbol (`W_{hh}`, `\hat{y}^{(i)}`, `s'`) is compared with each symbol occurrence by
 *   `matchSym` (symbols/match.ts);
 * - anything else (`\nabla_\theta L(\theta)`, `E[g^2]`, `\|x\|`, `\odot`) is a run of sibling
 *   nodes compared item by item; a `\cdot` with no operand on either side (`f(\cdot)`,
 *   `\max(0,\cdot)`, `\|\cdot\|`) is a placeholder for any balanced stretch. The last item may match
 *   the base of a script (`(AB)` in `(AB)_{ij}`).
 * A run of Latin letters (`FPR`, `CF_t`, `\Delta U`) is a multi-letter name, one symbol
 * (symbols/names.ts): `FPR` ~ `\text{FPR}^{-1}` by key.
 */
import { parseMath, solid, type SNode } from './tree.js';
import { symOf, type Sym } from './scan.js';
import { mergeNames, nameOf } from './names.js';
import { BARS, matchSym, type MatchContext, type MatchKind } from './match.js';

export type Pattern =
  | { kind: 'symbol'; sym: Sym }
  | {
      kind: 'run';
      /** null = placeholder. */
      items: Array<SNode | null>;
      /** `f` of `f(\cdot)`: what a placeholder match links. */
      head: SNode | null;
      /** `f` of `J(\theta)`: a function the where-list defines by one application of it. */
      applied: Sym | null;
    };

function isPlaceholder(items: SNode[], i: number): boolean {
  const n = items[i];
  if (!n || n.key !== '\\cdot') return false;
  const operand = (m: SNode | undefined, side: 'l' | 'r') =>
    m !== undefined && m.role !== 'punct' && m.role !== 'fence' && m.role !== (side === 'l' ? 'open' : 'close');
  return !operand(items[i - 1], 'l') || !operand(items[i + 1], 'r');
}

const patternCache = new Map<string, Pattern | null>();

/** The pattern of one where-list symbol's LaTeX; null when it does not parse. Memoised. */
export function compilePattern(latex: string): Pattern | null {
  if (patternCache.has(latex)) return patternCache.get(latex) ?? null;
  const p = compile(latex);
  if (patternCache.size > 4000) patternCache.clear();
  patternCache.set(latex, p);
  return p;
}

function compile(latex: string): Pattern | null {
  // `\%OS` (percent overshoot): as in a formula's left-hand side, the percent sign is not part of the name.
  const parsed = parseMath(latex.replace(/^\s*\\%\s*(?=[A-Za-z\\])/, ''));
  if (!parsed) return null;
  const nodes = solid(parsed.nodes);
  const first = nodes[0];
  if (!first) return null;
  // `GDP`, `CF_t`, `\Delta U`: a multi-letter name is one symbol.
  const name = nameOf(nodes);
  const whole = name ? mergeNames(nodes, [name]) : nodes;
  const single = whole.length === 1 && whole[0] ? symOf(whole[0]) : null;
  if (single) return { kind: 'symbol', sym: single };
  const items: Array<SNode | null> = [];
  nodes.forEach((n, i) => {
    if (!isPlaceholder(nodes, i)) items.push(n);
    else if (items[items.length - 1] !== null) items.push(null);
  });
  const hasPlaceholder = items.includes(null);
  const head = hasPlaceholder && symOf(first) && items[1]?.role === 'open' ? first : null;
  const last = nodes[nodes.length - 1];
  const fn = symOf(first);
  const applied = !hasPlaceholder && fn && nodes[1]?.key === '(' && last?.key === ')' ? fn : null;
  return { kind: 'run', items, head, applied };
}

const LINKABLE: ReadonlySet<MatchKind | null> = new Set(['exact', 'variant', 'decorated']);

function itemMatches(item: SNode, n: SNode, last: boolean, cx: MatchContext): boolean {
  const a = symOf(item);
  const b = symOf(n);
  if (a && b) return LINKABLE.has(matchSym(a, b, cx));
  if (item.key === n.key || (BARS.has(item.key) && BARS.has(n.key))) return true;
  // (AB)_{ij}: the run's closing bracket carries the script.
  return last && n.role === 'supsub' && n.base !== undefined && n.base.key === item.key && !a;
}

function depthStep(n: SNode): number {
  return n.role === 'open' ? 1 : n.role === 'close' ? -1 : 0;
}

/** Matches `items[k..]` at `parts[i..]`; returns the index after the match, or -1. */
function matchFrom(items: Array<SNode | null>, k: number, parts: SNode[], i: number, cx: MatchContext): number {
  if (k === items.length) return i;
  const item = items[k];
  if (item === undefined) return -1;
  if (item === null) {
    // Placeholder: at least one node, balanced brackets, then the rest of the pattern.
    let depth = 0;
    for (let j = i; j < parts.length; j++) {
      const n = parts[j];
      if (!n) break;
      if (j > i && depth === 0) {
        const end = matchFrom(items, k + 1, parts, j, cx);
        if (end >= 0) return end;
      }
      depth += depthStep(n);
      if (depth < 0) return -1;
    }
    return depth === 0 && k + 1 === items.length ? parts.length : -1;
  }
  const n = parts[i];
  if (!n || !itemMatches(item, n, k === items.length - 1, cx)) return -1;
  return matchFrom(items, k + 1, parts, i + 1, cx);
}

export interface RunMatch {
  nodes: SNode[];
}

/**
 * `J(\theta)` defined, `J(\theta_t)` written: the function applied to other arguments. The head
 * symbols followed by an opening bracket (used when the run itself never occurs).
 */
export function matchApplied(p: Extract<Pattern, { kind: 'run' }>, seq: SNode[], cx: MatchContext): SNode[] {
  const fn = p.applied;
  if (!fn) return [];
  const parts = solid(seq);
  return parts.filter((n, i) => {
    const s = symOf(n);
    const next = parts[i + 1];
    const opens = next !== undefined && (next.key === '(' || (next.type === 'leftright' && next.key.startsWith('\\left(')));
    return s !== null && opens && LINKABLE.has(matchSym(fn, s, cx));
  });
}

/** All non-overlapping matches of a run pattern in one sequence of siblings. */
export function matchRun(p: Extract<Pattern, { kind: 'run' }>, seq: SNode[], cx: MatchContext): RunMatch[] {
  const parts = solid(seq);
  const out: RunMatch[] = [];
  for (let i = 0; i < parts.length; i++) {
    const n = parts[i];
    if (!n) continue;
    const end = matchFrom(p.items, 0, parts, i, cx);
    if (end > i) {
      out.push({ nodes: parts.slice(i, end) });
      i = end - 1;
    }
  }
  return out;
}

/**
 * Symbol ↔ definition linking: the equation's LaTeX with every occurrence of where-list item N's
 * symbol(s) wrapped as `\htmlData{var=N}{…}` (N = index in `eq.variables`), so the page can
 * highlight an item's symbols and show a symbol's definition.
 *
 * The source is spliced at the ranges symbols.ts matched; every range is a whole parse-tree
 * node or a run of siblings, so a wrapper never crosses a group boundary. Wrappers nest (the `t`
 * inside `\beta_1^t`), never overlap partially; an argument written without braces (`x_t`) gets
 * braces around its wrapper, which KaTeX requires. KaTeX's `\htmlData` span is "enclosing", so
 * spacing around a wrapped node is computed as if the wrapper were not there.
 *
 * Safety net: the linked LaTeX is parsed again and its tree, with the wrappers (and the braces
 * added for them) taken out, must equal the original's; wrappers that break this are dropped.
 */
import { remembered } from '../katex/memo.js';
import katex from '../katex/katex.js';
import type { Equation } from '../types.js';
import { safeKatexOptions } from '../katex/options.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { hasTopLevelSeparator, isBalanced } from './lex.js';
import { matchKey, matchVariables, type VariableMatch } from './analysis.js';
import { parseMath, walk } from './tree.js';
import { treeSignature } from './signature.js';

export interface LinkResult {
  /** The LaTeX with `\htmlData{var=N}{…}` wrappers (the original when nothing could be linked). */
  latex: string;
  /** Indices of the where-list items that got at least one wrapper, ascending. */
  linked: number[];
  coverage: {
    /** Where-list symbols (all items, all symbols). */
    defined: number;
    /** How many of those occur in the equation. */
    occurring: number;
    /** How many of those got at least one wrapper. */
    linked: number;
  };
}

interface Wrap {
  start: number;
  end: number;
  variable: number;
  symbol: number;
  strength: number;
  braces: boolean;
}

const STRENGTH: Record<VariableMatch['kinds'][number], number> = { exact: 4, run: 3, variant: 2, decorated: 1, component: 0 };

function candidates(eq: Equation, matches: VariableMatch[]): Wrap[] {
  const parsed = parseMath(eq.latex);
  if (!parsed) return [];
  const bare = new Set<string>();
  for (const n of walk(parsed.nodes)) if (n.bare && n.start >= 0) bare.add(`${n.start}:${n.end}`);
  const out: Wrap[] = [];
  for (const m of matches) {
    m.ranges.forEach(([start, end], i) => {
      const text = eq.latex.slice(start, end);
      if (end <= start || /^[\^_']/.test(text)) return;
      if (!isBalanced(parsed.lx, start, end) || hasTopLevelSeparator(parsed.lx, start, end)) return;
      const kind = m.kinds[i] ?? 'decorated';
      out.push({
        start,
        end,
        variable: m.variableIndex,
        symbol: m.symbolIndex,
        strength: STRENGTH[kind],
        braces: bare.has(`${start}:${end}`),
      });
    });
  }
  return out;
}

/** Strongest first, then longest; drop duplicates and partial overlaps so wrappers nest. */
function choose(all: Wrap[]): Wrap[] {
  const sorted = [...all].sort((a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Wrap[] = [];
  for (const w of sorted) {
    const clash = kept.some((k) => {
      if (k.start === w.start && k.end === w.end) return true;
      const disjoint = w.end <= k.start || k.end <= w.start;
      const nested = (k.start <= w.start && w.end <= k.end) || (w.start <= k.start && k.end <= w.end);
      return !disjoint && !nested;
    });
    if (!clash) kept.push(w);
  }
  // A wrapper inside another of the same item adds nothing.
  return kept.filter(
    (w) => !kept.some((k) => k !== w && k.variable === w.variable && k.start <= w.start && w.end <= k.end),
  );
}

export function splice(latex: string, wraps: Wrap[]): string {
  const opens = new Map<number, Wrap[]>();
  const closes = new Map<number, Wrap[]>();
  for (const w of wraps) {
    opens.set(w.start, [...(opens.get(w.start) ?? []), w]);
    closes.set(w.end, [...(closes.get(w.end) ?? []), w]);
  }
  let out = '';
  for (let i = 0; i <= latex.length; i++) {
    // Inner wrappers close first (the later-starting one), outer ones open first (the longer one).
    const c = (closes.get(i) ?? []).sort((a, b) => b.start - a.start);
    for (const w of c) out += w.braces ? '}}' : '}';
    const o = (opens.get(i) ?? []).sort((a, b) => b.end - a.end);
    for (const w of o) out += `${w.braces ? '{' : ''}\\htmlData{var=${w.variable}}{`;
    if (i < latex.length) out += latex[i];
  }
  return out;
}

interface KatexInternal {
  __parse(latex: string, options: object): unknown[];
}

function parseSignature(latex: string, allowLinks: boolean): string | null {
  if (isFormulaTooLarge(latex)) return null;
  // The formula without links: the symbol analysis's parse of it serves when it is the same parse (tree.ts).
  const shared = allowLinks ? undefined : parseMath(latex)?.signature;
  if (shared !== undefined) return shared;
  try {
    const tree = (katex as unknown as KatexInternal).__parse(latex, safeKatexOptions({ displayMode: true, allowLinks }));
    return treeSignature(tree);
  } catch {
    return null;
  }
}

function verified(latex: string, wraps: Wrap[]): Wrap[] {
  const original = parseSignature(latex, false);
  if (original === null || wraps.length === 0) return [];
  const linked = splice(latex, wraps);
  // A linked form past the formula limit would never be typeset: no links, and no parse per symbol
  // of a huge formula to find out (a 1,500-row align took over a minute).
  if (isFormulaTooLarge(linked)) return [];
  if (parseSignature(linked, true) === original) return wraps;
  // Some wrapper misbehaves: keep the ones that are fine on their own, then check them together.
  const good = wraps.filter((w) => parseSignature(splice(latex, [w]), true) === original);
  return parseSignature(splice(latex, good), true) === original ? good : [];
}

export function linkLatex(eq: Equation, earlier: Equation[]): LinkResult {
  // A function of what matchVariables reads (its key holds the formula and every item's symbols).
  const key = matchKey(eq, earlier);
  return key === null ? linkUncached(eq, earlier) : remembered('link', key, () => linkUncached(eq, earlier));
}

function linkUncached(eq: Equation, earlier: Equation[]): LinkResult {
  const defined = eq.variables.reduce((n, v) => n + v.symbols.length, 0);
  if (isFormulaTooLarge(eq.latex)) return { latex: eq.latex, linked: [], coverage: { defined, occurring: 0, linked: 0 } };
  const { matches } = matchVariables(eq, earlier);
  const occurring = new Set(matches.map((m) => `${m.variableIndex}:${m.symbolIndex}`)).size;
  const wraps = verified(eq.latex, choose(candidates(eq, matches)));
  const linkedSymbols = new Set(wraps.map((w) => `${w.variable}:${w.symbol}`));
  return {
    latex: wraps.length > 0 ? splice(eq.latex, wraps) : eq.latex,
    linked: [...new Set(wraps.map((w) => w.variable))].sort((a, b) => a - b),
    coverage: { defined, occurring, linked: linkedSymbols.size },
  };
}

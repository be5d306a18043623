/**
 * A page-wide notation table: a markdown table, outside every equation's where-list, whose rows
 * each name a symbol in their first cell (`| $v$ | velocity | m/s |`), as course notes put at the
 * top of a page ("reference", "Notation", "Symbols"). A reader takes it as defining those symbols
 * for every formula of the page, so none of them is `undefined-symbol` (their entries, members and
 * rates neither). A cell may name several (`$x, y, z$`). It defines nothing else: a formula's own
 * where-list is still what `unused-symbol` checks. A list under a "Notation:" label is one too (notation-lists.ts).
 */
import type { Equation, Span } from '../types.js';
import type { SymbolMatchResult } from './analysis.js';
import { isMemberOf } from './families.js';
import { matchSym, type MatchContext } from './match.js';
import { analyse, symOf, type Sym } from './scan.js';
import { parseMath, solid } from './tree.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { remembered } from '../katex/memo.js';
import { notationListSymbols } from './notation-lists.js';

/** A table row's first cell holding only math: `| $v$ |`, `| \(v\) |`. */
const SYMBOL_CELL = /^\|\s*(?:\$([^$|]{1,80})\$|\\\(([^|]{1,80}?)\\\))\s*\|/;
const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/** The symbols (LaTeX) the page's notation tables define: tables at least half of whose body rows start with a symbol cell. */
export function notationSymbols(text: string, whereLists: Span[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let fence: string | null = null;
  let offset = 0;
  const starts: number[] = [];
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const inWhereList = (at: number) => whereLists.some((s) => s.start.offset <= at && at < s.end.offset);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!.slice(0, 3);
      else if (f[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null || !line.trimStart().startsWith('|') || !SEPARATOR.test(lines[i + 1]?.trim() ?? '')) continue;
    // A header, its separator, then body rows up to the first line that is not a row.
    let j = i + 2;
    const cells: string[] = [];
    let rows = 0;
    while (j < lines.length && lines[j]!.trimStart().startsWith('|')) {
      rows++;
      const m = SYMBOL_CELL.exec(lines[j]!.trim());
      if (m) cells.push((m[1] ?? m[2] ?? '').trim());
      j++;
    }
    if (rows > 0 && cells.length * 2 >= rows && !inWhereList(starts[i] ?? 0)) out.push(...cells.flatMap(splitSymbols));
    i = j - 1;
  }
  // A "Notation:" list is such a table too (notation-lists.ts).
  out.push(...notationListSymbols(lines, starts, inWhereList).flatMap(splitSymbols));
  return out;
}

/** `x,y,z` → `x`, `y`, `z` (commas at the top level). */
function splitSymbols(latex: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(latex.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(latex.slice(from).trim());
  return out.filter((s) => s.length > 0);
}

function symbolOf(latex: string): Sym | null {
  if (isFormulaTooLarge(latex)) return null;
  const parsed = parseMath(latex);
  const nodes = parsed ? solid(parsed.nodes) : [];
  return nodes.length === 1 && nodes[0] ? symOf(nodes[0]) : null;
}

/** `result` (matchVariables of `eq`) without the undefined uses the page's notation defines. */
export function withNotation(eq: Equation, result: SymbolMatchResult, notation: string[]): SymbolMatchResult {
  if (notation.length === 0 || result.undefinedUses.length === 0) return result;
  const defs = notation.map(symbolOf).filter((s): s is Sym => s !== null);
  const parsed = isFormulaTooLarge(eq.latex) ? null : parseMath(eq.latex);
  if (!parsed || defs.length === 0) return result;
  const a = analyse(parsed);
  const cx: MatchContext = { bound: a.bound, letters: a.letters, defined: new Set(defs.map((d) => d.key)) };
  const undefinedUses = result.undefinedUses.filter((use) => {
    const o = a.occurrences.find((x) => x.node.start === use.start || (x.node.base?.start === use.start && x.node.start <= use.start));
    return !o || !defs.some((d) => matchSym(d, o.sym, cx) !== null || isMemberOf(d, o.sym, cx));
  });
  return { ...result, undefinedUses };
}

/** The imaginary units a page may take for symbols of its own (`i` the current, `j` an index). */
const UNIT_LETTERS = ['i', 'j'];

/**
 * `i` and `j` are the imaginary unit unless the page defines them: when some where-list of the page
 * defines `i` bare (the current), every formula of the page that writes `i` uses that symbol.
 */
export function pageConstants(equations: Equation[]): string[] {
  return UNIT_LETTERS.filter((c) => equations.some((e) => e.variables.some((v) => v.symbols.some((s) => s.trim() === c))));
}

/** `result` with the uses of the page's own `i`, `j` (pageConstants) the formula's definitions leave undefined. */
export function withPageConstants(eq: Equation, result: SymbolMatchResult, constants: string[]): SymbolMatchResult {
  const own = (c: string) => eq.variables.some((v) => v.symbols.some((s) => s.trim() === c) || v.description.includes(`$${c}$`));
  const missing = constants.filter((c) => !own(c) && !result.undefinedUses.some((u) => u.key === c));
  if (missing.length === 0) return result;
  // A pure function of the formula and the letters: kept by content, in the process and between
  // builds (a rebuild parsed every formula of a page that defines `i` or `j` again for this).
  const added = remembered('page-constants', `${missing.join(',')}\u0000${eq.latex}`, () => constantUses(eq.latex, missing));
  if (added.length === 0) return result;
  return { ...result, undefinedUses: [...result.undefinedUses, ...added].sort((x, y) => x.start - y.start) };
}

/** Where `latex` first uses each of the letters `missing` as a symbol of its own (not bound, not a left-hand side's head or a parameter). */
function constantUses(latex: string, missing: string[]): SymbolMatchResult['undefinedUses'] {
  const parsed = isFormulaTooLarge(latex) ? null : parseMath(latex);
  if (!parsed) return [];
  const a = analyse(parsed, new Set(missing));
  return missing.flatMap((c) => {
    const o = a.occurrences.find((x) => !x.index && x.sym.key === c && !a.bound.has(c) && !a.lhsHeads.has(c) && !a.params.has(c));
    return o && o.node.start >= 0 ? [{ key: c, start: o.node.start, end: o.node.end, latex: latex.slice(o.node.start, o.node.end) }] : [];
  });
}

/**
 * The collection's macros (config `macros`, a document's preamble: macro-definitions.ts),
 * expanded in a formula's LaTeX before anything reads it. Every stage then sees one expanded
 * formula: `check` (KaTeX), the pages, search previews, formula search, the SVG and speech
 * (MathJax, the Speech Rule Engine) and the Open Graph card, none of which need to know the
 * macros. The map keeps positions: a macro's arguments keep their own file offsets, the rest of
 * its body points at the macro's call, so a KaTeX error inside an expansion is reported there.
 *
 * Expansion is bounded like KaTeX's own: at most MAX_EXPAND expansions per formula and
 * MAX_EXPANDED_CHARS characters at any step. Past either bound the formula is kept as written
 * with `macroError` set, which `check` reports once (`katex-error`) and the pages show as an error.
 */
import type { MacroDefinition, MacroTable, MathSource } from '../types.js';
import { MAX_EXPAND } from '../katex/options.js';
import { MAX_FORMULA_CHARS } from '../katex/limits.js';
import { fileOffsetOf } from '../diagnostics/positions.js';

/** What an expansion may grow to before it is stopped (two formulas' worth: past one it is too large anyway). */
export const MAX_EXPANDED_CHARS = 2 * MAX_FORMULA_CHARS;

/**
 * The expansion work of one document, in characters rewritten (each expansion rewrites what is
 * left of its formula): 100,000 spans each calling a macro that explodes would otherwise take
 * hours. Past it, every later call is an error, at once.
 */
export const MAX_EXPANSION_WORK = 20_000_000;

/** What is left of a document's expansion work (shared by its formulas). */
export interface MacroBudget {
  left: number;
}

/** Commands whose next token is a macro's name, never a call of it. */
const DEFINERS = new Set(['\\newcommand', '\\renewcommand', '\\providecommand', '\\def', '\\gdef', '\\edef', '\\xdef', '\\let', '\\DeclareMathOperator']);

const CONTROL = /\\(?:[A-Za-z]+|[^A-Za-z])/g;

/** True when the LaTeX calls a macro of the table (a cheap test before any work). */
function callsAny(latex: string, table: MacroTable): boolean {
  if (!latex.includes('\\')) return false;
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(latex); m; m = CONTROL.exec(latex)) if (Object.hasOwn(table, m[0])) return true;
  return false;
}

/** The control sequence at i (`\name`, or `\` and one character), or null. */
function controlAt(s: string, i: number): string | null {
  if (s[i] !== '\\') return null;
  let j = i + 1;
  while (j < s.length && /[A-Za-z]/.test(s[j]!)) j++;
  if (j === i + 1 && j < s.length) j++;
  return s.slice(i, j);
}

/** The end of the balanced group opening at i (`{`), or -1 when it never closes. */
export function groupEnd(s: string, i: number, open = '{', close = '}'): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return j + 1;
  }
  return -1;
}

/** One argument at i: a braced group (without its braces), a control sequence, or one character. */
function argumentAt(s: string, i: number): { from: number; to: number; end: number } | null {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  if (i >= s.length) return null;
  if (s[i] === '{') {
    const end = groupEnd(s, i);
    return end < 0 ? null : { from: i + 1, to: end - 1, end };
  }
  const cs = controlAt(s, i);
  const end = i + (cs ? cs.length : 1);
  return { from: i, to: end, end };
}

interface Expanded {
  latex: string;
  /** Per character: its offset in the formula as written (≥ 0), or -1 - the offset of the call whose body wrote it. */
  origins: number[];
}

type Outcome = Expanded | { error: { at: number; message: string } };

const endsInWord = (s: string): boolean => /\\[A-Za-z]+$/.test(s);
const startsWithLetter = (s: string): boolean => /^[A-Za-z]/.test(s);

/** Expands every call of the table's macros in `latex`, outermost first, as TeX does. */
function expand(latex: string, table: MacroTable, budget: MacroBudget): Outcome {
  let out = '';
  const outOrigins: number[] = [];
  let rest = latex;
  let restOrigins = Array.from({ length: latex.length }, (_, i) => i);
  let pos = 0;
  let expansions = 0;
  const copy = (to: number): void => {
    out += rest.slice(pos, to);
    for (let k = pos; k < to; k++) outOrigins.push(restOrigins[k]!);
    pos = to;
  };
  while (pos < rest.length) {
    const c = rest[pos];
    if (c === '%') {
      const nl = rest.indexOf('\n', pos);
      copy(nl < 0 ? rest.length : nl);
      continue;
    }
    const cs = controlAt(rest, pos);
    if (!cs) {
      copy(pos + 1);
      continue;
    }
    if (DEFINERS.has(cs)) {
      // `\newcommand{\R}…` inside a formula defines `\R` there: its name is not expanded.
      copy(pos + cs.length);
      let j = pos;
      while (j < rest.length && /[\s*]/.test(rest[j]!)) j++;
      const name = rest[j] === '{' ? groupEnd(rest, j) : j + (controlAt(rest, j)?.length ?? 0);
      copy(Math.max(j, name));
      continue;
    }
    const def = Object.hasOwn(table, cs) ? table[cs] : undefined;
    if (!def) {
      copy(pos + cs.length);
      continue;
    }
    const origin = restOrigins[pos]!;
    const call = origin < 0 ? origin : -1 - origin;
    if (++expansions > MAX_EXPAND) return { error: { at: -1 - call, message: tooManyExpansions(cs) } };
    budget.left -= rest.length + def.body.length;
    if (budget.left < 0) return { error: { at: -1 - call, message: tooMuchWork(cs) } };
    const body = substitute(def, rest, pos + cs.length, restOrigins, call);
    if (!body) {
      copy(pos + cs.length);
      continue;
    }
    let { latex: text, origins } = body.replacement;
    if (endsInWord(out) && startsWithLetter(text)) [text, origins] = [` ${text}`, [call, ...origins]];
    if (endsInWord(text) && startsWithLetter(rest.slice(body.end, body.end + 1))) [text, origins] = [`${text} `, [...origins, call]];
    rest = text + rest.slice(body.end);
    restOrigins = origins.concat(restOrigins.slice(body.end));
    pos = 0;
    if (rest.length + out.length > MAX_EXPANDED_CHARS) return { error: { at: -1 - call, message: tooLong(cs) } };
  }
  return { latex: out, origins: outOrigins };
}

/** The macro's body with its arguments (read from `s` after the name, at `at`) put in, and where the call ends. */
function substitute(def: MacroDefinition, s: string, at: number, origins: number[], call: number): { replacement: Expanded; end: number } | null {
  const args: Expanded[] = [];
  let end = at;
  if (def.optional !== undefined) {
    let j = end;
    while (j < s.length && /\s/.test(s[j]!)) j++;
    if (s[j] === '[') {
      const close = groupEnd(s, j, '[', ']');
      if (close < 0) return null;
      args.push({ latex: s.slice(j + 1, close - 1), origins: origins.slice(j + 1, close - 1) });
      end = close;
    } else args.push({ latex: def.optional, origins: new Array<number>(def.optional.length).fill(call) });
  }
  while (args.length < def.params) {
    const a = argumentAt(s, end);
    if (!a) return null;
    args.push({ latex: s.slice(a.from, a.to), origins: origins.slice(a.from, a.to) });
    end = a.end;
  }
  let latex = '';
  const out: number[] = [];
  const body = def.body;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '#' && body[i + 1] === '#') {
      latex += '#';
      out.push(call);
      i++;
    } else if (c === '#' && /[1-9]/.test(body[i + 1] ?? '')) {
      const arg = args[Number(body[i + 1]) - 1] ?? { latex: '', origins: [] };
      const after = body[i + 2] ?? '';
      latex += arg.latex;
      for (const o of arg.origins) out.push(o);
      if (endsInWord(arg.latex) && startsWithLetter(after)) {
        latex += ' ';
        out.push(call);
      }
      i++;
    } else {
      if (c === '\\' && i + 1 < body.length) {
        latex += c + body[i + 1]!;
        out.push(call, call);
        i++;
        continue;
      }
      latex += c;
      out.push(call);
    }
  }
  return { replacement: { latex, origins: out }, end };
}

function tooManyExpansions(name: string): string {
  return `More than ${MAX_EXPAND.toLocaleString('en-US')} macro expansions from \`${name}\`: a macro that calls itself, or one used too often in this formula`;
}

function tooMuchWork(name: string): string {
  return `The document's macros expand to more than ${MAX_EXPANSION_WORK.toLocaleString('en-US')} characters in all: \`${name}\` is not expanded here`;
}

function tooLong(name: string): string {
  return `The macro \`${name}\` expands this formula past ${MAX_EXPANDED_CHARS.toLocaleString('en-US')} characters`;
}

/** The map of the expanded text: runs written as they were keep their file offsets; a body's text points at its call. */
function expandedMap(src: MathSource, origins: number[]): MathSource['map'] {
  const pieces: MathSource['map']['pieces'] = [];
  let i = 0;
  while (i < origins.length) {
    const o = origins[i]!;
    let j = i + 1;
    if (o >= 0) {
      while (j < origins.length && origins[j] === origins[j - 1]! + 1) j++;
      const a = o;
      const b = o + (j - i);
      for (const p of src.map.pieces) {
        const s = Math.max(a, p.at);
        const e = Math.min(b, p.at + p.length);
        if (e > s) pieces.push({ at: i + (s - a), offset: p.offset + (s - p.at), length: e - s });
      }
    } else {
      while (j < origins.length && origins[j] === o) j++;
      pieces.push({ at: i, offset: fileOffsetOf(src.map, -1 - o), length: 1 });
    }
    i = j;
  }
  return { pieces };
}

/** The formula with the table's macros expanded; the same object when it calls none. */
export function applyMacros(src: MathSource, table: MacroTable | undefined, budget: MacroBudget = { left: MAX_EXPANSION_WORK }): MathSource {
  if (!table || !callsAny(src.latex, table)) return src;
  const result = expand(src.latex, table, budget);
  if ('error' in result) return { ...src, macroError: result.error };
  return { latex: result.latex, map: expandedMap(src, result.origins) };
}

/** A formula of markdown shown on the pages (a where-item, a note, the introduction) with the macros expanded; as written when they cannot be. */
export function expandLatex(latex: string, table: MacroTable | undefined): string {
  if (!table || !callsAny(latex, table)) return latex;
  const result = expand(latex, table, { left: MAX_EXPANSION_WORK });
  return 'error' in result ? latex : result.latex;
}

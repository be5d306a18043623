/**
 * The sentences of a paragraph, and whether a formula writes a symbol: the ground every reader
 * of prose definitions stands on (prose-definitions.ts, prose-noun-phrases.ts).
 */
import type { Variable } from '../types.js';
import { endOf, mathsBetween, startOf, type ChunkContext } from './mdast-helpers.js';

/** A sentence of a paragraph: [start, end) file offsets, end before the final punctuation's space. */
export interface Sentence {
  start: number;
  end: number;
}

/** Letters that name an index even as a subscript (`T_i` with "at node $i$"). */
const INDEX_LETTER = /^[ijklnt]$/;

/** Operators whose subscript is a limit, not a label. */
const LIMIT_OPERATOR = /^\\(?:i{0,3}nt|oint|sum|prod|coprod|lim|limsup|liminf|max|min|sup|inf|bigcup|bigcap)$/;

/** Sentences of [start, end): cut after `.`, `?`, `!` or `;` followed by a space, outside math. */
export function sentences(start: number, end: number, ctx: ChunkContext): Sentence[] {
  const maths = mathsBetween(ctx, start, end);
  const out: Sentence[] = [];
  let from = start;
  let k = 0;
  for (let i = start; i < end; i++) {
    while (k < maths.length && endOf(maths[k]!, ctx) <= i) k++;
    const m = maths[k];
    if (m && startOf(m, ctx) <= i) {
      i = endOf(m, ctx) - 1;
      continue;
    }
    const c = ctx.text[i];
    // Chinese and Japanese full stops end a sentence without a space after them.
    if (c === '。' || c === '！' || c === '？') {
      out.push({ start: from, end: i });
      from = i + 1;
      continue;
    }
    if ((c === '.' || c === '?' || c === '!') && /\s/.test(ctx.text[i + 1] ?? ' ') && !/\b(?:e\.g|i\.e|etc|vs|cf|Fig|Eq|Eqs|approx)$/i.test(ctx.text.slice(Math.max(from, i - 8), i))) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (ctx.text.slice(from, end).trim()) out.push({ start: from, end });
  return out
    .map((s) => {
      let a = s.start;
      while (a < s.end && /\s/.test(ctx.text[a]!)) a++;
      return { start: a, end: s.end };
    })
    .filter((s) => s.end > s.start);
}

/** LaTeX → tokens for matching a symbol inside a formula: commands, single characters; braces and spaces dropped. */
function tokens(latex: string): string[] {
  return (latex.match(/\\[A-Za-z]+|\\.|[^\s{}]/g) ?? []).filter((t) => t !== '\\,' && t !== '\\;' && t !== '\\!' && t !== '\\ ');
}

/** True when the formula writes the symbol (as a run of its tokens, not inside a command name, not as a subscript). */
/** An environment's name (`\begin{align}`) and the words of `\text{…}`, `\mathrm{…}`, `{\rm …}` (`E_{\rm positive\;Nyquist}` writes no N, trial 7 P9): no symbols in them. */
const WORDS = /\\(?:begin|end)\s*\{[^{}]*\}|\\(?:text|textrm|textit|textbf|mbox)\s*\{[^{}]*\}|\\(?:mathrm|operatorname)\s*\{(?=[^{}]*[A-Za-z]{2})[^{}]*\}|\\rm(?![A-Za-z])(?=[^{}]*[A-Za-z]{2})[^{}]*/g;

export function usesSymbol(formula: string, symbol: string): boolean {
  // `a` is no use in `\begin{align}` (a symbol written with `\text{W}` still matches its own text).
  const f = tokens(/\\(?:text|textrm|textit|textbf|mbox|begin|end|mathrm|operatorname|rm)(?![A-Za-z])/.test(symbol) ? formula : formula.replace(WORDS, ' '));
  const s = tokens(symbol);
  if (s.length === 0) return false;
  outer: for (let i = 0; i + s.length <= f.length; i++) {
    // A subscript is not the symbol: `x` in `I_x` is a label (an exponent, `(1 + y)^n`, is a use).
    // The lower limit of an integral or a sum is a use (`\int_{r_{min}}^{a}`, trial 5 M8).
    if (f[i - 1] === '_' && !INDEX_LETTER.test(symbol) && !LIMIT_OPERATOR.test(f[i - 2] ?? '')) continue;
    for (let j = 0; j < s.length; j++) if (f[i + j] !== s[j]) continue outer;
    return true;
  }
  return false;
}


/** A symbol without its trailing scripts (`\sigma^2` → `\sigma`, `x_{i}` → `x`), or null when it has none. */
function withoutScripts(symbol: string): string | null {
  const base = symbol.replace(/(?:[_^](?:\{[^{}]*\}|\\[A-Za-z]+|.))+\s*$/, '').trim();
  return base && base !== symbol.trim() ? base : null;
}

/**
 * True when the formula writes the symbol or, leniently, its letter without scripts (`\sigma^2`
 * defined, `\sigma` written; `x_i` defined, `x_j` written): whether a prose definition is the
 * formula's at all (README: a prose definition is kept only for a symbol the formula writes).
 */
export function writesSymbol(formula: string, symbol: string): boolean {
  if (usesSymbol(formula, symbol)) return true;
  // `S(\cdot)` names the function `S(W)` writes (trial 5, M6).
  const fn = /^(.+?)\s*\(\s*(?:\\cdot|\\,\s*\\cdot\s*\\,|·|\.)\s*\)$/.exec(symbol.trim());
  if (fn && usesSymbol(formula, `${fn[1]}(`)) return true;
  const base = withoutScripts(symbol);
  return base !== null && usesSymbol(formula, base);
}

/** Marks a definition as read from prose (`source: 'prose'`). */
export function markProse(v: Variable): Variable {
  v.source = 'prose';
  return v;
}

/** One definition per symbol, the first read (prose readers may read a symbol in several sentences). */
export function firstPerSymbol(variables: Variable[]): Variable[] {
  const seen = new Set<string>();
  return variables.filter((v) => {
    const key = v.symbols.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

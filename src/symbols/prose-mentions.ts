/**
 * Symbols the document's words say something of (issue 24, warn5): a symbol the author names in a
 * sentence that reads like a definition, anywhere in the document, though the reader did not read
 * that sentence as a where-definition. Such a symbol is not unknown to a reader, so an
 * `undefined-symbol` for it is a guess and is `info` (with the line that names it), not a warning
 * a CI annotates. This is not a definition reader (src/parse/prose-definitions.ts is): it records
 * no meaning, only that the text names the symbol.
 *
 * A math span names its symbols when, on its line:
 * - a copula or a definition mark follows it: "$n$ is …", "$n$ denotes …", "$n$: the …",
 *   "$n$ (the sample size)", "$n$ 是…", "$q(x)$ を…", "$w$ は…", "$x$ ist …";
 * - a word that announces one comes before it: "Let $x$", "Here $x$", "where $x$", "设 $x$";
 * - it stands after a name (apposition): "the sample size $n$", "the random variable $X$",
 *   "random variable $X$", "真实值 $\mathbf{y}$", "サンプル $X_1, \dots, X_n$", and a name joined by "and" to
 *   such a one: "the price of the stock $S$ and time $t$";
 * - it opens a list item followed by words: "- $P$ valor principal";
 * - a verb of naming puts it after `as`/`by`: "we represent the rates as $\Gamma$";
 * - in Russian, which has no articles, any noun right before it: "к матрице $\mathbf{A}$".
 * An enumeration `x_1, \ldots, x_n` names its count `n` wherever it stands; an interval `(a, b]`, `[a, b]` named
 * by words names its ends.
 * An equation span (`$Y - \hat{Y} = \hat{u}$, the residual`, `$\omega = E/\hbar$`) names the
 * single symbol of either side; a list (`$X_1, \dots, X_n$`) names each entry and, with dots, the
 * family (its members `X_i`). "of $x$", "the quantities $a$, $b$" and a lone adjective before the
 * span ("actual $Y$") name nothing: they mention a symbol without saying what it is.
 */
import { parseMath } from './tree.js';
import { analyse, type Sym } from './scan.js';
import { declaredSymbols, enumerationCount, namedSymbols, runOf } from './span-symbols.js';
import { matchSym, type MatchContext } from './match.js';
import { isMemberOf } from './families.js';
import type { SymbolMatchResult } from './analysis.js';
import { formulaLabels } from './formula-labels.js';
import type { Equation, Span } from '../types.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { remembered } from '../katex/memo.js';
import { hash } from 'node:crypto';
import { ANNOUNCE, CJK_COPULA, COPULA, ITEM_START, LIST_ITEM, MARK, NAMED_AS, namedBefore, WORDS_AFTER } from './naming-words.js';

export interface Mention {
  /** The symbols the span names. */
  syms: Sym[];
  /** 1-based line of the naming sentence in the file (of its equation, for a where-item's words). */
  line: number;
  /** Named by a formula that presents the symbols (`declaredSymbols`), not by words. */
  formula?: boolean;
  /** A where-item's symbol written as a run of symbols (`\delta \epsilon`): it names each of them where a formula writes that run. */
  run?: RegExp;
}

/** A piece of prose to read: its text, and the file line it starts on. */
export interface ProseText {
  text: string;
  line: number;
}

const INLINE = /\\\\?\((.+?)\\\\?\)|(?<![\\$])\$(?!\$)((?:\\\$|[^$\n])+?)(?<!\\)\$(?!\$)/g;
const FENCE = /^\s*(`{3,}|~{3,})/;
/** How many characters on each side of a span its naming words are looked for in (the rules look at six words at most). */
const WINDOW = 240;

/** The inline math spans of one line of prose that its words name (see the module comment). */
function lineMentions(text: string, line: number, out: Mention[]): void {
  const spans = [...text.replace(/\$\$[^\n]*?\$\$/g, (m) => ' '.repeat(m.length)).matchAll(INLINE)];
  for (const m of spans) {
    const latex = m[1] ?? m[2] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    // Other math around the span is a placeholder word, not prose. Only the words near the span
    // decide (a line of 100,000 spans read whole around each would take minutes).
    const before = text.slice(Math.max(0, start - WINDOW), start).replace(INLINE, ' § ');
    const after = text.slice(end, end + WINDOW).replace(INLINE, ' § ');
    const names =
      COPULA.test(after) ||
      CJK_COPULA.test(after) ||
      MARK.test(after) ||
      ANNOUNCE.test(before) ||
      NAMED_AS.test(before) ||
      (ITEM_START.test(before) && WORDS_AFTER.test(after)) ||
      namedBefore(before);
    const count = enumerationCount(latex.trim());
    if (count) out.push({ syms: [count], line });
    if (!names) continue;
    const syms = namedSymbols(latex.trim());
    if (syms.length > 0) out.push({ syms, line });
  }
}

/**
 * The mentions of a document's prose: its lines outside code, display math and where-lists (`skip`, 1-based
 * line ranges: a where-item's meaning is the borrow stage's to lend or not, src/borrow/), and other words with math
 * (the meanings of where-items, whose words may name another symbol: "the i-th value of random variable $X$").
 */
export function proseMentions(fileText: string, more: ProseText[] = [], skip: Array<[number, number]> = []): Mention[] {
  const out: Mention[] = [];
  let fence: string | null = null;
  let display = false;
  let outer = '';
  const lines = fileText.split(/\r\n|\r|\n/);
  // The skipped lines marked once: testing every range on every line was quadratic (15 s of a 10,000-equation rebuild).
  const skipped = new Uint8Array(lines.length + 2);
  for (const [from, to] of skip) for (let l = Math.max(1, from); l <= Math.min(to, lines.length); l++) skipped[l] = 1;
  lines.forEach((text, i) => {
    const f = FENCE.exec(text);
    if (f) {
      if (fence === null) fence = f[1]!.slice(0, 3);
      else if (f[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null || skipped[i + 1] === 1) return;
    // An indented block that continues no list item is code or a box's example (`!!! prompt` bodies), not the author's prose.
    if (text.trim()) {
      if (!/^(?: {4}|\t)/.test(text)) outer = text;
      else if (!LIST_ITEM.test(outer)) return;
    }
    const dollars = (text.match(/\$\$/g) ?? []).length;
    if (display) {
      if (dollars % 2 === 1) display = false;
      return;
    }
    if (dollars % 2 === 1) {
      display = true;
      return;
    }
    if (text.includes('$') || text.includes('\\(')) lineMentions(text, i + 1, out);
  });
  for (const p of more) for (const text of p.text.split('\n')) if (text.includes('$')) lineMentions(text, p.line, out);
  return out;
}

/** The index of the mention that names `use` (the symbol itself, or an entry, member or state of it), or -1. */
function mentionIndex(use: Sym, mentions: Mention[], cx: MatchContext): number {
  return mentions.findIndex((m) => m.syms.some((d) => matchSym(d, use, cx) !== null || isMemberOf(d, use, cx)));
}

/** The mention of a run (`\delta \epsilon`) the formula writes around offset `at`, or null. */
function runAround(latex: string, at: number, mentions: Mention[]): Mention | null {
  for (const m of mentions) {
    if (!m.run) continue;
    for (const w of latex.matchAll(m.run)) if (w.index <= at && at < w.index + w[0].length) return m;
  }
  return null;
}

/** For each undefined use of `result` that the document names, the mention naming it (by the use's start). */
export function namedUses(eq: Equation, result: SymbolMatchResult, mentions: Mention[]): Map<number, Mention> {
  const out = new Map<number, Mention>();
  if (mentions.length === 0 || result.undefinedUses.length === 0 || isFormulaTooLarge(eq.latex)) return out;
  const starts = result.undefinedUses.map((use) => use.start);
  // A pure function of the LaTeX, the uses' starts and the document's mentions, kept by content between builds
  // (katex/memo.ts): a rebuild parses no unchanged formula for it.
  const named = remembered('named-uses', `${mentionsKey(mentions)}\u0000${starts.join(',')}\u0000${eq.latex}`, () => namedUseIndexes(eq.latex, starts, mentions));
  for (const [start, k] of named) {
    const m = mentions[k];
    if (m) out.set(start, m);
  }
  return out;
}

/** Each use start the document names, with the index of the mention naming it. */
function namedUseIndexes(latex: string, starts: number[], mentions: Mention[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const seen = new Set<number>();
  for (const start of starts) {
    const run = start >= 0 ? runAround(latex, start, mentions) : null;
    if (run) {
      out.push([start, mentions.indexOf(run)]);
      seen.add(start);
    }
  }
  const parsed = parseMath(latex);
  if (!parsed) return out;
  const a = analyse(parsed);
  const cx: MatchContext = { bound: a.bound, letters: a.letters, defined: new Set(), labels: formulaLabels(latex) };
  for (const start of starts) {
    if (seen.has(start)) continue;
    const o = a.occurrences.find((x) => x.node.start === start || (x.node.base?.start === start && x.node.start <= start));
    const k = o ? mentionIndex(o.sym, mentions, cx) : -1;
    if (k >= 0) {
      out.push([start, k]);
      seen.add(start);
    }
  }
  return out;
}

const mentionKeys = new WeakMap<Mention[], string>();

/** A hash of what a document's mentions name, in order, made once per list (not their lines: an edit that moves lines keeps it). */
function mentionsKey(mentions: Mention[]): string {
  let key = mentionKeys.get(mentions);
  if (key === undefined) {
    key = hash('sha1', JSON.stringify(mentions.map((m) => [m.syms, m.run?.source ?? null])), 'base64url');
    mentionKeys.set(mentions, key);
  }
  return key;
}

/**
 * Every mention of a collection's document (none when no equation has definitions: then no symbol
 * is checked): its prose outside where-lists, the meanings of its where-items, and the formulas that
 * present symbols. `lineOf` maps a file offset to its 1-based line.
 */
export function documentMentions(equations: Equation[], fileText: string, lineOf: (offset: number) => number): Mention[] {
  if (!equations.some((e) => e.variables.length > 0)) return [];
  const at = (e: Equation, span: Span | null): number => lineOf((span ?? e.positions.equation ?? e.positions.heading).start.offset);
  const meanings = equations.flatMap((e) => e.variables.map((v) => ({ text: v.description, line: at(e, e.positions.whereList) })));
  // A where-sentence read from prose ("$n_j$ is the number of transitions") is still prose for its other spans
  // ("I don't know what to put for $|e^{(A)}|$ (which I think is the polarisation vector)", trial 5 doc 2).
  const listed = (e: Equation) => e.positions.whereList && !e.variables.every((v) => v.source === 'prose');
  const lists = equations.flatMap((e): Array<[number, number]> => (e.positions.whereList && listed(e) ? [[lineOf(e.positions.whereList.start.offset), lineOf(e.positions.whereList.end.offset)]] : []));
  const out = proseMentions(fileText, meanings, lists);
  for (const e of equations) {
    const syms = declaredSymbols(e.latex);
    if (syms.length > 0) out.push({ syms, line: at(e, null), formula: true });
    for (const v of e.variables) {
      for (const latex of v.symbols) {
        const run = runOf(latex);
        if (run) out.push({ syms: [], line: at(e, e.positions.whereList), run });
      }
    }
  }
  return out;
}

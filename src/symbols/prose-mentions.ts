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
import { formulaLabels, type SymbolMatchResult } from './analysis.js';
import type { Equation, Span } from '../types.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { remembered } from '../katex/memo.js';
import { hash } from 'node:crypto';

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

const LETTER_AFTER = '(?![\\p{L}])';
/** Words that, right after a symbol, say what it is. */
const COPULA = new RegExp(
  `^\\s*,?\\s*(?:is|are|was|were|denotes?|represents?|stands\\s+for|means|refers\\s+to|describes?|measures?|be|est|sont|désigne|représente|ist|sind|bezeichnet|beschreibt|steht\\s+für|é|são|es|son|representa|denota|indica|significa)${LETTER_AFTER}`,
  'iu',
);
/** CJK copulas and topic particles right after a symbol: 是, 为, 表示, は, を, 는, 은 … */
const CJK_COPULA = /^\s*(?:是|为|為|表示|代表|指的是|即|とは|は|を|는|은|를|을)/u;
/** A mark that introduces what the symbol is: "$n$: number of …", "$n$ — the count", "$k$ (spring constant)", "$u$, the residual". */
const MARK = /^\s*(?:[:：]\s*\p{L}|[—–]\s*\p{L}|\s-\s+\p{L}|[(（]\s*(?:the\s+)?\p{L}{3,}|,\s*(?:the|an?)\s+[*_]*\p{L})/iu;
/** Words that announce a symbol: "Let $x$", "Here $x$", "where $x$", "设 $x$". */
const ANNOUNCE = /(?:^|[^\p{L}])(?:let|here|where|define|defines|defining|denote|denotes|denoted\s+by|called|named|sei|seien|wobei|soit|soient|où|seja|sejam|onde|sea|sean|donde|где|пусть|обозначим)\s*$|(?:设|令|其中|记)\s*$/iu;
/** "We represent the transfer rates as $\Gamma$", "denote the error by $e$": a verb of naming, then `as`/`by` right before the span. */
const NAMED_AS = /(?:^|[^\p{L}])(?:represent|represents|represented|denote|denotes|denoted|write|writes|written|call|calls|called|label|labels|labelled|labeled)\s[^.;:§]{0,60}?\s(?:as|by)\s*$/iu;
/** A list item that opens with the span: "- ", "1. ". */
const ITEM_START = /^\s*(?:[-*+]|\d+[.)])\s+$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
const WORDS_AFTER = /^\s+\p{L}/u;

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'our', 'their', 'this', 'each', 'der', 'die', 'das', 'den', 'le', 'la', 'les', 'los', 'las', 'el', 'un', 'una', 'une', 'uno']);
/** Russian has no articles: a noun right before a span names it ("матрице $\mathbf{A}$", "сигнала $x(t)$") unless it is one of these. */
const CYRILLIC_NOT_NAMING = new Set([
  'и', 'или', 'для', 'при', 'от', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'из', 'о', 'об', 'до', 'за', 'над', 'под', 'между', 'через',
  'что', 'как', 'если', 'то', 'а', 'но', 'не', 'же', 'ли', 'это', 'также', 'чем', 'когда', 'так', 'есть', 'где', 'все', 'всех', 'его', 'её', 'их',
]);
/** Words that make what follows a mention, not a name ("of $x$", "between actual $Y$"). */
const STOP = new Set([
  'of', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'in', 'on', 'at', 'as', 'than', 'between', 'that', 'which', 'is', 'are', 'be',
  'using', 'into', 'over', 'under', 'per', 'via', 'about', 'versus', 'vs', 'if', 'when', 'then', 'so', 'but', 'not', 'all', 'both',
  'compute', 'computes', 'get', 'gets', 'obtain', 'observe', 'use', 'uses', 'find', 'solve', 'write', 'plot', 'given',
  'von', 'und', 'oder', 'für', 'mit', 'de', 'du', 'des', 'et', 'ou', 'da', 'do', 'e', 'y', 'del',
]);
/** Nouns that say only what kind of thing a symbol is: alone ("the quantities $a$") they name nothing. */
const KIND = new Set([
  'quantity', 'quantities', 'variable', 'variables', 'parameter', 'parameters', 'value', 'values', 'term', 'terms', 'symbol', 'symbols',
  'constant', 'constants', 'function', 'functions', 'expression', 'expressions', 'number', 'numbers', 'coefficient', 'coefficients',
  'vector', 'vectors', 'matrix', 'matrices', 'set', 'sets', 'distribution', 'distributions', 'letter', 'letters', 'unknown', 'unknowns',
  'größe', 'größen', 'grandeza', 'grandezas', 'valeur', 'valeurs', 'valor', 'valores', 'konstante', 'wert', 'werte',
]);
/** Kinds that, after a modifier, name a symbol even without an article ("random variable $X$", "weight vector $w$"). */
const NAMING_KIND = new Set(['variable', 'vector', 'matrix', 'function', 'distribution', 'parameter', 'constant', 'coefficient', 'size', 'rate', 'error']);

/** CJK characters that, right before a symbol, make it a mention (prepositions, verbs of doing, conjunctions). */
const CJK_NOT_NAMING = new Set([...'对和与及或把将用求到于由从在被让使了得是为以按比跟同向往给算且并、，。：；']);
const CJK_BEFORE = /([\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー])\s*$/u;

/** "… the stock § and time": the words before a named span, then one to three words joined to it by `and`/`or`. */
const JOINED_NAME = /^(.*\S)\s*§\s*,?\s*(?:and|or|und|oder|et|ou|y|e)\s+(\p{L}+(?:[\s-]\p{L}+){0,2})$/u;

/** True when the words before a span name it (see the module comment). */
function namedBefore(before: string): boolean {
  const cjk = CJK_BEFORE.exec(before);
  if (cjk) return !CJK_NOT_NAMING.has(cjk[1]!);
  // A span after punctuation or other math ("$a$, $b$") has no name before it.
  if (!/\p{L}\s*$/u.test(before)) return false;
  const cyrillic = /(\p{Script=Cyrillic}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (cyrillic) return cyrillic.length >= 3 && !CYRILLIC_NOT_NAMING.has(cyrillic);
  // "the price of the stock $S$ and time $t$": a name joined to a named span shares its article (trial 7 P5).
  const joined = JOINED_NAME.exec(before.trimEnd());
  if (joined && !joined[2]!.split(/\s+/).some((w) => STOP.has(w.toLowerCase()) || ARTICLES.has(w.toLowerCase())) && !KIND.has(joined[2]!.split(/\s+/).pop()!.toLowerCase())) {
    return namedBefore(joined[1]!);
  }
  const words = before.trimEnd().split(/\s+/).slice(-6);
  // The words right before the span, back to an article, a stop word or the sixth word.
  const name: string[] = [];
  let article = false;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!w) break;
    if (ARTICLES.has(w)) {
      article = true;
      break;
    }
    // "the number of samples $n$": `of` inside a name, never right before the span.
    if (STOP.has(w) && !(w === 'of' && name.length > 0 && k > 0)) break;
    name.unshift(w);
  }
  while (name[0] === 'of') name.shift();
  const last = name[name.length - 1];
  if (!last) return false;
  if (article) return name.length >= 2 || !KIND.has(last);
  return name.length >= 2 && NAMING_KIND.has(last);
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

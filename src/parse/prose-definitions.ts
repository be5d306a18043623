/**
 * Definitions read from the prose around a formula, beyond the where-sentence (definitions.ts):
 *
 * - a sentence after the formula that defines without "where": "$F$ is the force and $a$ the
 *   acceleration.", "Here, $k$ is the spring constant …" in the middle of a paragraph;
 * - "Let $\omega = 2\pi f$." / "Let $m$ be the mass." before or after the formula;
 * - the sentence that introduces the formula: "The period $T$ of a pendulum of length $L$ where
 *   gravity is $g$ is:" defines T (period of a pendulum), L (length) and g (gravity).
 *
 * Precision first: a symbol is only taken when the formula itself uses it, and the sentence
 * forms are narrow (a noun phrase right before the math, after an article or a preposition).
 * Every definition read here carries `source: 'prose'`; its description comes from the sentence.
 * Sentences and symbol use are prose-sentences.ts; noun phrases prose-noun-phrases.ts; runs of
 * `$F$: force, $m$: mass` pairs prose-colon-runs.ts.
 */
import type { Nodes } from 'mdast';
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { chineseDefinitions } from './prose-chinese.js';
import { koreanNouns, koreanTopics } from './prose-cjk-topics.js';
import { plainAppositives } from './prose-plain-symbols.js';
import { functionNamed } from './prose-applied.js';
import { countedSymbols } from './prose-counted.js';
import { arrowDefinitions } from './prose-arrows.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom, wordsOf } from './definitions.js';
import { readProseDefinitions } from './where-sentence.js';
import { isCondition } from './condition-meanings.js';
import { findRelation, isCompound } from './latex-split.js';
import { readColonRun } from './prose-colon-runs.js';
import { firstPerSymbol, markProse, sentences, usesSymbol, writesSymbol, type Sentence } from './prose-sentences.js';
import { nounPhrases, nounRead } from './prose-noun-phrases.js';
import { sentenceNounPhrases } from './prose-noun-phrases-other.js';
import { japaneseDefinitions } from './prose-japanese.js';
import { romanceDefinitions } from './prose-romance.js';
import { otherLanguagesAfter, parenthesised } from './prose-parenthesised.js';

const HERE = /^[\s*_]*(?:where|here|in which)\b[\s*_:,]*/i;
const LET = /^[\s*_]*(?:let|now\s+let)\s+$/i;
/** "Let" of languages that need no "be" after the symbol: Spanish "Sea $r$ el vector …", French "Soit $x$ la position", Italian "Sia", Portuguese "Seja", German "Sei". */
const LET_NO_VERB = /^[\s*_]*(?:sea|sean|soit|soient|sia|siano|seja|sejam|sei|seien)\s+$/i;
const LET_VERB = /^[\s*_]*(?:be|denote|denotes|represent|represents|stand\s+for)\b\s*/i;
const SENTENCE_VERB = /^[\s*_]*(?:is|are|denotes|denote|represents|represent|stands\s+for|means|measures|measure)\b/i;
/** "with the amplitude $A$ …", and "for some positive constant $r$." (trial 6, N5). */
const WITH_START = /^[\s*_]*(?:with|where|here|for\s+(?:some|any|a|an)\s)\b/i;


/** Keeps the definitions whose every symbol the formula uses. */
function usedBy(formula: string, vars: Variable[]): Variable[] {
  return vars.filter((v) => v.symbols.every((s) => usesSymbol(formula, s)));
}

/** The math at the start of [start, end) (after spaces, bold markers), joined by "and"/commas. */
function leading(start: number, end: number, ctx: ChunkContext): { maths: Nodes[]; rest: number } {
  const maths = mathsBetween(ctx, start, end);
  const out: Nodes[] = [];
  let cursor = start;
  for (const m of maths) {
    const gap = ctx.text.slice(cursor, startOf(m, ctx));
    if (out.length === 0 ? !/^[\s*_]*$/.test(gap) : !/^[\s,*_]*(?:and\s*)?$/i.test(gap)) break;
    out.push(m);
    cursor = endOf(m, ctx);
  }
  return { maths: out, rest: cursor };
}

/** "Let $m$ be the mass" / "Let $\omega = 2\pi f$" → the definition, or null. */
function readLet(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  const maths = mathsBetween(ctx, s.start, s.end);
  const first = maths[0];
  const opening = first ? ctx.text.slice(s.start, startOf(first, ctx)) : '';
  const noVerb = LET_NO_VERB.test(opening);
  if (!first || (!LET.test(opening) && !noVerb)) return null;
  const lead = leading(startOf(first, ctx), s.end, ctx);
  const after = ctx.text.slice(lead.rest, s.end);
  // "Soit $x$ tel que …", "Sea $x$ tal que …": a condition, not a meaning.
  if (noVerb && /^\s*(?:tel|telle|tels|telles|tal|tales|tale|tali|tais)\s+(?:que|qué|che)\b/iu.test(after)) return null;
  const verb = noVerb && /^\s+\p{L}/u.test(after) ? /^\s*/.exec(after) : LET_VERB.exec(after);
  // "Let $x$ be …, and let $f$ be …": each "let" clause is a definition of its own (trial 1, F25).
  const clause = verb ? nextLetClause(lead.rest, maths, ctx) : null;
  const end = clause ? clause.cut : s.end;
  const span = lines.span(s.start, end);
  const item = markdownSlice(startOf(first, ctx), end, maths, ctx).replace(/[\s,;]+$/, '');
  const sources = lead.maths.map((m) => mathSourceOf(m, ctx));
  if (verb) {
    // "Let $a + b$ be the total": an expression, no symbol.
    if (sources.some((src) => !findRelation(src.latex) && isCompound(src.latex))) return null;
    // "Let $v$ be the speed, $k$ the wave number and $\omega$ the angular frequency": the first meaning ends at its comma, the rest is a list (trial 9, D5).
    const list = clause ? null : letList(lead.rest + verb[0].length, end, maths, ctx, lines, previousSlug);
    const description = markdownSlice(lead.rest + verb[0].length, list ? list.cut : end, maths, ctx).replace(/[.,;:\s]+$/, '');
    if (!description) return null;
    // "Let $\epsilon$ be small": a condition, no meaning (condition-meanings.ts); a "let" clause after it still reads.
    if (isCondition(description)) return clause ? readLet({ start: clause.let, end: s.end }, ctx, lines, previousSlug) : null;
    const read = definitionFrom(sources, description, list ? markdownSlice(startOf(first, ctx), list.cut, maths, ctx).replace(/[\s,;]+$/, '') : item, list ? lines.span(s.start, list.cut) : span, previousSlug);
    if (!('symbols' in read)) return null;
    const more = clause ? readLet({ start: clause.let, end: s.end }, ctx, lines, previousSlug) : list?.variables;
    return [markProse(read), ...(more ?? [])];
  }
  // "Let $\omega = 2\pi f$." / "Let $a = …$ and $b = …$." (nothing after them): definitions by equation.
  if (!/^[\s.,;]*$/.test(after)) return null;
  const out: Variable[] = [];
  for (const [k, src] of sources.entries()) {
    const relation = findRelation(src.latex);
    if (!relation || (relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq')) return null;
    const m = lead.maths[k]!;
    const read = definitionFrom([src], '', markdownSlice(startOf(m, ctx), endOf(m, ctx), maths, ctx), sources.length === 1 ? span : lines.span(startOf(m, ctx), endOf(m, ctx)), previousSlug);
    if (!('symbols' in read)) return null;
    out.push(markProse(read));
  }
  return out.length > 0 ? out : null;
}

/**
 * The list after a "let" clause's first meaning (", $k$ the wave number and $\omega$ the angular
 * frequency"): where the first meaning ends (`cut`, at the comma or "and" before the next symbol)
 * and the list's definitions, read as a where-sentence's; null when the rest defines nothing.
 */
function letList(from: number, end: number, maths: Nodes[], ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): { cut: number; variables: Variable[] } | null {
  const next = maths.find((m) => startOf(m, ctx) > from && startOf(m, ctx) < end);
  if (!next) return null;
  const gap = /[,;]\s*$|\s+\S{1,4}\s+$/.exec(ctx.text.slice(from, startOf(next, ctx)));
  if (!gap || !/\p{L}/u.test(ctx.text.slice(from, from + gap.index)) || !wordsOf(ctx).join.test(gap[0])) return null;
  const variables = readProseDefinitions(startOf(next, ctx), end, ctx, lines, previousSlug).map((v) => markProse({ ...v, description: v.description.replace(/[\s:：]+$/u, '') }));
  return variables.length > 0 ? { cut: from + gap.index, variables } : null;
}

/** ", and let $f$ be …" / "; let $f$ be …" after a first "let" clause: where the first ends (`cut`) and the next "let" starts. */
function nextLetClause(from: number, maths: Nodes[], ctx: ChunkContext): { cut: number; let: number } | null {
  let prev = from;
  for (const m of maths) {
    const ms = startOf(m, ctx);
    if (ms < from) continue;
    const gap = /(?:,|;|\s)\s*(?:and\s+)?(let|now\s+let)\s+$/i.exec(ctx.text.slice(prev, ms));
    if (gap) {
      const cut = prev + gap.index;
      return { cut, let: prev + gap.index + gap[0].indexOf(gap[1]!) };
    }
    prev = endOf(m, ctx);
  }
  return null;
}

const WRITING = /^[\s*_]*(?:by\s+|and\s+)?writing\s+$/i;
const WRITING_FOR = /^\s+for\s+(?:(?:the|a|an)\s+)?([a-z][a-z\s-]{0,60}?)\s*(?=[,.;:]|$)/i;

/** "Writing $\bar{x}$ and $\bar{y}$ for the sample means, …" / "Writing $\omega_d = …$ for the damped frequency" → the definition, or null. */
function readWriting(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  const maths = mathsBetween(ctx, s.start, s.end);
  const first = maths[0];
  if (!first || !WRITING.test(ctx.text.slice(s.start, startOf(first, ctx)))) return null;
  const lead = leading(startOf(first, ctx), s.end, ctx);
  const phrase = WRITING_FOR.exec(ctx.text.slice(lead.rest, s.end));
  if (!phrase) return null;
  const description = phrase[1]!.replace(/\s+/g, ' ').trim();
  const end = lead.rest + phrase[0].length;
  const read = definitionFrom(
    lead.maths.map((m) => mathSourceOf(m, ctx)),
    description,
    markdownSlice(startOf(first, ctx), end, maths, ctx),
    lines.span(startOf(first, ctx), end),
    previousSlug,
  );
  return 'symbols' in read ? [markProse(read)] : null;
}

/**
 * A paragraph right after a formula: its sentences that define ("Here, $k$ is …", "$F$ is the
 * force and $a$ the acceleration.", "Let $m$ be …"), kept when the formula uses their symbols.
 * Returns the definitions, the sentences they came from (`defining`), and those of them that are
 * only definitions (`used`: a sentence whose definitions are noun phrases, "with the amplitude $A$
 * set by …", says more than its items and stays the section's text).
 */
export function readAfterParagraph(start: number, end: number, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): { variables: Variable[]; used: Sentence[]; defining: Sentence[] } {
  const variables: Variable[] = [];
  const used: Sentence[] = [];
  const defining: Sentence[] = [];
  for (const s of sentences(start, end, ctx)) {
    const read = readSentence(s, formula, ctx, lines, previousSlug, true);
    if (read.length === 0 && (ctx.words?.lang === 'ja' || ROMANCE.test(ctx.words?.lang ?? ''))) read.push(...passingAfter(s, formula, ctx, lines, previousSlug));
    if (read.length === 0) read.push(...otherLanguagesAfter(s, formula, ctx, lines, previousSlug));
    if (read.length > 0) {
      variables.push(...read);
      defining.push(s);
      if (!read.some((v) => nounRead.has(v))) used.push(s);
    }
  }
  return { variables, used, defining };
}

/** Languages whose prose prose-romance.ts reads. */
const ROMANCE = /^(?:es|fr|pt|it)$/;

/**
 * 「…、微小な変動$h$を加えたものである。」, "avec $C \in \mathbb{R}$ et $A$ une primitive de $a$" after a
 * formula: Japanese or Romance definitions of symbols the formula writes; the sentence says more,
 * so it stays the section's text.
 */
function passingAfter(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const all = ctx.words?.lang === 'ja' ? japaneseDefinitions(s, ctx, lines, previousSlug) : romanceDefinitions(s, ctx, lines, previousSlug);
  const read = all.filter((v) => v.symbols.every((x) => writesSymbol(formula, x)));
  for (const v of read) nounRead.add(v);
  return read;
}

function readSentence(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, after: boolean): Variable[] {
  const text = ctx.text.slice(s.start, s.end);
  // "$F$: force, $m$: mass, $a$: acceleration." (before the formula, every symbol must be the formula's).
  const run = readColonRun(s.start, s.end, (x) => usesSymbol(formula, x), ctx, lines, previousSlug);
  if (run && (after || usedBy(formula, run).length === run.length)) return run;
  // "Let …", "Writing … for …" and "Here, …" are definitions by their form: kept even for a symbol the formula does not write.
  const let_ = readLet(s, ctx, lines, previousSlug) ?? readWriting(s, ctx, lines, previousSlug);
  if (let_) return let_;
  const here = HERE.exec(text);
  if (here && after) {
    const read = readProseDefinitions(s.start + here[0].length, s.end, ctx, lines, previousSlug).map((v) => functionNamed(markProse(v), formula));
    // "Here, …" defines for the formula by its form; "where $C$ is …" only what the formula writes (trial 4, K6).
    const kept = /^[\s*_]*here\b/i.test(text) ? read : read.filter((v) => v.inherited !== undefined || v.symbols.some((x) => writesSymbol(formula, x)));
    if (kept.length > 0) return kept;
    if (read.length > 0) return [];
  }
  // "with the thermal diffusivity $\alpha = k / (\rho c_p)$": a noun phrase naming a symbol the formula writes.
  if (after && WITH_START.test(text)) return nounPhrases(s, formula, ctx, lines, previousSlug);
  if (!after) return introducingDefinitions(s, formula, ctx, lines, previousSlug);
  const lead = leading(s.start, s.end, ctx);
  // "Note that the time part is $e^{-i\omega t}$, where $\omega = E/\hbar$." (trial 4, K10).
  if (lead.maths.length === 0) return midWhere(s, formula, ctx, lines, previousSlug) ?? [];
  if (!definingVerb(ctx.text.slice(lead.rest, s.end), ctx)) return [];
  // Every symbol the sentence defines must be in the formula: "$x$ is large when …" about another quantity is no definition.
  // "$f(x)$ denotes the density" after a formula that writes `f(t)` defines `f` (prose-applied.ts).
  const read = readProseDefinitions(s.start, s.end, ctx, lines, previousSlug).map((v) => functionNamed(markProse(v), formula));
  const kept = usedBy(formula, read);
  return kept.length === read.length ? kept : [];
}

/** A where-clause inside a sentence: "The reward is $m_2 / 2$, where $m_1$ is the mean cycle length." */
const MID_WHERE = /[,;][\s*_]*(?:where|here)\s+$/i;
/** Verbs that define in a sentence before the formula ("$q$ represents …", "$V$ is the …"), not "$E$ is given by:". */
const INTRO_VERB = /^[\s*_]*(?:represents?|denotes?|stands?\s+for|(?:is|are)\s+(?:the|a|an)\b)/i;
/** A description that goes on to introduce the formula ("the energy, computed as:"): not only a meaning. */
const INTRODUCING = /[:：]\s*$|\b(?:given|computed|calculated|defined|written|expressed|obtained|found)\s+(?:by|as|from)\b/i;

/**
 * Definitions in a sentence before the formula (trial 1, F19): a where-clause inside it ("…,
 * where $m_1$ is the mean cycle length.") and a sentence that starts with the symbol and a
 * defining verb ("$q$ represents the residual work seen by an arrival."). Only symbols the
 * formula writes, and only when every one the sentence defines is.
 */
function introducingDefinitions(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  let from = midWhereStart(s, ctx);
  if (from === null) {
    const lead = leading(s.start, s.end, ctx);
    if (lead.maths.length === 0 || !introVerb(ctx.text.slice(lead.rest, s.end), ctx)) return [];
    from = s.start;
  }
  const read = readProseDefinitions(from, s.end, ctx, lines, previousSlug).map(markProse);
  if (read.length === 0 || read.some((v) => INTRODUCING.test(v.description))) return [];
  return usedBy(formula, read).length === read.length ? read : [];
}

/** INTRO_VERB, or the document language's verb then an article: "$\rho$ è la resistività", "$v$ est la vitesse" (trial 6, N6). */
function introVerb(after: string, ctx: ChunkContext): boolean {
  if (INTRO_VERB.test(after)) return true;
  const words = ctx.words;
  const rest = after.replace(/^[\s*_]+/, '');
  const verb = words && words.lang !== 'en' ? words.verb.exec(rest) : null;
  if (!verb || !/^\p{L}/u.test(verb[0])) return false;
  const phrase = rest.slice(verb[0].length).replace(/^[\s*_=]+/, '');
  const article = words!.article.exec(phrase);
  return article !== null && (/['’]$/.test(article[0]) || /^\s/.test(phrase.slice(article[0].length)));
}

/** Where a where-clause inside a sentence starts (", where $m_1$ is …" after math), or null. */
function midWhereStart(s: Sentence, ctx: ChunkContext): number | null {
  let prev = s.start;
  for (const m of mathsBetween(ctx, s.start, s.end)) {
    const where = MID_WHERE.exec(ctx.text.slice(prev, startOf(m, ctx)));
    if (where && prev > s.start) return prev + where.index + where[0].length;
    prev = endOf(m, ctx);
  }
  return null;
}

/** A where-clause inside a sentence after the formula: its definitions when the formula writes every symbol they define, else null. */
function midWhere(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  const from = midWhereStart(s, ctx);
  if (from === null) return null;
  const read = readProseDefinitions(from, s.end, ctx, lines, previousSlug).map(markProse);
  if (read.length === 0 || read.some((v) => INTRODUCING.test(v.description))) return null;
  return read.every((v) => v.symbols.every((x) => writesSymbol(formula, x))) ? read : null;
}

/** "is", "denotes" … after a sentence's leading math, or the document language's verb ("est", "表示", "是", "为"). */
function definingVerb(after: string, ctx: ChunkContext): boolean {
  if (SENTENCE_VERB.test(after)) return true;
  const words = ctx.words;
  if (!words || words.lang === 'en') return false;
  const rest = after.replace(/^[\s*_]+/, '');
  return words.verb.test(rest) && !/^[:=–—\-：]/.test(rest);
}

/**
 * The text that introduces a formula (the prose right before it): "Let …" sentences anywhere in
 * it, and noun phrases naming a symbol in its last sentence ("The period $T$ of a pendulum of
 * length $L$ where gravity is $g$ is:"). Only symbols the formula uses.
 */
export function readBeforeText(start: number, end: number, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const all = sentences(start, end, ctx);
  const out: Variable[] = [];
  for (const s of all) {
    const read = readSentence(s, formula, ctx, lines, previousSlug, false);
    if (read.length > 0) out.push(...read);
    else if (ctx.words?.lang === 'ja') out.push(...usedBy(formula, japaneseDefinitions(s, ctx, lines, previousSlug)));
    else {
      // prose-romance.ts first: its readings stay; the noun phrases add the symbols it leaves.
      if (ROMANCE.test(ctx.words?.lang ?? '')) out.push(...usedBy(formula, romanceDefinitions(s, ctx, lines, previousSlug)));
      out.push(...sentenceNounPhrases(s, formula, ctx, lines, previousSlug));
    }
  }

  // Chinese 设…为 / 定义其为 forms and English appositive letters ("the internal energy, U,"), trial 6 N9, N7.
  for (const s of all) out.push(...(ctx.words?.lang === 'zh' ? chineseDefinitions(s, formula, ctx, lines, previousSlug) : ctx.words?.lang === 'ko' ? [...koreanTopics(s, formula, ctx, lines, previousSlug), ...koreanNouns(s, formula, ctx, lines, previousSlug)] : plainAppositives(s, formula, ctx, lines)));
  // "If two goods $x$ and $y$ are …" (trial 6, N11); "$\phi(\lambda)$ --> surface flux" (doc 5).
  for (const s of all) out.push(...countedSymbols(s, formula, ctx, lines, previousSlug), ...arrowDefinitions(s, formula, ctx, lines, previousSlug));
  for (const s of all) out.push(...usedBy(formula, parenthesised(s, ctx, lines, previousSlug)));
  // One definition per symbol: the first.
  return firstPerSymbol(out);
}

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
 * `$F$: force, $m$: mass` pairs prose-colon-runs.ts; "Let" sentences prose-let.ts.
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { chineseDefinitions } from './prose-chinese.js';
import { koreanNouns, koreanTopics } from './prose-cjk-topics.js';
import { plainAppositives } from './prose-plain-symbols.js';
import { functionNamed } from './prose-applied.js';
import { countedSymbols } from './prose-counted.js';
import { arrowDefinitions } from './prose-arrows.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom, } from './definitions.js';
import { readProseDefinitions } from './where-sentence.js';
import { leading, readLet } from './prose-let.js';
import { readColonRun } from './prose-colon-runs.js';
import { firstPerSymbol, markProse, sentences, usesSymbol, writesSymbol, type Sentence } from './prose-sentences.js';
import { nounPhrases, nounRead } from './prose-noun-phrases.js';
import { sentenceNounPhrases } from './prose-noun-phrases-other.js';
import { japaneseDefinitions } from './prose-japanese.js';
import { romanceDefinitions } from './prose-romance.js';
import { otherLanguagesAfter, parenthesised } from './prose-parenthesised.js';

const HERE = /^[\s*_]*(?:where|here|in which)\b[\s*_:,]*/i;
const SENTENCE_VERB = /^[\s*_]*(?:is|are|denotes|denote|represents|represent|stands\s+for|means|measures|measure)\b/i;
/** "with the amplitude $A$ …", and "for some positive constant $r$." (trial 6, N5). */
const WITH_START = /^[\s*_]*(?:with|where|here|for\s+(?:some|any|a|an)\s)\b/i;

/** Keeps the definitions whose every symbol the formula uses. */
function usedBy(formula: string, vars: Variable[]): Variable[] {
  return vars.filter((v) => v.symbols.every((s) => usesSymbol(formula, s)));
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

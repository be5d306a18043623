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
 */
import type { Nodes } from 'mdast';
import type { Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom, readProseDefinitions } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';

/** A sentence of a paragraph: [start, end) file offsets, end before the final punctuation's space. */
interface Sentence {
  start: number;
  end: number;
}

const HERE = /^[\s*_]*(?:where|here|in which)\b[\s*_:,]*/i;
const LET = /^[\s*_]*(?:let|now\s+let)\s+$/i;
const LET_VERB = /^[\s*_]*(?:be|denote|denotes|represent|represents|stand\s+for)\b\s*/i;
const SENTENCE_VERB = /^[\s*_]*(?:is|are|denotes|denote|represents|represent|stands\s+for|means)\b/i;
/** Words that never start a definition's noun phrase (verbs and adverbs of derivations). */
const NOT_NOUN = new Set(
  'is are was were be been being has have had gives give given yields using use used from for with where when then thus hence so to into onto by as at in on of and or but that which this these those we it its their our let set define denote compute computing substituting substitute plugging plug solving solve rearranging rearrange write written find finding get getting obtain take taking apply applying evaluate evaluating also both each every all any some only just than like such per over under between above below after before via via up down same new other not no'.split(' '),
);
const ARTICLE_BEFORE = /(?:^|[\s(,])(?:the|a|an|its|their|our|each|every|of|with|and|at|on|in|for|over|per|from|by)\s+$/i;
/** "for $n$ years", "over $T$ periods": a count and the plural noun it counts. */
const COUNT = /^[ \t]*((?:[a-z]{3,}[ \t]+)?[a-z]{3,}s)\b(?![ \t]*\$)/;
const COUNT_BEFORE = /(?:^|\s)(?:for|over|with|after|across|of)\s+$/i;
/** Letters that name an index even as a subscript (`T_i` with "at node $i$"). */
const INDEX_LETTER = /^[ijklnt]$/;
const WITH_START = /^[\s*_]*(?:with|where|here)\b/i;

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
export function usesSymbol(formula: string, symbol: string): boolean {
  const f = tokens(formula);
  const s = tokens(symbol);
  if (s.length === 0) return false;
  outer: for (let i = 0; i + s.length <= f.length; i++) {
    // A subscript is not the symbol: `x` in `I_x` is a label (an exponent, `(1 + y)^n`, is a use).
    if (f[i - 1] === '_' && !INDEX_LETTER.test(symbol)) continue;
    for (let j = 0; j < s.length; j++) if (f[i + j] !== s[j]) continue outer;
    return true;
  }
  return false;
}

/** Definitions made from a noun phrase (their item is not the author's text). */
const nounRead = new WeakSet<Variable>();

export function markProse(v: Variable): Variable {
  v.source = 'prose';
  return v;
}

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
  if (!first || !LET.test(ctx.text.slice(s.start, startOf(first, ctx)))) return null;
  const lead = leading(startOf(first, ctx), s.end, ctx);
  const after = ctx.text.slice(lead.rest, s.end);
  const verb = LET_VERB.exec(after);
  const span = lines.span(s.start, s.end);
  const item = markdownSlice(startOf(first, ctx), s.end, maths, ctx);
  const sources = lead.maths.map((m) => mathSourceOf(m, ctx));
  if (verb) {
    const description = markdownSlice(lead.rest + verb[0].length, s.end, maths, ctx).replace(/[.\s]+$/, '');
    if (!description) return null;
    const read = definitionFrom(sources, description, item, span, previousSlug);
    return 'symbols' in read ? [markProse(read)] : null;
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
    if (read.length > 0) {
      variables.push(...read);
      defining.push(s);
      if (!read.some((v) => nounRead.has(v))) used.push(s);
    }
  }
  return { variables, used, defining };
}

function readSentence(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, after: boolean): Variable[] {
  const text = ctx.text.slice(s.start, s.end);
  // "Let …", "Writing … for …" and "Here, …" are definitions by their form: kept even for a symbol the formula does not write.
  const let_ = readLet(s, ctx, lines, previousSlug) ?? readWriting(s, ctx, lines, previousSlug);
  if (let_) return let_;
  const here = HERE.exec(text);
  if (here && after) {
    const read = readProseDefinitions(s.start + here[0].length, s.end, ctx, lines, previousSlug).map(markProse);
    if (read.length > 0) return read;
  }
  // "with the thermal diffusivity $\alpha = k / (\rho c_p)$": a noun phrase naming a symbol the formula writes.
  if (after && WITH_START.test(text)) return nounPhrases(s, formula, ctx, lines, previousSlug);
  if (!after) return [];
  const lead = leading(s.start, s.end, ctx);
  if (lead.maths.length === 0 || !SENTENCE_VERB.test(ctx.text.slice(lead.rest, s.end))) return [];
  // Every symbol the sentence defines must be in the formula: "$x$ is large when …" about another quantity is no definition.
  const read = readProseDefinitions(s.start, s.end, ctx, lines, previousSlug).map(markProse);
  const kept = usedBy(formula, read);
  return kept.length === read.length ? kept : [];
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
    out.push(...(read.length > 0 ? read : nounPhrases(s, formula, ctx, lines, previousSlug)));
  }
  // One definition per symbol: the first.
  const seen = new Set<string>();
  return out.filter((v) => {
    const key = v.symbols.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "the spring constant $k$", "of length $L$", "gravity is $g$" in an introducing sentence. */
function nounPhrases(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  let prevEnd = s.start;
  let enumerating = false;
  for (const m of maths) {
    const ms = startOf(m, ctx);
    const me = endOf(m, ctx);
    const before = ctx.text.slice(prevEnd, ms);
    const first = prevEnd === s.start;
    prevEnd = me;
    const listed = enumerating;
    enumerating = false;
    const src = mathSourceOf(m, ctx);
    // A definition by equation ("the energy is $E = …$") names its left-hand side.
    const relation = findRelation(src.latex);
    const defining = relation && (relation.op === '=' || relation.op === ':=' || relation.op === '\\coloneqq');
    if (relation && !defining) continue;
    const head = relation ? src.latex.slice(0, relation.at).trim() : src.latex;
    if (!head || head.length > 30 || isCompound(head) || !usesSymbol(formula, head)) continue;
    let phrase = nounBefore(before, first, listed);
    if (!phrase && !relation && COUNT_BEFORE.test(before)) {
      const count = COUNT.exec(ctx.text.slice(me, s.end));
      if (count && !NOT_NOUN.has(count[1]!.toLowerCase())) phrase = `number of ${count[1]!.toLowerCase()}`;
    }
    if (!phrase) continue;
    let description = phrase;
    const tail = /^\s+(of\s+(?:(?:the|a|an)\s+)?[a-z][a-z-]*)(?=\s+(?:of|where|is|are|with|and|in|on|at|for)\b|\s*[,.:;]|\s*$)/i.exec(ctx.text.slice(me, s.end));
    if (tail && !/\$/.test(tail[1]!)) description += ` ${tail[1]}`;
    const span: Span = lines.span(ms, me);
    const read = definitionFrom([src], description, `$${src.latex.trim()}$ — ${description}`, span, previousSlug);
    if (relation && 'symbols' in read && read.symbols.length !== 1) continue;
    if ('symbols' in read) {
      out.push(markProse(read));
      nounRead.add(read);
      enumerating = true;
    }
  }
  return out;
}

/** The noun phrase that ends right before a math span: 1-3 words after an article or preposition, or "<noun> is". */
function nounBefore(before: string, sentenceStart: boolean, listed: boolean): string | null {
  const isForm = /(?:^|[\s,(])(?:where|and|with|whose|the|its)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:is|equals)\s+$/i.exec(before);
  if (isForm && (isNounPhrase(isForm[1]!) || isQualifiedNoun(isForm[1]!))) return isForm[1]!.toLowerCase();
  const words = /((?:[A-Za-z][a-z-]*\s+){1,3})$/.exec(before);
  if (!words) return null;
  const list = words[1]!.trim().split(/\s+/);
  // Drop words from the left until what precedes the phrase is an article or preposition.
  for (let k = 0; k < list.length; k++) {
    const phrase = list.slice(k);
    const prefix = before.slice(0, before.length - words[1]!.length) + list.slice(0, k).join(' ') + (k > 0 ? ' ' : '');
    const atStart = prefix.trim() === '';
    const text = phrase.join(' ');
    // "Output $Y_t$ is …" opening the sentence: one capitalised noun (not a verb form).
    const opening = sentenceStart && atStart && k === 0 && phrase.length === 1 && /^[A-Z][a-z]{2,}$/.test(text) && !/(?:ing|ed)$/.test(text);
    // "with features $x$, labels $y$ and …": the next item of a list of definitions.
    const next = listed && k === 0 && /^\s*,\s*$/.test(prefix);
    if (!ARTICLE_BEFORE.test(prefix) && !opening && !next && !(atStart && k > 0 && /^(?:the|a|an)$/i.test(list[k - 1]!))) continue;
    if (isNounPhrase(text)) return text.toLowerCase();
  }
  return null;
}

/** "displacement from equilibrium", "length of string": a noun qualified by a prepositional phrase (only in "its … is $x$"). */
function isQualifiedNoun(text: string): boolean {
  const m = /^([a-z][a-z-]*)\s+(?:of|from|in|at|on)\s+([a-z][a-z-]*)$/i.exec(text);
  return m !== null && isNounPhrase(m[1]!) && isNounPhrase(m[2]!);
}

function isNounPhrase(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length > 0 && words.every((w) => /^[A-Za-z][a-z-]*$/.test(w) && !NOT_NOUN.has(w.toLowerCase())) && !/^(?:the|a|an)$/i.test(words[0]!);
}

/**
 * Noun phrases naming a symbol in the sentence that introduces a formula: "the spring constant
 * $k$", "of length $L$", "gravity is $g$", "for $n$ years", "the spread of the sojourn time $V$".
 * Only symbols the formula writes; unsure readings ("the mean of the samples $x_i$") give nothing.
 */
import type { Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, usesSymbol, type Sentence } from './prose-sentences.js';
import { sentenceLanguage } from './language.js';

/** Words that never start a definition's noun phrase (verbs and adverbs of derivations). */
const NOT_NOUN = new Set(
  'is are was were be been being has have had gives give given yields using use used from for with where when then thus hence so to into onto by as at in on of and or but that which this these those we it its their our let sea sean soit soient sia siano seja sejam sei seien set define denote compute computing substituting substitute plugging plug solving solve rearranging rearrange write written find finding get getting obtain take taking apply applying evaluate evaluating also both each every all any some only just than like such per over under between above below after before via via up down same new other not no single certain following one two three there here if whether unless whenever while since because although though once'.split(' '),
);
/** Adjectives that say how a symbol is, not what it is: "the optimal $a$" names nothing ("the optimal step $a$" names the step). */
const DESCRIBING = new Set(
  'optimal best worst actual true corresponding respective arbitrary unknown fixed minimal maximal smallest largest chosen desired resulting pesky annoying troublesome nasty dreaded mysterious famous infamous familiar usual ubiquitous'.split(' '),
);
const ARTICLE_BEFORE = /(?:^|[\s(,])(?:the|a|an|its|their|our|each|every|some|of|with|and|at|on|in|for|over|per|from|by)\s+$/i;
/** "for $n$ years", "over $T$ periods": a count and the plural noun it counts. */
const COUNT = /^[ \t]*((?:[a-z]{3,}[ \t]+)?[a-z]{3,}s)\b(?![ \t]*\$)/;
const COUNT_BEFORE = /(?:^|\s)(?:for|over|with|after|across|of)\s+$/i;

/** "Output $Y_t$ is …": a sentence opening with a noun and its symbol is a definition only when a verb of meaning follows. */
const OPENING_VERB = /^[\s*_]*(?:is|are|denotes|represents|stands\s+for|means)\b/i;

/** Definitions made from a noun phrase (their item is not the author's text). */
export const nounRead = new WeakSet<Variable>();

/** "the spring constant $k$", "of length $L$", "gravity is $g$" in an introducing sentence. */
export function nounPhrases(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  // English grammar: in another language "On cherche $y$", "Cuando $X$ es …" would read a verb or a conjunction as the meaning (trial 5, M10).
  if (ctx.words && ctx.words.lang !== 'en' && sentenceLanguage(ctx.text.slice(s.start, s.end), ctx.words.lang) !== 'en') return [];
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
    // "the operational risk premium ($\Pi$) as:": the symbol in parentheses right after its name (trial 4, K9).
    const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(ctx.text.slice(me, s.end));
    let phrase = nounBefore(bracketed ? before.replace(/\s*\(\s*$/, ' ') : before, first && OPENING_VERB.test(ctx.text.slice(me, s.end)), listed);
    if (!phrase && !relation && COUNT_BEFORE.test(before)) {
      const count = COUNT.exec(ctx.text.slice(me, s.end));
      if (count && !NOT_NOUN.has(count[1]!.toLowerCase())) phrase = `number of ${count[1]!.toLowerCase()}`;
    }
    if (!phrase) continue;
    let description = phrase;
    const tail = bracketed ? null : /^\s+(of\s+(?:(?:the|a|an)\s+)?[a-z][a-z-]*)(?=\s+(?:of|where|is|are|with|and|in|on|at|for)\b|\s*[,.:;]|\s*$)/i.exec(ctx.text.slice(me, s.end));
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
    if (isNounPhrase(text) && !DESCRIBING.has(phrase[phrase.length - 1]!.toLowerCase())) return ofPhrase(prefix, text.toLowerCase());
  }
  return null;
}

/** Nouns that name a quantity of what follows them: "the number of samples $n$" names the number. */
const QUANTITY_OF = /^(?:number|count|amount|total|sum|size|fraction|proportion|percentage|share|ratio)$/i;
const ON_ARTICLE = /(?:^|[\s(,])(?:the|a|an|its|their)\s+((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+on\s+(?:(the|a|an|its|their)\s+)?$/i;
const OF_ARTICLE = /(?:^|[\s(,])(?:the|a|an|its|their)\s+((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+of\s+(?:(the|a|an)\s+)?$/i;

/**
 * The noun phrase a symbol names when "of" comes before it: "the spread of the sojourn time $V$"
 * names the spread of the sojourn time (not "sojourn time", trial 1, F18); "the number of samples
 * $n$" the number of samples; "a limit on the population $K$" the limit on it; "a pendulum of length $L$" and "pairs of a predictor $x_i$" the
 * length and the predictor. Null when unsure ("the mean
 * of the samples $x_i$" names the samples or their mean): no meaning rather than a wrong one.
 */
function ofPhrase(prefix: string, phrase: string): string | null {
  // "a limit on the population $K$" names the limit, not the population (trial 6, N8).
  const on = ON_ARTICLE.exec(prefix);
  if (on && isNounPhrase(on[1]!)) return /[^su]s$/.test(phrase) ? null : `${on[1]!.toLowerCase()} on ${on[2] ? `${on[2].toLowerCase()} ` : ''}${phrase}`;
  if (!/(?:^|\s)of\s+(?:(?:the|a|an)\s+)?$/i.test(prefix)) return phrase;
  const head = OF_ARTICLE.exec(prefix);
  // "pairs of a predictor $x_i$": no quantity named before "of" with its article, the phrase is the symbol's.
  if (!head || !isNounPhrase(head[1]!)) return phrase;
  const words = head[1]!.toLowerCase();
  if (!head[2]) return QUANTITY_OF.test(words.split(/\s+/).pop()!) ? `${words} of ${phrase}` : phrase;
  // "of the <plural>": the symbol may name the things or the quantity of them.
  if (/[^su]s$/.test(phrase)) return null;
  return `${words} of ${head[2].toLowerCase()} ${phrase}`;
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

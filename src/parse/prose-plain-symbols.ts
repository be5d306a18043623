/**
 * Symbols written as plain letters in the prose (trial 6, N7): "we split it into observable
 * energy transfer, W, and unobservable energy transfer, Q (heat)", "the internal energy, U."
 * A letter (with a prime) set off by commas right after a noun phrase is an appositive naming
 * that quantity; it counts as the formula's symbol only when the formula writes it.
 *
 * Narrow on purpose (English only): the letter stands between a comma and a comma, a full stop,
 * a parenthesis or the sentence's end; the noun phrase before it starts after an article ("the
 * internal energy") or right after a preposition or a conjunction ("into observable energy
 * transfer", "and unobservable energy transfer"), and holds only lowercase words.
 */
import type { Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import type { ChunkContext } from './mdast-helpers.js';
import { mathsBetween, startOf } from './mdast-helpers.js';
import { markProse, usesSymbol, type Sentence } from './prose-sentences.js';
import { nounRead } from './prose-noun-phrases.js';

/** ", W," / ", U." / ", Q (heat)" / ", W'" at the end: the letter and what follows it. */
const APPOSITIVE = /,[ \t]+([A-Za-z]'?)(?=[ \t]*(?:[,.;]|\(|$))([ \t]*\([^()$\n]{1,40}\))?/g;
const ARTICLE = new Set(['the', 'a', 'an', 'its', 'their']);
/** Words that may stand inside the noun phrase ("work done on the system"). */
const INSIDE = new Set(['of', 'on', 'in', 'at', 'by', 'from', 'done', ...ARTICLE]);
/** A preposition or conjunction right before a phrase without an article ("into observable energy transfer"). */
const OPENER = new Set(['into', 'and', 'or', 'to', 'of', 'with', 'for', 'as', 'between']);
/** Words that end a noun phrase on the left (verbs and adverbs of derivations). */
const STOP = /^(?:is|are|was|were|be|been|being|has|have|had|we|it|this|that|which|who|whose|than|then|thus|so|not|no|only|also|into|and|or|to|with|for|as|between|equal|equals|called|denoted|written|where|when|while|since|because|if)$/;
const MAX_WORDS = 8;

/** The noun phrase ending right before `end` in `text`, or null when unsure. */
function phraseBefore(text: string): string | null {
  const words = text.trimEnd().split(/\s+/);
  // The sentence's first word is capitalised ("The stored energy, E").
  if (words.length > 0) words[0] = words[0]!.toLowerCase();
  const run: string[] = [];
  let stop: string | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (!/^[a-z][a-z-]*$/.test(w) || STOP.test(w) || /ly$/.test(w)) {
      stop = w.toLowerCase();
      break;
    }
    run.unshift(w);
    if (run.length > MAX_WORDS) return null;
  }
  // The noun right before the comma is the phrase's head: not an article or a letter ("the options a, b, or c" lists letters).
  const last = run[run.length - 1];
  if (last === undefined || INSIDE.has(last) || last.length < 2) return null;
  // The phrase starts after the leftmost article of the run, or right after an opener.
  const article = run.findIndex((w) => ARTICLE.has(w));
  let phrase: string[];
  if (article >= 0) phrase = run.slice(article + 1);
  else if (stop !== null && OPENER.has(stop)) phrase = run;
  else return null;
  while (phrase.length > 0 && INSIDE.has(phrase[0]!)) phrase.shift();
  while (phrase.length > 0 && INSIDE.has(phrase[phrase.length - 1]!)) phrase.pop();
  if (phrase.length === 0 || phrase.length > 7) return null;
  return phrase.join(' ');
}

/** The appositive letters of a sentence that the formula writes: their definitions. */
export function plainAppositives(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex): Variable[] {
  if (ctx.words && ctx.words.lang !== 'en') return [];
  const text = ctx.text.slice(s.start, s.end);
  // Math in the sentence: its letters are written in math, the prose letters are not read.
  if (mathsBetween(ctx, s.start, s.end).length > 0) return [];
  const out: Variable[] = [];
  for (const m of text.matchAll(APPOSITIVE)) {
    const letter = m[1]!;
    if (!usesSymbol(formula, letter)) continue;
    const phrase = phraseBefore(text.slice(0, m.index));
    if (!phrase) continue;
    const gloss = m[2] ? ` ${m[2].trim()}` : '';
    const description = `${phrase}${gloss}`;
    const at = s.start + m.index! + m[0].indexOf(letter, 1);
    const span: Span = lines.span(at, at + letter.length);
    const variable: Variable = {
      symbols: [letter],
      symbolSources: [{ latex: letter, map: { pieces: [{ at: 0, offset: at, length: letter.length }] } }],
      description,
      item: `${letter} — ${description}`,
      position: span,
    };
    nounRead.add(variable);
    out.push(markProse(variable));
  }
  return out;
}

/** The letters a formula writes outside commands and scripts: `kA` writes k and A (the author's italic letters name them one by one). */
function lettersOf(formula: string): Set<string> {
  const bare = formula.replace(/\\(?:text|mathrm|operatorname)\{[^{}]*\}/g, ' ').replace(/\\[A-Za-z]+/g, ' ').replace(/[_^](?:\{[^{}]*\}|\S)/g, ' ');
  return new Set(bare.match(/[A-Za-z]'?/g) ?? []);
}

/** `*H* is the heat current` / `_k_ denotes …`: an italic letter, a defining verb, the meaning. */
const ITALIC_LINE = /^[ \t]*([*_])([A-Za-z]'?)\1[ \t]+(?:is|are|denotes|represents|stands[ \t]+for|=)[ \t]+(\S[^\n]*?)[ \t]*[.;,]?[ \t]*$/;

/**
 * A line of a where-list written with the symbol in italics instead of math (an Obsidian habit,
 * trial 6 N7: `where` then lines `*H* is the heat current`): its definition when the formula
 * writes the letter, else null.
 */
export function italicLetterLine(start: number, end: number, formula: string, ctx: ChunkContext, lines: LineIndex): Variable | null {
  const text = ctx.text.slice(start, end);
  const m = ITALIC_LINE.exec(text);
  const maths = mathsBetween(ctx, start, end);
  // Math may stand in the meaning ("… denoted by $W/mK$"), never as the symbol.
  if (!m || (maths.length > 0 && startOf(maths[0]!, ctx) < start + m[0].indexOf(m[3]!))) return null;
  const letter = m[2]!;
  if (!usesSymbol(formula, letter) && !lettersOf(formula).has(letter)) return null;
  const at = start + text.indexOf(letter);
  const variable: Variable = {
    symbols: [letter],
    symbolSources: [{ latex: letter, map: { pieces: [{ at: 0, offset: at, length: letter.length }] } }],
    description: m[3]!,
    item: text.trim(),
    position: lines.span(start, end),
  };
  return markProse(variable);
}

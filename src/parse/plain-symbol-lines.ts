/**
 * Definition lines that write their symbol without dollar signs: in italics (`*m* — mass of the
 * cart`, `_F_: net force`) or as plain text (`v_0 is the initial speed`, `- v0: starting speed`,
 * `Vf = final velocity`). A line defines only a symbol the formula writes: the token as written
 * (`v_0`), or its letter and trailing index as a subscript (`v0` → `v_0`, `Vf` → `V_f`).
 *
 * Narrow on purpose, since such lines are easily formulas or prose: the token stands first, then
 * a separator (`:`, `=`, a dash) or a defining verb (`is`, `denotes`, …), then a meaning made of
 * words (its first word three letters or more, no operator: `F = m a` and `P = mgh` are
 * formulas). A token that is an English word (`a`, `A`, `I`) defines only after a separator
 * (`a = acceleration`), never with a verb ("A is …" opens a sentence).
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { markProse, usesSymbol } from './prose-sentences.js';

/** List marker, the token (italic or plain), the separator, the meaning. */
const LINE =
  /^([ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?)(?:([*_])([A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?|[0-9])?'?)\2|([A-Za-z]{1,2}(?:_\{?[A-Za-z0-9]{1,3}\}?|[0-9]{1,2})?'?))[ \t]*(?:([:=–—→]|-(?=[ \t]))|[ \t](is|are|denotes|represents|stands[ \t]+for|means)(?=[ \t]))[ \t]*(.*?)[ \t]*\\?[ \t]*$/;
/** A meaning made of words: an article or not, a first word of three letters or more, words and a parenthetical after it. */
const MEANING = /^(?:(?:the|a|an)[ \t]+)?\p{L}{3,}[\p{L}\p{M}'’ \t-]*(?:[,;(][^=+^*/\\$]*)?[.;,]?$/iu;
/** One lowercase word (`area`), or more than one word: a name, not a product of symbols (`mgh`, `IR`). */
const WORDY = /^(?:(?:the|a|an)[ \t]+)?(?:\p{Ll}{4,}|\p{L}+[ \t-]+\p{L})/u;
/** "the first thing to check", "the one that …", "the reason we …": words that say something of the symbol, not what it is. */
const REMARK = /^(?:the|a|an)[ \t]+(?:\p{L}+[ \t]+)?(?:thing|things|one|ones|way|reason|trick|idea|question|problem)(?:[ \t]+(?:to|that|which|we|you|I|it|they|in|on|of)\b|[ \t]*$)/iu;
/** Tokens that are English words: defined only after a separator. */
const ENGLISH = new Set(['a', 'A', 'I', 'an', 'An', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'In', 'If', 'It', 'On', 'Or', 'So', 'To', 'We', 'No', 'At', 'As', 'By']);

export interface PlainLine {
  /** The symbol as the formula writes it (`v_0` for `v0`). */
  symbol: string;
  /** Offset of the token in the line, and its length. */
  at: number;
  length: number;
  description: string;
  italic: boolean;
}

/** The symbols a written token may stand for: as written, then its trailing index as a subscript. */
function candidates(token: string): string[] {
  const out = [token];
  const m = /^([A-Za-z])([A-Za-z0-9]{1,2})('?)$/.exec(token);
  if (m) out.push(`${m[1]}_${m[2]}${m[3]}`, `${m[1]}_{${m[2]}}${m[3]}`);
  return out;
}

/** The symbol of `formula` a written token stands for (`v0` → `v_0`), or null. */
export function symbolOf(token: string, formula: string): string | null {
  return candidates(token).find((s) => usesSymbol(formula, s)) ?? null;
}

/** The definition a line (a list marker allowed) gives a symbol of `formula`, or null. */
export function plainLine(text: string, formula: string): PlainLine | null {
  // A definition line is short; a long one is prose (and a bound on the regular expressions' work).
  if (text.length > 300 || text.includes('$') || text.includes('`')) return null;
  const m = LINE.exec(text);
  if (!m) return null;
  const italic = m[2] !== undefined;
  const token = (m[3] ?? m[4])!;
  const verb = m[6] !== undefined;
  const description = m[7]!.replace(/[.;,]$/, '').trim();
  if (!MEANING.test(description) || !WORDY.test(description)) return null;
  // "t is small compared to …" describes, "t is the time" defines: after "is", an article.
  if (verb && /^(?:is|are)$/.test(m[6]!) && !/^(?:the|a|an)\s/i.test(description)) return null;
  // "P is the first thing to check in …", "x is the one we want": a remark about the symbol, not its meaning.
  if (verb && REMARK.test(description)) return null;
  // "A is the area", "I is …": an English word opens a sentence; after a separator it is a symbol.
  if (!italic && verb && ENGLISH.has(token)) return null;
  // A plain two-letter token is a word or an abbreviation unless its second letter is an index the formula writes.
  const symbol = candidates(token).find((s) => usesSymbol(formula, s));
  if (symbol === undefined) return null;
  if (!italic && /^[A-Za-z]{2}$/.test(token) && symbol === token && !ENGLISH.has(token) && verb) return null;
  const at = m[1]!.length + (italic ? 1 : 0);
  return { symbol, at, length: token.length, description, italic };
}

/** A plain line's definition as a variable read from the source range starting at `start`. */
export function plainVariable(read: PlainLine, start: number, end: number, item: string, lines: LineIndex): Variable {
  const at = start + read.at;
  return {
    symbols: [read.symbol],
    symbolSources: [{ latex: read.symbol, map: { pieces: [{ at: 0, offset: at, length: read.length }] } }],
    description: read.description,
    item: item.trim(),
    position: lines.span(start, end),
  };
}

/** The definition a source line [start, end) gives a symbol of `formula` without math, read as prose, or null. */
export function plainLineDefinition(start: number, end: number, formula: string, text: string, lines: LineIndex): Variable | null {
  const line = text.slice(start, end);
  const read = plainLine(line, formula);
  return read ? markProse(plainVariable(read, start, end, line, lines)) : null;
}

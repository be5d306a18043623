/**
 * A name the prose gives a formula's left-hand side (trial 6, N6): "called the electrical
 * resistance." / "detta ==resistenza elettrica==." right after the formula, and "We define as
 * the conductance" / "Definiamo come ==conduttanza elettrica==" right before it. The left-hand
 * side must be one plain symbol (`R`, `\rho`, `X_L`); a name that is a law's or an equation's
 * ("called Ohm's law") names the formula, not its symbol, and gives nothing.
 */
import type { MathSource, Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { definitionFrom } from './definitions.js';
import { markProse } from './prose-sentences.js';
import { leadInNames, leftOfDefinition, sourceAt } from './prose-lead-in.js';

/** "called", "known as" after the formula, in the languages read. */
const CALLED = /^[\s,*_]*(?:called|named|known\s+as|detta|detto|chiamata|chiamato|denominata|denominato|appelée?s?|dite?|genannt|llamada|llamado|denominada|denominado|conocida\s+como|chamada|chamado)\s+([^$\n]{2,60}?)[\s*_]*[.;,]?[\s*_]*$/iu;
/** "We define as …", "Definiamo come …", "On appelle …" right before the formula. */
const DEFINE_AS = /^[\s*_]*(?:we\s+define(?:\s+as)?|we\s+call|definiamo(?:\s+come)?|chiamiamo|on\s+(?:définit|appelle)|nous\s+appelons|definimos(?:\s+como)?|llamamos|wir\s+nennen)\s+([^$\n]{2,60}?)[\s*_]*[:：]?[\s*_]*$/iu;
/** Chinese 「其有效值为」 / 「则线圈两端的电压为」 ending the line before the formula: the noun after 其 or 的 is its left-hand side's. */
const ZH_IS_END = /(?:其|的)(\p{Script=Han}{2,6})为[\s:：]*$/u;
/** A name of the formula itself, not of a quantity. */
const FORMULA_NAME = /\b(?:law|equation|formula|theorem|rule|relation|principle|identity|legge|equazione|formula|teorema|regola|relazione|principio|loi|équation|théorème|gesetz|gleichung|satz|ley|ecuación|teorema|lei|equação)\b|表达式|公式|式子|方程|关系|结果|形式|定律|定理/iu;
/** One plain symbol: a letter or a command, with at most a simple subscript. */
const PLAIN_SYMBOL = /^(?:[A-Za-z]|\\[A-Za-z]+)(?:_(?:[A-Za-z0-9]|\{[A-Za-z0-9]{1,4}\}))?$/;
/** The left-hand side of `src` as a math source of its own, when it is one plain symbol. */
function leftSide(src: MathSource): MathSource | null {
  const left = leftOfDefinition(src);
  return left && PLAIN_SYMBOL.test(left.head) ? sourceAt(src, left.head, left.lead) : null;
}

function named(text: string, shape: RegExp, formula: MathSource, span: Span, previousSlug: string | null): Variable | null {
  const m = shape.exec(text);
  if (!m) return null;
  const name = m[1]!.replace(/==/g, '').replace(/[*_]/g, '').trim();
  if (!/\p{L}/u.test(name) || FORMULA_NAME.test(name)) return null;
  const lhs = leftSide(formula);
  if (!lhs) return null;
  const read = definitionFrom([lhs], name, text.trim(), span, previousSlug);
  return 'symbols' in read ? markProse(read) : null;
}

/** A line right after the formula that names its left-hand side ("detta ==resistenza elettrica==."), or null. */
export function namedAfter(text: string, formula: MathSource, span: Span, previousSlug: string | null): Variable | null {
  return named(text, CALLED, formula, span, previousSlug);
}

/** The line right before the formula that names its left-hand side ("Definiamo come ==conduttanza elettrica=="), or null. */
export function namedBefore(text: string, formula: MathSource, span: Span, previousSlug: string | null): Variable | null {
  return named(text, DEFINE_AS, formula, span, previousSlug) ?? named(text, ZH_IS_END, formula, span, previousSlug) ?? leadInNames(text, formula, span, previousSlug);
}

/** The last line of the prose that introduces `draft` as a name of its left-hand side ("Definiamo come …"): the definition, or nothing. */
export function namedLastLine(range: { start: number; end: number }, draft: { math: MathSource }, text: string, lines: LineIndex, previousSlug: string | null): Variable[] {
  const body = text.slice(range.start, range.end).replace(/\s+$/, '');
  const start = range.start + body.lastIndexOf('\n') + 1;
  const read = namedBefore(text.slice(start, range.start + body.length), draft.math, lines.span(start, range.start + body.length), previousSlug);
  return read ? [read] : [];
}

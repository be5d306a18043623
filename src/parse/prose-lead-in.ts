/**
 * A lead-in whose subject names the formula's left-hand side: "The phonon lifetime is given by"
 * then `\tau_A = …`; "A Leontieff utility function is defined by:" then `u(x,y) = \min(x,y)`;
 * "…, then the utility function of the consumer must look like:" (trial 5 doc 2, trial 6 N11);
 * and a bold term said to be defined: "La **función de distribución** … se define como …:" (trial 5 doc 10).
 *
 * Narrow on purpose: the subject is an article and at most eight words with no math, the
 * predicate is one of the introducing verbs below, and it ends the lead-in. The left-hand side is
 * one plain symbol (`\tau_A`) or a function of its arguments (`u(x,y)` names `u`). A subject that
 * is the formula's own name ("the formula", "Ohm's law", "the result") names nothing. English
 * only: other languages name a left-hand side by prose-naming.ts's "detta …"/"Definiamo come …".
 */
import type { MathSource, Span, Variable } from '../types.js';
import { fileOffsetOf } from '../diagnostics/positions.js';
import { findRelation } from './latex-split.js';
import { definitionFrom } from './definitions.js';
import { markProse } from './prose-sentences.js';
import { copulaLeadIn } from './prose-lead-in-copula.js';
import { markLeadIn } from './definitions-run.js';

/** The subject (article + words) and the introducing predicate, ending the text. */
const LEAD_IN =
  /(?:^|[.!?]\s+|[,;]\s*(?:then\s+|so\s+)?|\bthen\s+)(?:the|a|an|our)\s+([A-Za-z][A-Za-z' -]{1,80}?)\s+(?:(?:is|are)\s+(?:given|defined|written|expressed|computed|calculated|obtained)\s+(?:by|as)|(?:has|have|takes|take)\s+the\s+(?:following\s+)?form|(?:must|will|should|would)\s+look\s+like|looks\s+like)\s*[:.]?\s*$/i;
/** Subjects that name the formula, a step or an answer, not a quantity. */
const NOT_A_QUANTITY =
  /\b(?:law|equation|formula|theorem|rule|relation|relationship|principle|identity|expression|result|answer|solution|definition|form|update|step|example|case|model|system|problem|method|version|formulation|condition|constraint|approximation|derivation|proof|following|above|below|same|this|that|it)\b/i;
/** Words that cannot stand in a noun phrase: verbs, pronouns, conjunctions. */
const NOT_NOUN = /\b(?:is|are|was|were|be|been|we|you|they|it|if|when|which|that|this|then|and|or|but|can|may|will|must)\b/i;
/** One plain symbol with at most a simple subscript, or that symbol applied to arguments (`u(x,y)`). */
const LEFT_SIDE = /^((?:[A-Za-z]|\\[A-Za-z]+)(?:_(?:[A-Za-z0-9]|\{[A-Za-z0-9]{1,4}\}))?)(?:\s*\([^()]{1,30}\))?$/;
const SPACING = /^(?:\s|~|\\[,;:! ]|\\q?quad(?![A-Za-z]))*/;

/** The text left of `src`'s `=` (or `:=`) with its spacing trimmed, and where it starts; null for any other relation. */
export function leftOfDefinition(src: MathSource): { head: string; lead: number } | null {
  const relation = findRelation(src.latex);
  if (!relation || (relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq')) return null;
  const raw = src.latex.slice(0, relation.at);
  const lead = SPACING.exec(raw)![0].length;
  return { head: raw.slice(lead).replace(/(?:\s|~|\\[,;:! ])+$/, ''), lead };
}

/** `latex`, written at `lead` of `src`, as a math source of its own. */
export function sourceAt(src: MathSource, latex: string, lead: number): MathSource {
  return { latex, map: { pieces: [{ at: 0, offset: fileOffsetOf(src.map, lead), length: latex.length }] } };
}

/** The symbol the left-hand side of `src` names, as a math source of its own, or null. */
function namedSymbol(src: MathSource): MathSource | null {
  const left = leftOfDefinition(src);
  const m = left ? LEFT_SIDE.exec(left.head) : null;
  if (!left || !m || /^\\(?:left|right|frac|sum|int|prod|lim|log|ln|exp|sin|cos|tan|min|max)$/.test(m[1]!)) return null;
  return sourceAt(src, m[1]!, left.lead);
}

/**
 * "La **función de distribución** para una variable $X$ … se define como …:": a sentence that
 * opens with an article and a bold term and says the term is defined, ending in a colon.
 */
const BOLD_DEFINED =
  /^[\s*_>]*(?:the|a|an|el|la|los|las|un|una|le|les|l'|l’|une|il|lo|o|os|as|um|uma)\s*\*\*([^*$\n]{2,60})\*\*[^\n]*?(?:\bse\s+definen?\b|\best\s+défini|\bsont\s+défini|\bè\s+definit|\bviene\s+definit|\bé\s+definid|\bis\s+defined\b|\bare\s+defined\b)[^\n]*[:：]\s*$/iu;

function definedAs(name: string, text: string, formula: MathSource, span: Span, previousSlug: string | null): Variable | null {
  const lhs = namedSymbol(formula);
  if (!lhs) return null;
  const read = definitionFrom([lhs], name, text.trim(), span, previousSlug);
  if (!('symbols' in read)) return null;
  // It names one symbol in passing, not the formula's symbols: no where-list, no symbol-by-symbol check (types.ts).
  read.incidental = true;
  // It names the left side of the formula right after it: no later formula of the run takes it unless it writes that symbol.
  markLeadIn(read);
  return markProse(read);
}

/** The lead-in `text` (its last line, before the formula) naming the formula's left-hand side, or null. */
export function leadInNames(text: string, formula: MathSource, span: Span, previousSlug: string | null): Variable | null {
  const bold = BOLD_DEFINED.exec(text);
  if (bold && !NOT_A_QUANTITY.test(bold[1]!)) return definedAs(bold[1]!.trim(), text, formula, span, previousSlug);
  if (text.includes('$')) {
    // Math may stand earlier in the sentence ("If two goods $x$ and $y$ …, then the …"), never in the subject.
    const tail = text.slice(text.lastIndexOf('$') + 1);
    if (!/^[^A-Za-z]*[,;]|\bthen\b/i.test(tail)) return null;
    return leadInNames(tail, formula, span, previousSlug);
  }
  const m = LEAD_IN.exec(text.trimEnd());
  if (!m) {
    // "The momentum of a body is" / "Der Impuls ist" right before `p = m v` (prose-lead-in-copula.ts).
    const copula = copulaLeadIn(text.trimEnd());
    return copula && !NOT_A_QUANTITY.test(copula) && !NOT_NOUN.test(copula) ? definedAs(copula, text, formula, span, previousSlug) : null;
  }
  const name = m[1]!.trim();
  const words = name.split(/\s+/);
  if (words.length > 8 || NOT_A_QUANTITY.test(name) || NOT_NOUN.test(name)) return null;
  return definedAs(name, text, formula, span, previousSlug);
}

/**
 * A where-sentence whose symbols are in markdown italics, not math: "where *F* is the net force
 * and *a* the acceleration." (the habit of notes typed without a math renderer). Each italic
 * symbol the formula writes takes the words up to the next italic symbol as its meaning.
 *
 * Narrow on purpose: the sentence has no math at all, opens with the where-word then an italic
 * symbol, every italic token in it is a symbol the formula writes (plain-symbol-lines.ts's
 * reading of `v0` as `v_0` too), and every meaning is words: the first after a defining verb,
 * the later ones after a verb, a separator or an article ("*a* the acceleration").
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { markProse } from './prose-sentences.js';
import { symbolOf } from './plain-symbol-lines.js';

const ITALIC = /(?<![\p{L}\p{N}*_\\])([*_])([A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?|[0-9])?'?)\1(?![\p{L}\p{N}*_])/gu;
const WHERE = /^[\s*_]*(?:where|here|in\s+which|with)[\s,:]+(?=[*_])/i;
const VERB = /^[\s,]*(?:(?:is|are)\s+(?=(?:the|a|an|its|their)\s)|denotes\s+|represents\s+|stands\s+for\s+|means\s+|[:=–—]\s*)/i;
const ARTICLE = /^[\s,]*(?=(?:the|a|an|its|their)\s)/i;
const MEANING = /^(?:(?:the|a|an|its|their)\s+)?\p{L}{3,}[\p{L}\p{M}'’\s-]*(?:\([^()=+^$]*\))?$/iu;
const TRAIL = /(?:\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or))\s*$/i;

/** The definitions of an italic where-sentence in [start, end), the sentence's end; null when it is not one. */
export function italicWhere(text: string, start: number, end: number, formula: string, lines: LineIndex): { variables: Variable[]; end: number } | null {
  const body = text.slice(start, Math.min(end, start + 2000));
  const where = WHERE.exec(body);
  if (!where || body.includes('$') || body.includes('`')) return null;
  const stop = /[.!?](?=\s|$)/.exec(body.slice(where[0].length));
  const sentenceEnd = stop ? where[0].length + stop.index : body.length;
  const sentence = body.slice(0, sentenceEnd);
  if (sentence.length > 600) return null;
  const tokens = [...sentence.matchAll(ITALIC)];
  if (tokens.length === 0 || tokens[0]!.index !== where[0].length) return null;
  const variables: Variable[] = [];
  for (const [k, t] of tokens.entries()) {
    const symbol = symbolOf(t[2]!, formula);
    if (symbol === null) return null;
    const after = t.index! + t[0].length;
    let segment = sentence.slice(after, tokens[k + 1]?.index ?? sentence.length);
    const verb = VERB.exec(segment);
    if (verb) segment = segment.slice(verb[0].length);
    else if (k === 0 || !ARTICLE.test(segment)) return null;
    const description = segment.replace(TRAIL, '').replace(/\s+/g, ' ').trim();
    if (!MEANING.test(description)) return null;
    const at = start + t.index! + 1;
    variables.push(markProse({
      symbols: [symbol],
      symbolSources: [{ latex: symbol, map: { pieces: [{ at: 0, offset: at, length: t[2]!.length }] } }],
      description,
      item: `${t[0]} ${description}`,
      position: lines.span(start + t.index!, start + after + segment.length),
    }));
  }
  return { variables, end: start + sentenceEnd + (stop ? 1 : 0) };
}

/**
 * Definitions a section's prose gives the formula before it (prose-definitions.ts reads the
 * sentences): a gloss in parentheses, a where-sentence ("where $a$ is …", "où …", "其中 …")
 * and the sentences after it, and a paragraph after the formula that defines without "where"
 * ("$F$ is the force …", "Here, $k$ is …", "$m$ 代表…").
 */
import type { Paragraph } from 'mdast';
import { endOf, mathsBetween, startOf } from './mdast-helpers.js';
import { textOutside, type Line } from './paragraph-lines.js';
import { readProseDefinitions } from './where-sentence.js';
import { readAfterParagraph } from './prose-definitions.js';
import { readGloss } from './prose-gloss.js';
import { markProse, sentences, writesSymbol } from './prose-sentences.js';
import type { SectionReader } from './section-reader.js';
import { whereInAnyLanguage } from './where-languages.js';
import { italicWhere } from './prose-italic-where.js';
import { functionNamed } from './prose-applied.js';

/** "($P$ puissance en watts, $U$ et $I$ comme ci-dessus)" after the formula or its run. True when the line was one. */
export function readGlossLine(r: SectionReader, line: Line): boolean {
  if (r.mode !== 'after' || r.current.length === 0 || line.maths.length === 0) return false;
  const gloss = readGloss(line.start, line.end, r.currentFormula(), r.ctx, r.lines, r.previousSlug);
  if (!gloss || gloss.length === 0) return false;
  r.openWhere(line.start);
  r.define({ variables: gloss }, line.start, line.end, line.maths);
  r.mode = 'none';
  return true;
}

/**
 * "where *F* is the net force and *a* the acceleration." right after the formula, symbols in
 * italics (prose-italic-where.ts): the sentence's end when it defined, else -1.
 */
export function readItalicWhere(r: SectionReader, line: Line, pEnd: number): number {
  if (r.mode !== 'after' || r.current.length === 0 || line.maths.length > 0) return -1;
  const read = italicWhere(r.ctx.text, line.start, pEnd, r.currentFormula(), r.lines);
  if (!read || read.variables.length === 0) return -1;
  r.openWhere(line.start);
  r.define({ variables: read.variables }, line.start, read.end, []);
  r.mode = 'none';
  return read.end;
}

/**
 * A prose where-sentence starting on this line ("where $a$ is …"): it ends at its full stop;
 * later sentences of the paragraph, up to `pEnd` (the paragraph's end or its next display line),
 * define only what the formula uses. True when it defined (the text up to `pEnd` is read).
 */
export function readWhereSentence(r: SectionReader, line: Line, pEnd: number): boolean {
  const text = r.ctx.text.slice(line.start, line.end);
  const own = r.words.proseWhere.exec(text);
  // "où $k$ est …" in a document detected as English: read with the where-word's language (trial 5, M6).
  const other = own ? null : whereInAnyLanguage(text, r.words);
  const prose = own ? own[0].length : other?.length;
  if (prose === undefined || r.current.length === 0 || line.maths.length === 0) return false;
  const ctx = other ? { ...r.ctx, words: other.words } : r.ctx;
  const sentenceEnd = sentences(line.start, pEnd, ctx)[0]?.end ?? pEnd;
  const formula = r.currentFormula();
  // Only definitions of a symbol the formula writes ("$S$, $I$ and $R$ are …" when it writes one of them): "Where $C$ is the enclosing circle" after `A = s^2` is not its definition (trial 4, K6).
  const variables = readProseDefinitions(line.start + prose, sentenceEnd, ctx, r.lines, r.previousSlug)
    // "where $\ell(y, \hat y)$ is the loss" defines the function `\ell` the formula applies (prose-applied.ts).
    .map((v) => functionNamed(v, formula))
    .filter((v) => v.inherited !== undefined || v.symbols.some((s) => writesSymbol(formula, s)))
    .map(markProse);
  if (variables.length === 0) return false;
  const more = readAfterParagraph(sentenceEnd + 1, pEnd, formula, ctx, r.lines, r.previousSlug);
  variables.push(...more.variables);
  const to = more.used.length > 0 ? more.used[more.used.length - 1]!.end : sentenceEnd;
  r.openWhere(line.start);
  const maths = [...mathsBetween(ctx, line.start, to), ...more.defining.filter((x) => x.start >= to).flatMap((x) => mathsBetween(ctx, x.start, x.end))];
  r.define({ variables }, line.start, to, maths);
  r.mode = 'none';
  return true;
}

/**
 * The first line of a paragraph right after the formula, when the paragraph holds no display
 * line: its sentences that define without "where". True when it defined.
 */
export function readDefiningParagraph(r: SectionReader, lines: Line[], p: Paragraph): boolean {
  const { ctx } = r;
  if (r.mode !== 'after' || r.current.length === 0) return false;
  if (lines.some((l) => l.maths.length > 0 && startOf(l.maths[0]!, ctx) === l.start && /^[\s,.;]*$/.test(textOutside(l, ctx)))) return false;
  const pStart = startOf(p, ctx);
  const read = readAfterParagraph(pStart, endOf(p, ctx), r.currentFormula(), ctx, r.lines, r.previousSlug);
  if (read.variables.length === 0) return false;
  // The where-list span covers the sentences that are only definitions; the others stay content.
  const from = read.used[0]?.start ?? pStart;
  const to = read.used[read.used.length - 1]?.end ?? pStart;
  r.define({ variables: read.variables }, from, to, read.defining.flatMap((x) => mathsBetween(ctx, x.start, x.end)));
  r.mode = 'none';
  return true;
}

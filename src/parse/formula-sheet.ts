/**
 * Formula sheets (trial 2, G9): a student's sheet of formulas writes, under each topic heading, a
 * short label line ("Basic salt", "With $n$ moles and $M$ the molar mass,") and on the very next
 * line the formula as a single-dollar `$…$` line, with no blank line between them:
 *
 *     Basic salt
 *     $[OH^-]=\sqrt{K_w C_s / K_a}$
 *     Acid salt
 *     $[H^+]=\sqrt{K_w C_s / K_b}$
 *
 * Such a line is a formula the author presents when it is a relation (`=`, `\le`, `\approx`…), its
 * label starts the paragraph or follows another formula line, and nothing after it continues a
 * sentence; a label line without math names it. In a document written
 * this way (two such pairs or more), consecutive `$…$` lines are separate formulas, not the rows of
 * one (the seed's multi-line form stays joined in any other document). A `$x = 1$` inside a
 * sentence is never one: the formula must be the whole line.
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, startOf, type ChunkContext } from './mdast-helpers.js';
import { inlineForm, textOutside, type Line } from './paragraph-lines.js';
import { readProseDefinitions } from './where-sentence.js';
import { markProse } from './prose-sentences.js';

/** A formula that states a relation, as a formula sheet's line does. */
export const RELATION = /=|\\(?:approx|equiv|propto|le|ge|leq|geq|leqslant|geqslant|lt|gt|ne|neq|sim|simeq|cong|Rightarrow|Leftrightarrow|rightleftharpoons|to)(?![A-Za-z])|[<>]/;

/** A label line this long or longer is prose that wraps, not a label. */
const MAX_LABEL = 120;
/** A label this long or shorter, with no math, names its formula. */
const MAX_NAME = 60;

/** `$…$` and nothing else on the line (but closing punctuation), a relation. */
export function isFormulaLine(line: Line | undefined, ctx: ChunkContext): boolean {
  if (!line || line.maths.length !== 1) return false;
  const m = line.maths[0]!;
  if (m.type !== 'inlineMath' || startOf(m, ctx) !== line.start || inlineForm(m, ctx) !== 'dollar') return false;
  if (!/^[\s,.;]*$/.test(ctx.text.slice(endOf(m, ctx), line.end))) return false;
  return RELATION.test(String((m as { value?: unknown }).value ?? ''));
}

/** A short line of prose (a label or a lead-in clause) that a formula line may follow. */
function isLabelLine(line: Line | undefined, ctx: ChunkContext): boolean {
  if (!line || line.end - line.start > MAX_LABEL) return false;
  const text = textOutside(line, ctx).trim();
  return !(/^[\s,.;]*$/.test(text) || /^(?:[-*+>|#]|\d+[.)])\s/.test(ctx.text.slice(line.start, line.end)));
}

/**
 * Line `i` is a formula line that a label line introduces (the line before it is a label), and
 * what follows it is no sentence it belongs to: the paragraph ends, another formula line follows,
 * or another label and its formula.
 */
export function followsLabel(lines: Line[], i: number, ctx: ChunkContext): boolean {
  if (i === 0 || !isFormulaLine(lines[i], ctx) || !isLabelLine(lines[i - 1], ctx)) return false;
  // The label starts its paragraph or follows a formula line: the last line of wrapped prose
  // ("… A process is spontaneous when" / `$\Delta G < 0$.`) introduces nothing.
  if (i >= 2 && !isFormulaLine(lines[i - 2], ctx)) return false;
  const next = lines[i + 1];
  return next === undefined || isFormulaLine(next, ctx) || (isLabelLine(next, ctx) && isFormulaLine(lines[i + 2], ctx));
}

/** The name a label line gives the formula under it (no math, short, not a clause ending in a comma), or null. */
export function labelName(line: Line, ctx: ChunkContext): { name: string; nameText: string; offset: number } | null {
  if (line.maths.length > 0) return null;
  const raw = ctx.text.slice(line.start, line.end).trim();
  if (raw.length > MAX_NAME || /[,;.]$/.test(raw)) return null;
  const offset = line.start + ctx.text.slice(line.start, line.end).search(/\S/);
  const name = markdownSlice(offset, offset + raw.length, [], ctx).replace(/^(\*\*|__)(.*)\1$/, '$2').replace(/[:：]$/, '').trim();
  if (name === '') return null;
  return { name, nameText: name.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset };
}

/** Documents written as a formula sheet: two label lines or more, each right above its formula line. */
const PAIR = /^[ \t]*(?![-*+>|#]\s|\d+[.)]\s)\S[^\n]*\n[ \t]{0,3}\$[^$\n]+\$[ \t]*[,.;]?[ \t]*$/gm;

export function isFormulaSheet(text: string): boolean {
  let pairs = 0;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const formula = m[0].slice(m[0].indexOf('\n') + 1);
    const label = m[0].slice(0, m[0].indexOf('\n')).trim();
    // A line that is itself a formula line, or a where-introduction ("where:"), is no label.
    if (label.length > MAX_LABEL || /^\$[^$]+\$[\s,.;]*$/.test(label) || /^where\b/i.test(label)) continue;
    if (RELATION.test(formula) && ++pairs >= 2) return true;
  }
  return false;
}

/** "With $n$ the number of moles and $M$ the molar mass," (and its Italian, Spanish, French, German forms): a clause naming symbols. */
const WITH_CLAUSE = /^[ \t]*(?:with|given|con|avec|mit|com)\s+(?=\$)/i;

/**
 * The symbols a formula sheet's lead-in clause defines ("With $n$ number of moles and $M$ molar
 * mass," over `$n=\frac{m}{M}$`), each with the words after it; read as prose definitions.
 */
export function clauseDefinitions(line: Line, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const text = ctx.text.slice(line.start, line.end);
  const lead = WITH_CLAUSE.exec(text);
  if (!lead || !/[,:：]\s*$/.test(text)) return [];
  const end = line.start + text.replace(/[,:：]\s*$/, '').length;
  const read = readProseDefinitions(line.start + lead[0].length, end, ctx, lines, previousSlug);
  // A meaning that runs into the next symbol ("the number of moles and $M$ molar mass") is misread: none is taken.
  return read.some((v) => v.description.includes('$')) ? [] : read.map(markProse);
}

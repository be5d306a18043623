/**
 * A symbol then its meaning, written with an arrow or an equals sign in the prose before a
 * formula, the shorthand of cheat notes (trial 6, doc 5): "$\phi(\lambda)$ --> surface energy
 * flux, gives the area under …", "$E$ → energy of the level", and after "with"/"avec"/"where":
 * "avec $v$ = vitesse de propagation de la lumière :".
 *
 * Narrow on purpose: the arrow form opens its sentence; the meaning runs to the first comma,
 * semicolon or colon, starts with a letter, holds no math and at most twelve words. A symbol
 * applied to arguments (`\phi(\lambda)`) names the bare symbol. Only symbols the formula writes.
 */
import type { MathSource, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { fileOffsetOf } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, writesSymbol, type Sentence } from './prose-sentences.js';

const ARROW = /^[ \t]*(?:-{1,2}>|→|⟶|⇒|=>)[ \t]*/;
const EQUALS = /^[ \t]*=[ \t]*/;
/** "with", "where" and their kin in the languages read, right before the symbol. */
const WITH = /(?:^|[\s,(])(?:with|where|avec|où|con|donde|com|onde|mit|wobei)\s+$/iu;
/** A symbol applied to its arguments: `\phi(\lambda)`, `f(x, y)`. */
const APPLIED = /^\s*((?:[A-Za-z]|\\[A-Za-z]+)(?:_(?:[A-Za-z0-9]|\{[^{}]{1,12}\}))?)\s*\([^()]{1,30}\)\s*$/;

/** The symbol a math span names: itself, or the function it applies (`\phi(\lambda)` names `\phi`). */
export function named(src: MathSource): MathSource {
  const m = APPLIED.exec(src.latex);
  if (!m) return src;
  const at = src.latex.indexOf(m[1]!);
  return { latex: m[1]!, map: { pieces: [{ at: 0, offset: fileOffsetOf(src.map, at), length: m[1]!.length }] } };
}

/** The arrow and "with $x$ = meaning" definitions of a sentence, for symbols the formula writes. */
export function arrowDefinitions(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  maths.forEach((m, k) => {
    const before = ctx.text.slice(k === 0 ? s.start : endOf(maths[k - 1]!, ctx), startOf(m, ctx));
    const next = maths[k + 1];
    const after = ctx.text.slice(endOf(m, ctx), next ? startOf(next, ctx) : s.end);
    const sep = k === 0 && /^[\s*_]*$/.test(before) ? ARROW.exec(after) : WITH.test(before) ? EQUALS.exec(after) : null;
    if (!sep) return;
    const rest = after.slice(sep[0].length);
    const cut = rest.search(/[,;:：]/);
    // The meaning must end before the next math: a meaning that holds math is not this shape.
    if (cut < 0 && next) return;
    const meaning = (cut < 0 ? rest : rest.slice(0, cut)).replace(/[\s.]+$/, '').trim();
    const words = meaning.split(/\s+/);
    if (!/^\p{L}/u.test(meaning) || meaning.length < 3 || words.length > 12) return;
    const src = named(mathSourceOf(m, ctx));
    if (findRelation(src.latex) || isCompound(src.latex) || !writesSymbol(formula, src.latex)) return;
    const to = endOf(m, ctx) + sep[0].length + rest.indexOf(meaning) + meaning.length;
    const read = definitionFrom([src], meaning, markdownSlice(startOf(m, ctx), to, maths, ctx), lines.span(startOf(m, ctx), to), previousSlug);
    if (!('symbols' in read)) return;
    // One symbol explained in a note, not the formula's list of symbols: no symbol-by-symbol check (types.ts).
    read.incidental = true;
    out.push(markProse(read));
  });
  return out;
}

/**
 * A parenthetical gloss right after a formula (prose-definitions.ts reads the sentences around
 * it): "($P$ puissance en watts, $U$ et $I$ comme ci-dessus)". Split from prose-definitions.ts.
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation } from './latex-split.js';
import { markProse, usesSymbol } from './prose-sentences.js';

/** "as above" in the languages read: the symbol keeps the meaning an earlier formula gave it. */
const AS_ABOVE = /^(?:(?:are|is)\s+)?(?:as\s+(?:above|before)|comme\s+(?:ci-dessus|précédemment|avant)|wie\s+oben|como\s+(?:arriba|antes)|come\s+sopra|同上|如上)\s*$/i;
const GLOSS = /^[ \t]*\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)[ \t]*[.,;]?[ \t]*$/;

/**
 * A parenthetical gloss right after a formula or a run of them: "($P$ puissance en watts, $U$ et
 * $I$ comme ci-dessus)", "($A$, $B$ events, $P(B) > 0$.)". Each part is symbols (joined by
 * commas or "and") then a short description; a condition (`$P(B) > 0$`) defines nothing. Kept
 * when the formula writes the symbols, or the description says "as above". Null when the line
 * [start, end) is no gloss.
 */
export function readGloss(start: number, end: number, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  const gloss = GLOSS.exec(ctx.text.slice(start, end));
  if (!gloss) return null;
  const from = start + ctx.text.slice(start, end).indexOf('(') + 1;
  const to = from + gloss[1]!.length;
  const maths = mathsBetween(ctx, from, to);
  if (maths.length === 0 || !/^\s*$/.test(ctx.text.slice(from, startOf(maths[0]!, ctx)))) return null;
  const words = ctx.words;
  const join = (gap: string): boolean => /^[\s,]*$/.test(gap) || (words ? words.join.test(gap) : /^[\s,]*(?:and\s*)?$/i.test(gap));
  const out: Variable[] = [];
  let k = 0;
  while (k < maths.length) {
    let j = k;
    while (j + 1 < maths.length && join(ctx.text.slice(endOf(maths[j]!, ctx), startOf(maths[j + 1]!, ctx)))) j++;
    // The description runs to the next part (a comma or semicolon followed by math) or the gloss's end.
    let next = j + 1;
    while (next < maths.length && !/[,;，；][\s*_]*$/.test(ctx.text.slice(endOf(maths[j]!, ctx), startOf(maths[next]!, ctx)))) next++;
    const descEnd = next < maths.length ? startOf(maths[next]!, ctx) : to;
    const description = markdownSlice(endOf(maths[j]!, ctx), descEnd, maths, ctx).replace(/^[\s:=–—-]+/, '').replace(/[\s,;，；.]+$/, '');
    const sources = maths.slice(k, j + 1).map((m) => mathSourceOf(m, ctx));
    const inherited = AS_ABOVE.test(description);
    if (description && /^\p{L}/u.test(description) && sources.every((src) => !findRelation(src.latex)) && (inherited || sources.every((src) => usesSymbol(formula, src.latex)))) {
      const item = markdownSlice(startOf(maths[k]!, ctx), descEnd, maths, ctx).replace(/[\s,;，；.]+$/, '');
      const read = definitionFrom(sources, description, item, lines.span(startOf(maths[k]!, ctx), descEnd), previousSlug);
      if ('symbols' in read) {
        if (inherited) read.inherited = { from: previousSlug };
        out.push(markProse(read));
      }
    }
    k = next;
  }
  return out;
}

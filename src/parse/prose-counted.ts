/**
 * Symbols named by a count and a plural noun right before them, in the sentence that introduces
 * a formula: "If two goods $x$ and $y$ are perfect substitutes, …", "for three masses $m_1$,
 * $m_2$ and $m_3$" (trial 6, N11). Each symbol is one of the things counted.
 *
 * Narrow on purpose (English only): the number of symbols, joined by commas and a final "and",
 * must equal the count; the noun is one plural word, optionally after one adjective; the symbols
 * are plain (no relation); only symbols the formula writes are kept.
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, usesSymbol, type Sentence } from './prose-sentences.js';
import { nounRead } from './prose-noun-phrases.js';

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** "two goods " / "three point masses " right before the first symbol. */
const COUNTED = /(?:^|[\s(,])(two|three|four|five)\s+((?:[a-z]{3,}\s+)?[a-z]{2,}s)\s+$/i;
/** Words that are no noun for a thing counted. */
const NOT_THING = /^(?:is|was|has|does|this|thus|plus|minus|times|terms|steps|cases|ways|sides|equations|formulas|conditions|values)$/i;

/** "goods" → "good", "quantities" → "quantity", "masses" → "mass". */
function singular(plural: string): string {
  if (/ies$/.test(plural)) return plural.replace(/ies$/, 'y');
  if (/(?:ss|sh|ch|x)es$/.test(plural)) return plural.replace(/es$/, '');
  return plural.replace(/s$/, '');
}

/** The counted symbols of a sentence that the formula writes: their definitions. */
export function countedSymbols(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  if (ctx.words && ctx.words.lang !== 'en') return [];
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  let prevEnd = s.start;
  for (let k = 0; k < maths.length; k++) {
    const before = ctx.text.slice(prevEnd, startOf(maths[k]!, ctx));
    prevEnd = endOf(maths[k]!, ctx);
    const counted = COUNTED.exec(before);
    if (!counted) continue;
    const n = COUNTS[counted[1]!.toLowerCase()]!;
    const noun = counted[2]!.toLowerCase();
    const last = noun.split(/\s+/).pop()!;
    if (NOT_THING.test(last) || k + n > maths.length) continue;
    // "$x$ and $y$" / "$a$, $b$ and $c$": exactly n symbols, then no more math joined to them.
    const run = maths.slice(k, k + n);
    const gaps = run.slice(1).map((m, j) => ctx.text.slice(endOf(run[j]!, ctx), startOf(m, ctx)));
    const joined = gaps.every((g, j) => (j === gaps.length - 1 ? /^\s*,?\s*and\s+$/i.test(g) : /^\s*,\s*$/.test(g)));
    const next = maths[k + n];
    const trailing = next ? ctx.text.slice(endOf(run[n - 1]!, ctx), startOf(next, ctx)) : ' .';
    if (!joined || /^\s*(?:,|and\b|or\b)\s*$/i.test(trailing)) continue;
    const sources = run.map((m) => mathSourceOf(m, ctx));
    if (sources.some((src) => findRelation(src.latex) || isCompound(src.latex) || src.latex.trim().length > 20)) continue;
    const meaning = noun.split(/\s+/).slice(0, -1).concat(singular(last)).join(' ');
    const from = startOf(maths[k]!, ctx) - before.length + counted.index + counted[0].indexOf(counted[1]!);
    const to = endOf(run[n - 1]!, ctx);
    for (const src of sources) {
      if (!usesSymbol(formula, src.latex)) continue;
      const read = definitionFrom([src], meaning, markdownSlice(from, to, maths, ctx), lines.span(from, to), previousSlug);
      if (!('symbols' in read)) continue;
      // Named in passing: no where-list, no symbol-by-symbol check (types.ts).
      read.incidental = true;
      nounRead.add(read);
      out.push(markProse(read));
    }
    k += n - 1;
    prevEnd = endOf(run[n - 1]!, ctx);
  }
  return out;
}

/**
 * A run of symbols each followed by the noun it names, with no verb and no colon: the shorthand
 * of personal notes, "$P$ valor principal, $i$ taxa, $n$ periodo" (trial 4, K8). Each pair is a
 * definition whose meaning is the noun.
 *
 * Narrow on purpose: the text is nothing but pairs (math first, then a few words without math,
 * a comma or semicolon before the next math); the math is a symbol (no relation: `$q > 0$ …` is a
 * condition); a meaning is short and starts with a letter that is no verb or joining word. Two
 * pairs at least, unless the caller knows the text defines (an item of a list a lead-in
 * introduces as the formula's symbols: `$P$ valor principal`).
 */
import type { Nodes } from 'mdast';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { findRelation } from './latex-split.js';

/** The gap between one pair's meaning and the next pair's math. */
const PAIR_SEPARATOR = /[ \t]*[,;，；、][ \t]*$/;
/** What the last meaning may end with. */
const END = /[ \t]*[.。]?[ \t]*$/;
const MAX_MEANING = 60;
const MAX_WORDS = 6;
/** Words that start a clause, a verb phrase or a unit ("$x$ is …", "$n$ large", "$t$ em anos"), not a noun naming the symbol. */
const NOT_A_NOUN = /^(?:is|are|was|be|has|have|and|or|but|then|so|if|for|to|of|in|on|at|by|as|from|with|when|where|which|that|large|small|big|positive|negative|e|ou|é|são|es|son|est|sont|ist|sind|und|y|oder|et|em|no|na|ao|de|da|do|en|au|dans|pour|para|por|sem|im|für|als)(?![\p{L}\p{N}])/iu;

/**
 * The pairs of [start, end) when it is a run (each symbol's math and its meaning's range), else
 * null. `min`: the fewest pairs that make a run (1 where the text is known to define, 2 elsewhere).
 */
export function nounRunPairs(start: number, end: number, ctx: ChunkContext, min: number): Array<{ math: Nodes; meaning: [number, number] }> | null {
  const maths = mathsBetween(ctx, start, end);
  if (maths.length < min || !/^[\s*_]*$/.test(ctx.text.slice(start, startOf(maths[0]!, ctx)))) return null;
  const out: Array<{ math: Nodes; meaning: [number, number] }> = [];
  for (let k = 0; k < maths.length; k++) {
    const m = maths[k]!;
    const last = k === maths.length - 1;
    const gapStart = endOf(m, ctx);
    const gap = ctx.text.slice(gapStart, last ? end : startOf(maths[k + 1]!, ctx));
    const separator = (last ? END : PAIR_SEPARATOR).exec(gap);
    if (!separator) return null;
    const lead = /^[ \t]+/.exec(gap)?.[0].length ?? 0;
    const meaning = gap.slice(lead, gap.length - separator[0].length).trim();
    if (lead === 0 || !meaning || meaning.length > MAX_MEANING || !/^\p{L}/u.test(meaning) || /[:：=$\n()]/.test(meaning)) return null;
    if (NOT_A_NOUN.test(meaning) || meaning.split(/\s+/).length > MAX_WORDS) return null;
    if (findRelation(mathSourceOf(m, ctx).latex)) return null;
    out.push({ math: m, meaning: [gapStart + lead, gapStart + lead + meaning.length] });
  }
  return out;
}

/** True when [start, end) is such a run (see the file's comment). */
export function isNounRun(start: number, end: number, ctx: ChunkContext, min = 2): boolean {
  return nounRunPairs(start, end, ctx, min) !== null;
}

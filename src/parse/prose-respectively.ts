/**
 * "Respectively" in Chinese and Japanese: several symbols given their meanings in one clause, the
 * nouns paired with the symbols in order.
 *
 * - symbols first: 「其中 $a$、$b$ 分别为长和宽」, 「$F$、$s$ 分别表示力和位移」, Japanese
 *   「$m$、$v$ はそれぞれ質量と速度である」;
 * - nouns first: 「长和宽分别记作 $a$ 和 $b$」, 「力与位移分别用 $F$、$s$ 表示」.
 *
 * Narrow on purpose: the symbols are a run of math joined by 、/和/与/及/commas (and と/や), each a
 * single symbol; the nouns are as many as the symbols, each a short run of letters without math or
 * punctuation. A count that differs reads nothing.
 */
import type { Nodes } from 'mdast';
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, usesSymbol, type Sentence } from './prose-sentences.js';

/** Between two symbols of the run. */
const SYMBOL_JOIN = /^\s*(?:[、，,]|和|与|及|以及|と|や|および)\s*$/u;
/** The separators of the nouns' list. */
const NOUN_SPLIT = /\s*(?:[、，,]|以及|和|与|及|と|や|および)\s*/u;
/** 分别/それぞれ then the verb, symbols first. */
const SYMBOLS_FIRST = /^\s*(?:分别|それぞれ)\s*(?:为|是|表示|代表|指|记作|记为|は)\s*/u;
/** Japanese: 「$m$、$v$ はそれぞれ…」. */
const JA_SYMBOLS_FIRST = /^\s*は\s*それぞれ\s*/u;
/** Nouns then 分别 and the verb right before the symbols. */
const NOUNS_FIRST = /(?:^|[\s,，;；:：])(?:其中|设|令|将|把)?\s*([^\s,，;；:：。$]{2,40}?)\s*分别\s*(?:记作|记为|记|用|为|是|写作|表示为)\s*$/u;
/** The end of the nouns after the verb: the sentence's end, a clause's end, or a copula (である, 。). */
const NOUNS_END = /\s*(?:である|です|とする|を表す|を表している)?\s*(?:[。；;，,.]|$)/u;
const NOUN = /^[\p{L}\p{N}]{1,12}$/u;
/** A noun list ends with a verb in the nouns-first form: 「…分别用 $F$、$s$ 表示」. */
const AFTER_SYMBOLS = /^\s*(?:表示|来表示)?\s*(?:[。；;，,.]|$)/u;

function isSymbol(latex: string): boolean {
  const t = latex.trim();
  return /[A-Za-z]/.test(t) && t.length <= 30 && !findRelation(t) && !isCompound(t);
}

/** The runs of math joined by SYMBOL_JOIN in a sentence: [first index, last index]. */
function runs(maths: Nodes[], ctx: ChunkContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k <= maths.length; k++) {
    if (k < maths.length && SYMBOL_JOIN.test(ctx.text.slice(endOf(maths[k - 1]!, ctx), startOf(maths[k]!, ctx)))) continue;
    out.push([from, k - 1]);
    from = k;
  }
  return out;
}

function nounsOf(text: string, count: number): string[] | null {
  const nouns = text.split(NOUN_SPLIT).map((n) => n.trim());
  // A number is a value, not a meaning (「分别为 3 和 4」).
  return nouns.length === count && nouns.every((n) => NOUN.test(n) && /\p{L}/u.test(n)) ? nouns : null;
}

/** The pairs of "respectively" clauses in a sentence; only symbols the formula writes (any, with `formula` null). */
export function respectively(s: Sentence, formula: string | null, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const text = ctx.text.slice(s.start, s.end);
  if (!/分别|それぞれ/u.test(text)) return [];
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  for (const [a, b] of runs(maths, ctx)) {
    if (b === a) continue;
    const group = maths.slice(a, b + 1);
    const after = ctx.text.slice(endOf(group[group.length - 1]!, ctx), b + 1 < maths.length ? startOf(maths[b + 1]!, ctx) : s.end);
    const before = ctx.text.slice(a === 0 ? s.start : endOf(maths[a - 1]!, ctx), startOf(group[0]!, ctx));
    let nouns: string[] | null = null;
    const lead = SYMBOLS_FIRST.exec(after) ?? JA_SYMBOLS_FIRST.exec(after);
    if (lead) {
      const rest = after.slice(lead[0].length);
      const end = NOUNS_END.exec(rest);
      if (end) nouns = nounsOf(rest.slice(0, end.index), group.length);
    } else {
      const first = NOUNS_FIRST.exec(before);
      if (first && AFTER_SYMBOLS.test(after)) nouns = nounsOf(first[1]!, group.length);
    }
    if (!nouns) continue;
    const sources = group.map((m) => mathSourceOf(m, ctx));
    if (!sources.every((src) => isSymbol(src.latex))) continue;
    group.forEach((m, k) => {
      if (formula !== null && !usesSymbol(formula, sources[k]!.latex.trim())) return;
      const read = definitionFrom([sources[k]!], nouns[k]!, `$${sources[k]!.latex.trim()}$ — ${nouns[k]!}`, lines.span(startOf(m, ctx), endOf(m, ctx)), previousSlug);
      if ('symbols' in read && read.symbols.length === 1) out.push(markProse(read));
    });
  }
  return out;
}

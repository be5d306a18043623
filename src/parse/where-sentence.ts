/**
 * Prose where-sentences → definitions: "where $a$ is the acceleration, $v$ the velocity and $t$ is
 * time", values joined to words ("where $s = 4\%$ and $r$ is the rate"), definitions by equation
 * ("where $\rho = \lambda/\mu$"), and runs of symbols and nouns with no verb.
 */
import type { Nodes } from 'mdast';
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathSourceOf, mathsBetween, startOf, type ChunkContext } from './mdast-helpers.js';
import { readingWords, type ReadingWords } from './language.js';
import { arrowMeaning, hasArrow } from './definition-symbols.js';
import { DEFINING_RELATION, definesByEquation, givesValue, unitAfterValue } from './definition-values.js';
import { readDefinition } from './definitions.js';
import { readNounRun } from './where-list-items.js';
import { isCondition } from './condition-meanings.js';

const wordsOf = (ctx: ChunkContext): ReadingWords => ctx.words ?? readingWords(undefined);

/**
 * A prose where-sentence ("where $a$ is the acceleration, $v$ the velocity and $t$ is time")
 * from `start` (just after "where") to `end` → its definitions.
 */
export function readProseDefinitions(start: number, end: number, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, start, end);
  const words = wordsOf(ctx);
  const starts: number[] = [];
  /** Starts of the items that are a value joined to a symbol defined by words. */
  const valueItems = new Set<number>();
  let prevEnd = start;
  for (let k = 0; k < maths.length; ) {
    const m = maths[k]!;
    const before = ctx.text.slice(prevEnd, startOf(m, ctx));
    const boundary = starts.length === 0 ? /^[\s,:;*_]*$/.test(before) : words.proseBoundary.test(before);
    let j = k;
    // A definition by equation is an item of its own: "where $\rho = \lambda/\mu$ and $\mu$ is the
    // service rate" gives `\rho` its equation and `\mu` the words (not one item of both).
    const mathText = ctx.text.slice(startOf(m, ctx), endOf(m, ctx));
    // A value joined to a symbol defined by words ("where $s = 4\%$ and $r$ is the rate") is an
    // item of its own too; alone or before more values it stays a worked example ("With $s_1 = 4\%$ and $s_2 = 5\%$: …").
    const byValue = boundary && !definesByEquation(mathText) && givesValue(mathText) && (nextDefinedByWords(maths, k, end, ctx, words) || valuesToEnd(maths, k, end, ctx, words));
    const byEquation = boundary && (byValue || definesByEquation(mathText));
    // Symbols defined together: `$a$ and $b$ are …`.
    // (Values are never joined: "$a = 4\%$ and $b = 5\%$" are two items, or none.)
    // (Nor is math with an arrow: `$x \to 0$, $f$ 是函数`, `$\alpha \to 学习率$，$g$ …`.)
    const alone = (text: string) => DEFINING_RELATION.test(text) || hasArrow(text);
    if (boundary && !byEquation && !alone(mathText)) while (j + 1 < maths.length && !alone(ctx.text.slice(startOf(maths[j + 1]!, ctx), endOf(maths[j + 1]!, ctx))) && words.join.test(ctx.text.slice(endOf(maths[j]!, ctx), startOf(maths[j + 1]!, ctx)))) j++;
    const afterMath = ctx.text.slice(endOf(maths[j]!, ctx), Math.min(end, endOf(maths[j]!, ctx) + 60));
    const after = afterMath.slice(boundary && j === k ? unitAfterValue(mathText, afterMath, words) : 0).replace(/^[\s*_]+/, '');
    const next = maths[j + 1];
    const joinedToNext = next !== undefined && words.join.test(ctx.text.slice(endOf(maths[j]!, ctx), startOf(next, ctx)));
    const meaningInside = boundary && j === k && arrowMeaning(mathSourceOf(m, ctx).latex) !== null && /^[\s,.;:，。；、]*$/.test(after.slice(0, 1));
    if (boundary && (meaningInside || words.verb.test(after) || words.article.test(after) || (byEquation && (joinedToNext || (!byValue && /^[\s,.;:]*$/.test(after)))))) {
      starts.push(startOf(m, ctx));
      if (byValue) valueItems.add(startOf(m, ctx));
      k = j + 1;
    } else {
      k++;
    }
    prevEnd = endOf(maths[k - 1]!, ctx);
  }
  const out: Variable[] = [];
  starts.forEach((s, i) => {
    let e = i + 1 < starts.length ? starts[i + 1]! : end;
    const segment = ctx.text.slice(s, e);
    let trimmed = segment.replace(words.proseTrail, '').replace(/[.。\s]+$/, '');
    // "wobei $R$ der Widerstand ist und $I$ klein ist": the clause ends at its verb; what follows is no part of R's meaning (audit12).
    const closed = words.lang === 'de' ? GERMAN_CLAUSE_END.exec(trimmed) : null;
    if (closed) trimmed = trimmed.slice(0, closed.index);
    e = s + trimmed.length;
    const read = readDefinition(s, e, ctx, lines, previousSlug, 'prose', undefined, valueItems.has(s));
    // "where $t$ is small": a condition, no meaning (condition-meanings.ts).
    if (read && 'symbols' in read && !isCondition(read.description)) out.push(read);
  });
  // No verb at all: "$P$ valor principal, $i$ taxa, $n$ periodo" (trial 4, K8).
  return out.length > 0 ? out : (readNounRun(start, end, ctx, lines, previousSlug) ?? out);
}

/** A German clause's final verb, then "und"/"oder" or a comma and more math: the clause (and the meaning) ends at the verb. */
const GERMAN_CLAUSE_END = /(?<=\p{L})\s+(?:ist|sind|bezeichnet|bezeichnen|darstellt|darstellen|beschreibt|beschreiben|angibt|angeben)(?=[\s,]+(?:(?:und|oder)\s+)?[*_]*\$)/u;

/** "With $m = 2$ and $a = 9.8$:" — values joined to the end of the sentence, nothing after them (no worked result): each its own item. */
function valuesToEnd(maths: Nodes[], k: number, end: number, ctx: ChunkContext, words: ReadingWords): boolean {
  for (let i = k; i < maths.length; i++) {
    const m = maths[i]!;
    if (!givesValue(ctx.text.slice(startOf(m, ctx), endOf(m, ctx)))) return false;
    const next = maths[i + 1];
    const gap = ctx.text.slice(endOf(m, ctx), next ? startOf(next, ctx) : end);
    if (!next) return /^[\s:.,;。：]*$/.test(gap);
    if (!words.join.test(gap)) return false;
  }
  return false;
}

/** True when the math after `maths[k]`, joined to it by "and" or a comma, is defined by words ("… and $r$ is the rate"). */
function nextDefinedByWords(maths: Nodes[], k: number, end: number, ctx: ChunkContext, words: ReadingWords): boolean {
  const next = maths[k + 1];
  if (!next || !words.join.test(ctx.text.slice(endOf(maths[k]!, ctx), startOf(next, ctx)))) return false;
  if (DEFINING_RELATION.test(ctx.text.slice(startOf(next, ctx), endOf(next, ctx)))) return false;
  const after = ctx.text.slice(endOf(next, ctx), Math.min(end, endOf(next, ctx) + 40)).replace(/^[\s*_]+/, '');
  return words.verb.test(after) || words.article.test(after);
}

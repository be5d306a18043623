/**
 * Chinese prose that names a symbol in the text introducing a formula (trial 6, N9):
 *
 * - 「设流过电感的电流为 $i=…$」 / 「令 … 为 $x$」: the noun before 为 is the symbol's meaning;
 * - 「我们定义其为**感抗** $X_L$」: the name right after 定义(其)为 is the symbol's;
 * - 「对于线性参量 $X$ , 有:」: the noun right after 对于 is the symbol's;
 * - 「…, 其中 $L$ 表示电感:」: the words after 表示 are the symbol's meaning.
 *
 * Only symbols the formula uses; a symbol alone (or the left-hand side of a definition by
 * equation). Narrow on purpose: each form is a fixed frame around a run of Han characters.
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, usesSymbol, type Sentence } from './prose-sentences.js';
import { chineseTopics, subscriptSymbols } from './prose-cjk-topics.js';
import { respectively } from './prose-respectively.js';

const HAN = '\\p{Script=Han}';
/** 设/令/记 NOUN 为 right before the math. */
const LET_AS = new RegExp(`(?:^|[\\s,，;；(（])(?:设|令|记)([${HAN}的]{1,16}?)为\\s*$`, 'u');
/** 定义(其)为 **NAME** right before the math. */
const DEFINED_AS = new RegExp(`定义(?:其|它|之)?为\\s*(?:\\*\\*|__)?([${HAN}]{1,8})(?:\\*\\*|__)?\\s*$`, 'u');
/** 对于 NOUN right before the math. */
const FOR_NOUN = new RegExp(`对于([${HAN}]{2,8})\\s*$`, 'u');
/** 「, 其中 $L$ 表示电感」 inside the sentence: the words after the verb, to the next punctuation, are the meaning. */
const WHICH = /(?:^|[\s,，;；(（])其中\s*$/u;
const WHICH_MEANING = /^\s*[,，]?\s*(?:表示|代表|是|指)\s*([^\s,，;；:：.。()（）$]{1,20})\s*(?:[,，;；:：.。)）]|$)/u;
/** Nouns that are no quantity ("the expression", "the formula"). */
const NOT_QUANTITY = /^(?:表达式|公式|式子|方程|关系|结果|形式|下式|上式|如下)$/u;

/** The symbol a math span names: itself, or the left-hand side of a definition by equation. */
function named(latex: string): string | null {
  const relation = findRelation(latex);
  if (!relation) return latex.trim();
  if (relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq') return null;
  return latex.slice(0, relation.at).trim();
}

/** The Chinese forms above in a sentence introducing a formula: their definitions. */
export function chineseLets(s: Sentence, formula: string | null, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  // 「其中 $cw$ 表示顺时针, $cuw$ 表示逆时针」: a 其中 clause goes on through the clauses joined to it by a comma.
  let which = false;
  maths.forEach((m, k) => {
    const before = ctx.text.slice(k === 0 ? s.start : endOf(maths[k - 1]!, ctx), startOf(m, ctx));
    const after = ctx.text.slice(endOf(m, ctx), k + 1 < maths.length ? startOf(maths[k + 1]!, ctx) : s.end);
    const previous = which ? WHICH_MEANING.exec(before) : null;
    which = WHICH.test(before) || (previous !== null && /[,，、;；]$/u.test(previous[0]) && before.slice(previous[0].length).trim() === '');
    const meaning = which ? WHICH_MEANING.exec(after)?.[1] : undefined;
    if (which && !meaning) which = false;
    const noun = meaning ?? DEFINED_AS.exec(before)?.[1] ?? LET_AS.exec(before)?.[1] ?? FOR_NOUN.exec(before)?.[1];
    if (!noun || NOT_QUANTITY.test(noun)) return;
    const src = mathSourceOf(m, ctx);
    const head = named(src.latex);
    if (!head || head.length > 20 || isCompound(head)) return;
    const span = lines.span(startOf(m, ctx), endOf(m, ctx));
    // 「其中 $cw$ 表示顺时针」 under `u_{cw}`: the label names the symbols it subscripts.
    const labelled = meaning && formula !== null ? subscriptSymbols(formula, head) : [];
    const sources = labelled.length > 0 ? labelled.map((latex) => ({ latex, map: { pieces: [{ at: 0, offset: startOf(m, ctx), length: Math.min(latex.length, endOf(m, ctx) - startOf(m, ctx)) }] } })) : !/^[A-Za-z]{2,}$/.test(head) && (formula === null || usesSymbol(formula, head)) ? [src] : [];
    for (const source of sources) {
      const read = definitionFrom([source], noun, `$${src.latex.trim()}$ — ${noun}`, span, previousSlug);
      if ('symbols' in read && read.symbols.length === 1) out.push(markProse(read));
    }
  });
  return out;
}

/**
 * Every Chinese definition of a sentence introducing a formula: the forms above, then topic clauses and nouns before
 * their symbol (prose-cjk-topics.ts), then 「$a$、$b$ 分别为长和宽」 (prose-respectively.ts). `formula` null: any sentence of the document (definitions-document.ts).
 */
export function chineseDefinitions(s: Sentence, formula: string | null, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  return [...chineseLets(s, formula, ctx, lines, previousSlug), ...chineseTopics(s, formula, ctx, lines, previousSlug), ...respectively(s, formula, ctx, lines, previousSlug)];
}

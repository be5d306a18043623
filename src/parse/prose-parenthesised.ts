/**
 * A quantity named with its symbol in parentheses right after it, in German, Chinese and Japanese
 * prose (the Romance languages' own reader is prose-romance.ts): 「die Masse ($m$)」, 「速度（$v$）」 — v
 * is the velocity. Not Russian: without articles, where a name starts is unknown (「Здесь масса тела ($m$)
 * умножается на скорость ($v$)」 would read 「умножается на скорость」).
 *
 * Narrow on purpose: the parentheses hold one math and nothing else; the math is a single symbol;
 * the name is a German article and at most three words ending in a capitalised noun, a Chinese
 * noun of two to eight Han characters (prose-cjk-topics.ts's test) after a clause's start, or a
 * Japanese run of kanji and katakana.
 */
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, writesSymbol, type Sentence } from './prose-sentences.js';
import { chineseTopics, isChineseNoun } from './prose-cjk-topics.js';
import { respectively } from './prose-respectively.js';

/** The name right before `(` or `（`, per language. */
const NAMES: Record<string, RegExp> = {
  de: /(?:^|[\s,;:])((?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[nmrs]?)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}-]+)\s*\(\s*$/u,
  zh: /(?:^|[\s，,；;：:、。])(\p{Script=Han}{2,8})\s*[（(]\s*$/u,
  // Particles are hiragana: a run of kanji and katakana ends at one (「物体の質量（$m$）」).
  ja: /(?<![\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{2,10})\s*[（(]\s*$/u,
};
const CLOSE = /^\s*[)）]/u;
/** Japanese nouns that name a formula or a case (「関係式（$a$）」). */
const JA_NOT_QUANTITY = /(?:式|条件|場合|関係|定義|結果|例)$/u;
/** German nouns that name a place in the text or a formula, never a quantity (「in der Gleichung ($F_1$)」). */
const DE_NOT_QUANTITY = /(?:Gleichung|Formel|Ausdruck|Abschnitt|Kapitel|Abbildung|Tabelle|Zeile|Beispiel|Fall|Term|Bedingung|Beziehung|Definition)$/u;

function isSymbol(latex: string): boolean {
  const t = latex.trim();
  return /[A-Za-z]/.test(t) && t.length <= 30 && !findRelation(t) && !isCompound(t);
}

/** The definitions of a sentence's 「name ($x$)」 in the document's language (de, zh, ja); none for others. */
export function parenthesised(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const name = NAMES[ctx.words?.lang ?? ''];
  if (!name) return [];
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  maths.forEach((m, k) => {
    const before = ctx.text.slice(k === 0 ? s.start : endOf(maths[k - 1]!, ctx), startOf(m, ctx));
    const after = ctx.text.slice(endOf(m, ctx), k + 1 < maths.length ? startOf(maths[k + 1]!, ctx) : s.end);
    const found = name.exec(before);
    if (!found || !CLOSE.test(after)) return;
    const noun = found[1]!.replace(/\s+/g, ' ').trim();
    const lang = ctx.words?.lang;
    if ((lang === 'zh' && !isChineseNoun(noun)) || (lang === 'ja' && JA_NOT_QUANTITY.test(noun)) || (lang === 'de' && DE_NOT_QUANTITY.test(noun))) return;
    const src = mathSourceOf(m, ctx);
    if (!isSymbol(src.latex)) return;
    const read = definitionFrom([src], noun, `$${src.latex.trim()}$ — ${noun}`, lines.span(startOf(m, ctx), endOf(m, ctx)), previousSlug);
    if ('symbols' in read && read.symbols.length === 1) out.push(markProse(read));
  });
  return out;
}

/**
 * A sentence after a formula that no other reader read: 「其中 $a$、$b$ 分别为长和宽」 in Chinese (with
 * the topic clauses after it: 「…，$R$ 为普适气体常量」), then 「die Masse ($m$)」; only symbols the
 * formula writes.
 */
export function otherLanguagesAfter(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const respective = ctx.words?.lang === 'zh' ? respectively(s, formula, ctx, lines, previousSlug) : [];
  const paired = new Set(respective.flatMap((v) => v.symbols));
  const topics = respective.length > 0 ? chineseTopics(s, formula, ctx, lines, previousSlug).filter((v) => !v.symbols.some((x) => paired.has(x))) : [];
  const read = respective.length > 0 ? [...respective, ...topics] : parenthesised(s, ctx, lines, previousSlug);
  return read.filter((v) => v.symbols.every((x) => writesSymbol(formula, x)));
}

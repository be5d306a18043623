/**
 * Chinese and Korean sentences that say what a symbol is, in the text that introduces a formula
 * (trial 6, N9; the Korean shape is the same sentence):
 *
 * - a topic clause: 「$i$是电流， $R$是电阻」, 「其中 $P$ 表示功率」; Korean 「$F$는 힘이고 $m$은 질량이다」,
 *   「여기서 $A$는 면적을 나타낸다」;
 * - a clause that is only a noun and its symbol (Chinese): 「电位差 $v$，」, 「电导（conductance）$G$：…」.
 *
 * Precision first: each clause holds one symbol and nothing else; a meaning is a short noun (no
 * particle or verb ending it, no math in it); the clauses of a Korean sentence count only when the
 * sentence ends with a defining verb (이다, 을 나타낸다 …). Only symbols the formula writes — or,
 * for a label of two letters or more (「$cw$ 表示顺时针」), the formula's symbols that carry it as
 * their subscript (`u_{cw}`).
 */
import type { MathSource, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, usesSymbol, type Sentence } from './prose-sentences.js';

const HAN = '\\p{Script=Han}';
/** Where a Chinese clause ends: a comma, a semicolon, a line break. */
const ZH_BREAK = /[，,；;、\n]/u;
/** Words that may open a topic clause: 「其中」, 「这里」. */
const ZH_OPENING = /^[\s*_]*(?:(?:其中|式中|这里|此处|另外|并且|且)[\s,，]*)?$/u;
/** 「是/表示/代表/为/指 MEANING」 to the clause's end. */
const ZH_TOPIC = new RegExp(`^\\s*(?:是|表示|代表|为|指)\\s*([${HAN}A-Za-z0-9]{2,12})\\s*$`, 'u');
/** A meaning ending like this is no noun: 「…的」, 「…时」 (a condition), 「…了」. */
const ZH_NOT_NOUN_END = /(?:的|了|着|过|吗|呢|时|后|前|中|内|外|上|下|处|里|等|个)$/u;
/** A meaning that is a formula's or a case's name, never a quantity's. */
const ZH_NOT_QUANTITY = /(?:表达式|公式|式子|方程|关系|结果|形式|下式|上式|如下|条件|情况)$/u;
/** A noun alone before its symbol: 2–8 Han characters, then an optional gloss in parentheses. */
const ZH_APPOSITION = new RegExp(`^[\\s*_]*([${HAN}]{2,8})[\\s*_]*(?:([（(][^（）()$\\n]{1,40}[)）])\\s*)?$`, 'u');
/** A noun that starts with a function word or a verb is a clause, not a name: 「对于…」, 「使用…」, 「得到…」. */
const ZH_NOT_NOUN_START = /^(?:对|设|令|记|则|即|由|当|若|如|因|所|其|这|那|此|式|将|把|用|使|以|在|从|取|求|得|可|为|是|和|与|及|或|而|又|故|于|代|解|化|同|类|注|显|另|例|比|就|也|都|还|再|并|且|但|按|根|利|通|经|假|看|见|写|称|叫|定|表|有(?!效))/u;
/** After a noun's symbol: the clause's end, or 「：meaning」. */
const ZH_APPOSITION_AFTER = /^\s*(?:$|[：:]\s*([^，,；;。\n$]{1,40}?)\s*$)/u;

/** Where a Korean clause ends: a comma, a semicolon, a line break, or 이고/이며 (「…에너지이고 $v$는…」). */
const KO_BREAK = /[,，;；\n]|(?<=\p{Script=Hangul})(?:이고|이며|이고요)(?=\s)/u;
const KO_OPENING = /^[\s*_]*(?:(?:여기서|여기에서|이때|단|또한|그리고)[\s,，]*)?$/u;
/** 「는/은 MEANING」 after the math, the meaning Hangul words (optionally with a trailing copula). */
const KO_TOPIC = /^\s*(?:는|은)\s+([\p{Script=Hangul}A-Za-z0-9 ]{1,30}?)\s*(?:이다|입니다|(?<=[^\s])(?:을|를)\s*(?:나타낸다|나타냅니다|의미한다|의미합니다|뜻한다|뜻합니다))?\s*[.。]?\s*$/u;
/** The end of a Korean defining sentence. */
const KO_DEFINING_END = /(?:이다|입니다|(?:을|를)\s*(?:나타낸다|나타냅니다|의미한다|의미합니다|뜻한다|뜻합니다))\s*[.。]?\s*$/u;
/** Korean endings of a meaning that is no noun (a verb or an adjective in its plain or polite form: 「크다」, 「같아요」). */
const KO_NOT_NOUN_END = /(?:다|요)$/u;

/** A run of Han characters that may be a quantity's name: no function word or verb opening it, no verb in it, no formula's name. */
export function isChineseNoun(text: string): boolean {
  return new RegExp(`^[${HAN}]{2,8}$`, 'u').test(text) && !ZH_NOT_NOUN_START.test(text) && !ZH_NOT_QUANTITY.test(text) && !/(?:是|为|表示|代表|等于|得到)/u.test(text);
}

/** A single symbol, no expression, no relation. */
function isSymbol(latex: string): boolean {
  const t = latex.trim();
  return /[A-Za-z]/.test(t) && t.length <= 30 && !findRelation(t) && !isCompound(t) && !/^[A-Za-z]{2,}$/.test(t);
}

/** `label` written as a subscript of the formula's symbols (`u_{cw}` for `cw`), when the formula does not write it alone. */
export function subscriptSymbols(formula: string, label: string): string[] {
  const t = label.trim();
  // Written alone outside every subscript (`cw` in `u_{ccw}` is no use of it): a symbol, no label.
  if (!/^[A-Za-z]{2,6}$/.test(t) || new RegExp(`(?<![A-Za-z\\\\])${t}(?![A-Za-z])`).test(formula.replace(/_\{[^{}]*\}/g, ' '))) return [];
  const out = new Set<string>();
  const re = new RegExp(`((?:\\\\[A-Za-z]+\\s*\\{[^{}]*\\}|\\\\[A-Za-z]+|[A-Za-z]))_\\{\\s*${t}\\s*\\}`, 'g');
  for (const m of formula.matchAll(re)) if (!/^\\(?:sum|prod|int|lim|max|min|Sigma|Pi)$/.test(m[1]!)) out.add(`${m[1]!.replace(/\s+/g, '')}_{${t}}`);
  return [...out];
}

/** The definitions `meaning` gives the symbol of math `m`: itself when the formula writes it, else the symbols it subscripts. */
function defineFor(m: ReturnType<typeof mathSourceOf>, at: number, end: number, meaning: string, formula: string | null, lines: LineIndex, previousSlug: string | null): Variable[] {
  const label = formula === null ? [] : subscriptSymbols(formula, m.latex);
  const sources: MathSource[] = label.length > 0 ? label.map((latex) => ({ latex, map: { pieces: [{ at: 0, offset: at, length: Math.min(latex.length, end - at) }] } })) : isSymbol(m.latex) && (formula === null || usesSymbol(formula, m.latex.trim())) ? [m] : [];
  const out: Variable[] = [];
  for (const src of sources) {
    const read = definitionFrom([src], meaning, `$${m.latex.trim()}$ — ${meaning}`, lines.span(at, end), previousSlug);
    if ('symbols' in read && read.symbols.length === 1) out.push(markProse(read));
  }
  return out;
}

/** The clause around math `k` of a sentence: its text before the math (null when another math is in it) and after it, to the clause's end. */
function clauseAround(s: Sentence, k: number, ctx: ChunkContext, breakAt: RegExp, end = s.end): { head: string; tail: string; tailEnd: number } | null {
  const maths = mathsBetween(ctx, s.start, end);
  const m = maths[k]!;
  const from = k === 0 ? s.start : endOf(maths[k - 1]!, ctx);
  const before = ctx.text.slice(from, startOf(m, ctx));
  const cut = Math.max(...[...before.matchAll(new RegExp(breakAt.source, `${breakAt.flags}g`))].map((x) => x.index! + x[0].length), -1);
  if (cut < 0 && k > 0) return null;
  const head = cut < 0 ? before : before.slice(cut);
  const to = k + 1 < maths.length ? startOf(maths[k + 1]!, ctx) : end;
  const after = ctx.text.slice(endOf(m, ctx), to);
  const stop = breakAt.exec(after);
  // The clause goes on into the next math: not a clause of its own.
  if (!stop && k + 1 < maths.length) return null;
  const tail = stop ? after.slice(0, stop.index) : after;
  return { head, tail, tailEnd: endOf(m, ctx) + tail.length };
}

/** 「$i$是电流， $R$是电阻」, 「其中 $P$ 表示功率」, 「电位差 $v$，」, 「电导（…）$G$：meaning」 in a sentence introducing `formula`. */
export function chineseTopics(s: Sentence, formula: string | null, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  maths.forEach((m, k) => {
    const clause = clauseAround(s, k, ctx, ZH_BREAK);
    if (!clause) return;
    const src = mathSourceOf(m, ctx);
    const topic = ZH_OPENING.test(clause.head) ? ZH_TOPIC.exec(clause.tail)?.[1] : undefined;
    if (topic && /\p{Script=Han}$/u.test(topic) && !ZH_NOT_NOUN_END.test(topic) && !ZH_NOT_QUANTITY.test(topic)) {
      out.push(...defineFor(src, startOf(m, ctx), clause.tailEnd, topic, formula, lines, previousSlug));
      return;
    }
    const noun = ZH_APPOSITION.exec(clause.head);
    if (!noun || !isChineseNoun(noun[1]!)) return;
    const after = ZH_APPOSITION_AFTER.exec(clause.tail);
    if (!after) return;
    const meaning = `${noun[1]!}${noun[2] ?? ''}${after[1] ? `：${after[1].trim()}` : ''}`;
    out.push(...defineFor(src, startOf(m, ctx), clause.tailEnd, meaning, formula, lines, previousSlug));
  });
  return out;
}

/** 「$E$는 운동 에너지이고 $v$는 속도이다.」, 「여기서 $A$는 면적을 나타낸다.」 in a sentence introducing `formula`. */
export function koreanTopics(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const text = ctx.text.slice(s.start, s.end);
  if (!KO_DEFINING_END.test(text)) return [];
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  for (let k = 0; k < maths.length; k++) {
    const clause = clauseAround(s, k, ctx, KO_BREAK);
    // Every clause of the sentence must be a definition: 「$x$는 $y$보다 크고 …」 is about something else.
    if (!clause || !KO_OPENING.test(clause.head)) return [];
    const meaning = KO_TOPIC.exec(clause.tail)?.[1]?.trim();
    if (!meaning || !/\p{Script=Hangul}/u.test(meaning) || KO_NOT_NOUN_END.test(meaning)) return [];
    out.push(...defineFor(mathSourceOf(maths[k]!, ctx), startOf(maths[k]!, ctx), clause.tailEnd, meaning, formula, lines, previousSlug));
  }
  return out;
}

/** 「질량이 $m$ 인」, 「질량이 $m$일 때」: the noun whose value the symbol is (이/가 then the symbol and an adnominal copula). */
const KO_WHOSE = /(?:^|[\s,，(（])([\p{Script=Hangul}]{2,6})(?:이|가)\s*$/u;
const KO_WHOSE_AFTER = /^\s*(?:인|일\s*때|이고|이며)(?![\p{Script=Hangul}])/u;
/** 「속도 $v$ 로」, 「물체의 질량 $m$ 과」: a noun alone right before its symbol, a particle after it. */
const KO_NOUN = /(?:^|[\s,，(（])([\p{Script=Hangul}]{2,6})\s+$/u;
const KO_NOUN_AFTER = /^\s*(?:로|으로|의|을|를|와|과|에|,|，)(?![\p{Script=Hangul}])/u;
/** A word ending like a particle or a verb is no bare noun (「물체가」, 「따라서」, 「하고」, 「새로운」); nor one ending in 이 or 가 (「높이」 and 「질량이」 look alike); nor a determiner (「모든」, 「다음」). */
const KO_NOT_BARE_NOUN = /(?:는|은|을|를|의|에|서|고|면|며|게|와|과|로|만|다|니|이|가|요|도록|하여|해서|운|던|든|된|될|할|^(?:모든|다음|각각|어떤|이런|그런|저런|임의|아래|먼저|모두|바로|만약|만일|단지))$/u;

/** 「질량이 $m$ 인 물체가 속도 $v$ 로 움직일 때」 in a sentence introducing `formula`: m → 질량, v → 속도. */
export function koreanNouns(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  maths.forEach((m, k) => {
    const before = ctx.text.slice(k === 0 ? s.start : endOf(maths[k - 1]!, ctx), startOf(m, ctx));
    const after = ctx.text.slice(endOf(m, ctx), k + 1 < maths.length ? startOf(maths[k + 1]!, ctx) : s.end);
    const whose = KO_WHOSE_AFTER.test(after) ? KO_WHOSE.exec(before) : null;
    const bare = whose ? null : KO_NOUN_AFTER.test(after) ? KO_NOUN.exec(before) : null;
    const noun = whose?.[1] ?? (bare && !KO_NOT_BARE_NOUN.test(bare[1]!) ? bare[1] : undefined);
    if (noun) out.push(...defineFor(mathSourceOf(m, ctx), startOf(m, ctx), endOf(m, ctx), noun, formula, lines, previousSlug));
  });
  return out;
}

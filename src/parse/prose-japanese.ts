/**
 * Definitions in Japanese prose, the forms a Japanese reader finds first (trial 5, M11):
 *
 * - a "let" form: 「逆温度を $\beta$ とする」, 「$q(x)$ を真の分布、$p$ を確率モデルとする」, 「情報量
 *   $K(w)$ を」 (the formula follows, then 「と定義する」), and a chain of them ended by one verb:
 *   「生成元を$\gamma_\mu$（…）、ディラック作用素を$D=…$とし」;
 * - a noun right before its symbol, the apposition of Japanese: 「回転行列$\mathbf{C}$」,
 *   「スカラー関数$\chi$」, 「電磁場$F=…$は」, 「微小な変動$h$」, 「時空のベクトル$A$」, and the symbols
 *   joined to it by と or 、 (「ヤコビ行列$\mathbf{J}_l$と$\mathbf{J}_r$は」);
 * - 「$x$は…である。」: 「$\phi$は$\boldsymbol{\phi}$のノルム、$\mathbf{a}$はノルム1に正規化されたベクトルである。」,
 *   「ここで$D_3=…$は空間のディラック作用素である。」.
 *
 * Precision first: a sentence that only mentions a symbol (「$x$を加えたとき」, 「$\mathbf{C}$は$3 \times 3$行列であるため」)
 * is no definition; a noun of one character, a noun naming a formula or a case (式, 条件, 場合) and
 * math that is a number or an expression name nothing. The readers here do not look at any formula:
 * callers keep what a formula writes.
 */
import type { MathSource, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, type Sentence } from './prose-sentences.js';
import { respectively } from './prose-respectively.js';

/** A Japanese noun: kanji and katakana (particles are hiragana, so they end it). */
const JA_NOUN = '[\\p{Script=Han}\\p{Script=Katakana}ー・]+';
const JA_LET = /^\s*と(?:し|する|おく|おき|置く|定義)/u;
const JA_NOUN_WO = new RegExp(`(${JA_NOUN})\\s*を\\s*$`, 'u');
/** 「$p$ を確率モデルとする」, or 「$q$ を真の分布、」 when a let verb ends the sentence (「$x$ を加えると、」 is no definition, trial 5 M10). */
const JA_WO_NOUN = /^\s*を\s*([^\s、。，,$]+?)\s*(と(?:し|する|おく|おき|定義)|[、，,])/u;
const JA_LET_LATER = /と(?:し|する|おく|おき|置く|定義)/u;
const JA_NOUN_BEFORE = new RegExp(`(${JA_NOUN})\\s*$`, 'u');
/** A parenthesis right after the math (「$\phi_i$ ($0 \le i \le 2$)とする」): a condition, skipped. */
const PAREN = /^\s*[(（][^()（）\n]*[)）]/u;
/** The noun of an apposition: 「回転行列」, 「3次実ベクトル」, 「微小な変動」, 「時空のベクトル」. */
const APPOSITION = new RegExp(`((?:${JA_NOUN}[なの])?[0-9０-９]*${JA_NOUN})\\s*$`, 'u');
/** Nouns that name a formula, a case or a step, never a quantity (「関係式$a=b$」, 「条件$x>0$」). */
const NOT_QUANTITY = /(?:式|条件|場合|関係|定義|仮定|結果|計算|近似|例|形|時|際|後|前|中|部|項)$/u;
/** What may follow an apposition's math: a particle, punctuation or the end (not a noun: 「$3$次元」). */
const AFTER_APPOSITION = /^(?:$|[\s\p{Script=Hiragana}、。，．,.:：;；)）(（[\]])/u;
/** Relations whose left-hand side a Japanese definition names (「電磁場$F=…$」, 「リー代数$\phi \in \mathfrak{so}(3)$」). */
const NAMING = new Set(['=', ':=', '\\coloneqq', '\\in', '\\equiv']);

/** True when the math names a symbol: letters, no expression, no relation other than a naming one. */
function namesSymbol(src: MathSource): boolean {
  const relation = findRelation(src.latex);
  if (relation && !NAMING.has(relation.op)) return false;
  const head = relation ? src.latex.slice(0, relation.at) : src.latex;
  return /[A-Za-z]/.test(head) && head.trim().length <= 40 && !isCompound(head);
}

function define(src: MathSource, meaning: string, at: number, end: number, lines: LineIndex, previousSlug: string | null): Variable | null {
  const read = definitionFrom([src], meaning, `$${src.latex.trim()}$ — ${meaning}`, lines.span(at, end), previousSlug);
  return 'symbols' in read ? markProse(read) : null;
}

/**
 * Japanese "let" forms in a sentence: 「逆温度を $\beta$ とする」, 「$q(x)$ を真の分布、$p$ を確率モデルとする」,
 * 「情報量 $K(w)$ を」 (the last math of the sentence: the formula follows).
 */
export function japaneseLets(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  maths.forEach((m, k) => {
    const before = ctx.text.slice(k === 0 ? s.start : endOf(maths[k - 1]!, ctx), startOf(m, ctx));
    const rest = ctx.text.slice(endOf(m, ctx), s.end);
    const after = ctx.text.slice(endOf(m, ctx), k + 1 < maths.length ? startOf(maths[k + 1]!, ctx) : s.end);
    const nounWo = JA_NOUN_WO.exec(before);
    const wo = JA_WO_NOUN.exec(after);
    const woNoun = wo && (wo[2]!.startsWith('と') || JA_LET_LATER.test(rest)) ? wo : null;
    const nounBefore = JA_NOUN_BEFORE.exec(before);
    // 「生成元を$\gamma_\mu$（…）、逆元を$\gamma^\mu$、…とし」: a chain of を-lets ended by one let verb.
    const tail = rest.replace(PAREN, '');
    const chained = nounWo && (JA_LET.test(tail) || (/^\s*[、，,]/.test(tail) && JA_LET_LATER.test(tail)));
    const noun = chained ? nounWo[1] : woNoun ? woNoun[1] : nounBefore && /^\s*を\s*$/.test(after) && k === maths.length - 1 ? nounBefore[1] : null;
    if (!noun) return;
    const src = mathSourceOf(m, ctx);
    if (!namesSymbol(src) || (!chained && findRelation(src.latex))) return;
    const read = define(src, noun, startOf(m, ctx), endOf(m, ctx), lines, previousSlug);
    if (read) out.push(read);
  });
  return out;
}

/** A function written with its arguments (「ヤコビ行列$\mathbf{J}_l(\boldsymbol{\phi})$」): the noun names the function, `\mathbf{J}_l`. */
function withoutArguments(src: MathSource): MathSource {
  const m = /^(\s*(?:\\(?:math[a-z]+|boldsymbol|bm)\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z])(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?)\s*\([^()]*\)\s*$/.exec(src.latex);
  if (!m || findRelation(src.latex)) return src;
  const latex = m[1]!;
  return { latex, map: { pieces: src.map.pieces.filter((p) => p.at < latex.length).map((p) => ({ ...p, length: Math.min(p.length, latex.length - p.at) })) } };
}

/** 「回転行列$\mathbf{C}$」, 「ヤコビ行列$\mathbf{J}_l$と$\mathbf{J}_r$」: a noun right before its symbol, and the symbols joined to it. */
export function japaneseAppositions(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  let noun: string | null = null;
  maths.forEach((m, k) => {
    const before = ctx.text.slice(k === 0 ? s.start : endOf(maths[k - 1]!, ctx), startOf(m, ctx));
    const after = ctx.text.slice(endOf(m, ctx), k + 1 < maths.length ? startOf(maths[k + 1]!, ctx) : s.end);
    const joined = noun !== null && /^\s*[と、，,]\s*$/u.test(before);
    const apposition = APPOSITION.exec(before);
    // 「$m$：質量\n$g$：…」: the noun is the meaning of the pair before, not an apposition of $g$.
    const paired = apposition !== null && /[:：][ \t]*$/u.test(before.slice(0, apposition.index));
    noun = joined ? noun : apposition && !paired && [...apposition[1]!].length >= 2 && !NOT_QUANTITY.test(apposition[1]!) ? apposition[1]! : null;
    if (!noun || !AFTER_APPOSITION.test(after)) {
      noun = null;
      return;
    }
    const src = withoutArguments(mathSourceOf(m, ctx));
    const read = namesSymbol(src) ? define(src, noun, startOf(m, ctx), endOf(m, ctx), lines, previousSlug) : null;
    if (read) {
      read.incidental = true;
      out.push(read);
    }
    else noun = null;
  });
  return out;
}

/** A meaning ends with a noun: kanji, katakana, or a noun made with さ (「速さ」, 「長さ」). */
const NOUN_END = new RegExp(`(?:${JA_NOUN}|(?<=\\p{Script=Han})さ)$`, 'u');
/** Words that may open a 「$x$は…である」 sentence (「ただし、」, 「ここで」). */
const TOPIC_OPENING = /^[\s*_]*(?:(?:ただし|但し|ここで|ここに|なお|また)[\s、，,]*)?$/u;
/** The end of a defining sentence: 「である」, 「です」, 「を表す」, an aside in parentheses after it. */
const DEFINING_END = /(?:である|です|を表す|を表している|を意味する)\s*(?:[(（](?:[^()（）]|\([^()]*\))*[)）])?\s*$/u;

/**
 * 「$\phi$は$\boldsymbol{\phi}$のノルム、$\mathbf{a}$は…ベクトルである。」: each 「$x$は」 clause of a
 * sentence that ends with 「である」 (or 「です」, 「を表す」), the meaning running to the next
 * clause's 「、」 or to the verb. A sentence that goes on (「であるため」, 「であり、」) defines nothing.
 */
export function japaneseTopics(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const text = ctx.text.slice(s.start, s.end);
  const verb = DEFINING_END.exec(text);
  if (!verb) return [];
  const end = s.start + verb.index;
  const maths = mathsBetween(ctx, s.start, end);
  const out: Variable[] = [];
  let from = s.start;
  let k = 0;
  while (k < maths.length) {
    const m = maths[k]!;
    const opening = ctx.text.slice(from, startOf(m, ctx));
    if (!(from === s.start ? TOPIC_OPENING : /^\s*[、，,]\s*$/u).test(opening)) return [];
    if (!/^\s*は/u.test(ctx.text.slice(endOf(m, ctx), end))) return [];
    const meaningStart = ctx.text.indexOf('は', endOf(m, ctx)) + 1;
    // The meaning runs to the next 「、$y$は」 clause or to the verb.
    let next = k + 1;
    let meaningEnd = end;
    for (; next < maths.length; next++) {
      const n = maths[next]!;
      const gap = /[、，,]\s*$/u.exec(ctx.text.slice(Math.max(meaningStart, endOf(maths[next - 1]!, ctx)), startOf(n, ctx)));
      if (gap && /^\s*は/u.test(ctx.text.slice(endOf(n, ctx), end))) {
        meaningEnd = startOf(n, ctx) - gap[0].length;
        break;
      }
    }
    const meaning = ctx.text.slice(meaningStart, meaningEnd).trim();
    if (!meaning || [...meaning].length > 40 || !NOUN_END.test(meaning) || /[、。，]|ため|から|ので|ならば|とき/u.test(meaning)) return [];
    const src = mathSourceOf(m, ctx);
    if (!namesSymbol(src)) return [];
    const read = define(src, meaning, startOf(m, ctx), meaningEnd, lines, previousSlug);
    if (!read) return [];
    // Read from running prose (new in trial 5): it explains the symbol, yet makes no where-list (types.ts).
    read.incidental = true;
    out.push(read);
    from = meaningEnd;
    k = next;
  }
  return out;
}

/** Every Japanese definition of a sentence: let forms, 「$x$は…である」, 「$m$、$v$ はそれぞれ…」, then appositions (one per symbol, the first). */
export function japaneseDefinitions(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const all = [...japaneseLets(s, ctx, lines, previousSlug), ...japaneseTopics(s, ctx, lines, previousSlug), ...respectively(s, null, ctx, lines, previousSlug), ...japaneseAppositions(s, ctx, lines, previousSlug)];
  const seen = new Set<string>();
  return all.filter((v) => {
    // `K` read from 「情報量 $K(w)$」 is the `K(w)` a let form read: one definition.
    const key = v.symbols.map((s) => s.replace(/\s*\([^()]*\)\s*$/, '')).join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}


/**
 * Definitions in Spanish, French, Portuguese and Italian prose, the forms a reader finds first
 * (trial 5, M11), read where English has its own readers (prose-noun-phrases.ts):
 *
 * - a bold term then its symbol between commas, the textbook's apposition: "La **función de
 *   densidad (fdp)**, $f$, asociada a …", "se define la **varianza** de $X$, $V(X)$ como:" (English
 *   too: "the **learning rate**, $\eta$, sets …"); without the bold term nothing is read ("una
 *   función de una variable aleatoria, $h(X)$," names the function, not the variable);
 * - a name with its symbol in parentheses: "le nombre d'agents concurrents potentiels ($A$)";
 * - an article and a noun right before the symbol: "un conjunto $A$ de valores", "una variable
 *   aleatoria $X$";
 * - a clause "if/when $X$ is a …": "Si $X$ e $Y$ son dos variables aleatorias y $c$ una constante",
 *   "Cuando $X$ es una variable aleatoria continua" (the article is required: "Si $x$ es grande"
 *   defines nothing), and "avec $C \in \mathbb{R}$ et $A$ une primitive de $a$".
 *
 * All are marked incidental: they explain the symbol, yet make no where-list, so a formula with
 * only these is not checked symbol by symbol. The readers do not look at any formula: callers
 * keep what a formula writes.
 */
import type { Nodes } from 'mdast';
import type { MathSource, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { firstPerSymbol, markProse, type Sentence } from './prose-sentences.js';
import { named } from './prose-arrows.js';

/** Articles (not Portuguese "o", "a": Spanish "or", "to"; an article inside a phrase ends it). */
const ARTICLE = "(?:el|la|los|las|un|una|unos|unas|le|les|l'|l’|une|des|um|uma|il|lo|gli|uno|the|an)";
const NUMERAL = '(?:dos|tres|cuatro|deux|trois|quatre|dois|duas|due|tre|two|three|four)';
/** Words that end a noun phrase: verbs, prepositions and conjunctions of the languages read. */
const NOT_NOUN = /^(?:es|son|est|sont|é|são|è|sono|is|are|be|ser|être|de|del|du|des|da|do|di|en|dans|con|avec|com|por|para|pour|per|que|qui|y|e|et|ou|o|and|or|of|in|with|se|si|on|no|ne|pas|al|au|a|à|como|comme|sur|sobre|entre|est-ce|cuando|quand|el|la|los|las|un|una|unos|unas|le|les|une|um|uma|il|lo|gli|uno|the|an|fra|tra|su|verso|tramite|mediante|par|vers|chez|sous|hacia|desde|hasta|sin|bajo|pela|pelo|na|nas|nos|em|sem|sob|aux|dal|dalla|della|delle|dei|degli|dello|nel|nella|alla|alle|ai|agli|allo|sul|sulla|même|mêmes|mismo|misma|mismos|mismas|stesso|stessa|stessi|stesse|mesmo|mesma|mesmos|mesmas|tout|toute|tous|toutes|todo|toda|todos|todas|ogni|tutti|tutte|qualquer|cada|chaque)$/i;
/** Relations whose left-hand side a definition names. */
const NAMING = new Set(['=', ':=', '\\coloneqq', '\\in']);

function namesSymbol(src: MathSource): boolean {
  const relation = findRelation(src.latex);
  if (relation && !NAMING.has(relation.op)) return false;
  const head = relation ? src.latex.slice(0, relation.at) : src.latex;
  return /[A-Za-z]/.test(head) && head.trim().length <= 30 && !isCompound(head);
}

function define(m: Nodes, meaning: string, from: number, to: number, maths: Nodes[], ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable | null {
  // "la **varianza** de $X$, $V(X)$": the function `V` is named, not its application (trial 5 doc 10).
  const src = named(mathSourceOf(m, ctx));
  if (!namesSymbol(src) || !/\p{L}{2}/u.test(meaning)) return null;
  const read = definitionFrom([src], meaning, markdownSlice(from, to, maths, ctx).trim(), lines.span(from, to), previousSlug);
  if (!('symbols' in read)) return null;
  // Read from running prose, not from a statement of the formula's symbols: it makes no where-list (types.ts).
  read.incidental = true;
  return markProse(read);
}

/** Words of a noun phrase (content words only), each a letter run. */
function contentWords(text: string, max: number): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= max && words.every((w) => /^[\p{L}][\p{L}'’-]*$/u.test(w) && !NOT_NOUN.test(w));
}

const BOLD_APPOSITION = new RegExp(`(?:^|[\\s(])(${ARTICLE}\\s+[^,;.:]*\\*\\*[^*]+\\*\\*[^,;.:]*?)\\s*,\\s*$`, 'iu');
const NAME_PAREN = new RegExp(`(?:^|\\s)(${ARTICLE}\\s+((?:[\\p{L}'’-]+\\s+){0,5}[\\p{L}'’-]+))\\s*\\(\\s*$`, 'iu');
const ARTICLE_NOUN = new RegExp(`(?:^|\\s)(${ARTICLE}\\s+((?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+))\\s+$`, 'iu');
/** A preposition joined with its article ("alla lunghezza $l$", "du signal $x$", "del vector $v$"): the noun after it names the symbol. */
const PREP_NOUN = /(?:^|\s)(?:alla|allo|alle|al|ai|agli|della|dello|delle|del|dei|degli|dalla|dal|nella|nel|sulla|sul|au|aux|du)\s+((?:[\p{L}'’-]+\s+)?[\p{L}'’-]+)\s+$/iu;
const CONDITION = /^[\s*_]*(?:si|cuando|quand|lorsque|se|quando|if|when|whenever)\s+$/iu;
const COPULA = new RegExp(`^\\s*(?:es|son|est|sont|é|são|è|sono|is|are)\\s+((?:${ARTICLE}|${NUMERAL})\\s+[^,;$]+?)\\s*(?=,|;|$|\\s(?:y|e|et|and)\\s*$)`, 'iu');
const GAPPED = new RegExp(`^\\s*((?:${ARTICLE})\\s+[^,;$]+?)\\s*(?=[,;.]|$)`, 'iu');
const WITH_BEFORE = /(?:^|\s)(?:avec|con|com|with)\s+$/iu;

/** The noun phrase right before a symbol: "una variable aleatoria " (with its article), "alla lunghezza " (the noun alone). */
function nounBefore(gap: string): { phrase: string; words: string } | null {
  const m = ARTICLE_NOUN.exec(gap) ?? PREP_NOUN.exec(gap);
  if (!m) return null;
  return { phrase: m[1]!, words: m[2] ?? m[1]! };
}

/** Where the clause that starts at `from` ends: the first comma or semicolon outside math, or the sentence's end. */
function clauseEnd(from: number, end: number, maths: Nodes[], ctx: ChunkContext): number {
  for (let i = from; i < end; i++) {
    const m = maths.find((x) => startOf(x, ctx) <= i && i < endOf(x, ctx));
    if (m) {
      i = endOf(m, ctx) - 1;
      continue;
    }
    if (/[,;]/.test(ctx.text[i]!)) return i;
  }
  return end;
}

/**
 * The definitions of a sentence in these forms (see the file's comment), each at most once.
 * `incidental` marks those read in passing (an article and a noun before the symbol).
 */
export function romanceDefinitions(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const maths = mathsBetween(ctx, s.start, s.end);
  const out: Variable[] = [];
  let copulaSeen = false;
  maths.forEach((m, k) => {
    const prevEnd = k === 0 ? s.start : endOf(maths[k - 1]!, ctx);
    const before = ctx.text.slice(s.start, startOf(m, ctx));
    const gapBefore = ctx.text.slice(prevEnd, startOf(m, ctx));
    const after = ctx.text.slice(endOf(m, ctx), k + 1 < maths.length ? startOf(maths[k + 1]!, ctx) : s.end);
    // "La **función de densidad (fdp)**, $f$, asociada …" / "la **varianza** de $X$, $V(X)$ como:".
    const bold = BOLD_APPOSITION.exec(before);
    if (bold && /^\s*(?:,|:|como\b|comme\b|as\b|$)/iu.test(after)) {
      // The phrase starts at the last article before the bold term ("se define la **varianza** de $X$").
      const phraseAt = before.lastIndexOf(bold[1]!);
      const boldAt = before.indexOf('**', phraseAt);
      const articles = [...before.slice(phraseAt, boldAt).matchAll(new RegExp(`(?:^|\\s)(${ARTICLE})\\s`, 'giu'))];
      const last = articles[articles.length - 1];
      const from = startOf(m, ctx) - before.length + phraseAt + (last ? last.index + last[0].indexOf(last[1]!) : 0);
      const meaning = markdownSlice(from, startOf(m, ctx), maths, ctx).replace(/[\s,]+$/, '');
      if (meaning.split(/\s+/).length <= 12) {
        const read = define(m, meaning, from, endOf(m, ctx), maths, ctx, lines, previousSlug);
        if (read) return void out.push(read);
      }
    }
    // "le nombre d'agents concurrents potentiels ($A$)".
    const paren = NAME_PAREN.exec(gapBefore);
    if (paren && /^\s*\)/.test(after) && contentWords(paren[2]!.replace(/\b(?:de|d'|d’|du|des|del)\s*/giu, ''), 6)) {
      const read = define(m, paren[1]!.trim(), startOf(m, ctx) - (gapBefore.length - gapBefore.lastIndexOf(paren[1]!)), endOf(m, ctx), maths, ctx, lines, previousSlug);
      if (read) return void out.push(read);
    }
    // "Si $X$ e $Y$ son dos variables aleatorias …": the condition's symbols, joined, then the copula.
    if (k === 0 && CONDITION.test(gapBefore)) {
      let j = k;
      while (j + 1 < maths.length && /^\s*(?:,|y|e|et|and)\s*$/iu.test(ctx.text.slice(endOf(maths[j]!, ctx), startOf(maths[j + 1]!, ctx)))) j++;
      const rest = ctx.text.slice(endOf(maths[j]!, ctx), j + 1 < maths.length ? startOf(maths[j + 1]!, ctx) : s.end);
      const copula = COPULA.exec(rest);
      if (copula && contentWords(copula[1]!.split(/\s+/).slice(1).join(' '), 4)) {
        copulaSeen = true;
        const to = endOf(maths[j]!, ctx) + copula.index + copula[0].length;
        const meaning = copula[1]!.trim();
        for (let i = k; i <= j; i++) {
          const read = define(maths[i]!, meaning, startOf(maths[i]!, ctx), to, maths, ctx, lines, previousSlug);
          if (read) out.push(read);
        }
      }
      return;
    }
    // "… y $c$ una constante" after a copula clause; "avec $C \in \mathbb{R}$ et $A$ une primitive de $a$".
    if (k > 0 && /(?:^|\s)(?:y|e|et|and)\s+$/iu.test(gapBefore)) {
      const withBefore = /^\s*(?:y|e|et|and)\s+$/iu.test(gapBefore) && WITH_BEFORE.test(ctx.text.slice(k === 1 ? s.start : endOf(maths[k - 2]!, ctx), startOf(maths[k - 1]!, ctx)));
      const gapped = GAPPED.exec(after);
      if ((copulaSeen || withBefore) && gapped && contentWords(gapped[1]!.split(/\s+/).slice(1).join(' ').replace(/\s+(?:de|du|del|d'|d’)$/iu, ''), 4)) {
        // The meaning runs to the clause's end, math in it included ("une primitive de $a$").
        const to = clauseEnd(endOf(m, ctx), s.end, maths, ctx);
        const meaning = markdownSlice(endOf(m, ctx), to, maths, ctx).trim();
        const read = define(m, meaning, startOf(m, ctx), to, maths, ctx, lines, previousSlug);
        if (read) return void out.push(read);
      }
    }
    // "un conjunto $A$ de valores", "una variable aleatoria $X$": an article and a noun before the symbol.
    const noun = nounBefore(gapBefore);
    // Plain symbols only: "la solution tq $y(0) = 4$" states a condition.
    if (noun && contentWords(noun.words, 3) && /^(?:\s|[,.;:)]|$)/u.test(after) && !findRelation(mathSourceOf(m, ctx).latex)) {
      const read = define(m, noun.phrase.trim(), startOf(m, ctx) - (gapBefore.length - gapBefore.lastIndexOf(noun.phrase)), endOf(m, ctx), maths, ctx, lines, previousSlug);
      if (read) {
        read.incidental = true;
        out.push(read);
      }
    }
  });
  return firstPerSymbol(out);
}

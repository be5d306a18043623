/**
 * Noun phrases naming a symbol in German, French, Spanish, Italian and Portuguese sentences that
 * introduce a formula, the counterpart of prose-noun-phrases.ts: "Die Stromstärke $I$ wird als
 * Ladungsmenge $Q$ pro Zeiteinheit $t$ definiert", "mit der Federkonstante $k$", "Un ressort de
 * raideur $k$", "la masse $m$ du corps", "la costante elastica $k$", "a massa $m$ do corpo".
 *
 * A phrase is read only right after a word that opens one (an article, a determiner, a
 * preposition), only for symbols the formula writes, and only when it is sure: "für alle $x$",
 * "mit $x$ multipliziert", "où $x$ est petit", "pour tout réel $x$" and "la dérivée de la fonction
 * $f$" (the function or its derivative?) give nothing. The meaning has no article ("Federkonstante",
 * "raideur"); a genitive after the symbol completes it ("masse du corps").
 */
import type { Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, usesSymbol, type Sentence } from './prose-sentences.js';
import { sentenceLanguage } from './language.js';
import { nounPhrases } from './prose-noun-phrases.js';

interface Grammar {
  /** Words after which a noun phrase may start (lower case). */
  openers: Set<string>;
  /** Openers that make the phrase a complement of the noun before them ("de la", "der"): unsure after a noun. */
  genitive: Set<string>;
  /** Words that never belong to a naming noun phrase: verbs, adverbs, quantifiers, conjunctions, describing adjectives. */
  never: Set<string>;
  /** Words before an opener run after which the phrase is still the symbol's (verbs, conjunctions). */
  free: Set<string>;
  /** The genitive after the symbol that completes its meaning ("du corps", "des Körpers"). */
  tail: RegExp;
  /** German: the phrase ends in a capitalised noun, the words before it lower-case adjectives. */
  capitalised: boolean;
}

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Quantifiers and adjectives that say which or how, never what (all five languages). */
const DESCRIBING =
  'alle allen aller jede jeder jedes jeden jedem einige beliebige beliebigen sämtliche keine manche viele beide beiden andere anderen gleiche gleichen neue neuen optimale optimalen gesuchte gesuchten ' +
  'tout tous toute toutes chaque certain certaine certains quelque quelques aucun aucune même mêmes autre autres nouveau nouvelle premier première dernier dernière seul seule tel telle tels telles optimal optimale petit petite grand grande ' +
  'todo todos toda todas cada cierto cierta algún alguna ningún ninguna mismo misma otro otra nuevo nueva primero primera último última único única óptimo óptima tal ' +
  'ogni tutti tutte tutto tutta qualsiasi qualunque certo certa alcun alcuno alcuna nessun nessuno stesso stessa altro altra nuovo nuova primo prima ultimo ultima ottimo ottimale ' +
  'qualquer algum alguma nenhum nenhuma mesmo mesma outro outra novo nova ótimo ótima';
const DESCRIBING_SET = words(DESCRIBING);
/** Verbs, adverbs, pronouns and conjunctions (lower case) that end a phrase. */
const VERBS_ETC =
  'ist sind wird werden wurde war hat haben gilt gelten sei seien ergibt folgt man es sie er wir wenn dann also nun hier dort so und oder aber nicht auch nur noch sehr ' +
  'est sont soit soient sera été être a ont fait donne vaut on il elle nous où que qui quand si alors donc ainsi ici puis et ou mais ne pas plus très aussi tel ' +
  'es son sea sean será ha han hay da vale se lo le nos donde cuando entonces así aquí luego y e o u pero no más muy también ' +
  'è sono sia siano sarà ha hanno dà vale si ci noi dove quando allora quindi così qui poi ed oppure ma non più molto anche ' +
  'é são seja sejam será tem têm dá vale se nós onde quando então assim aqui depois ou mas não mais muito também ' +
  'avec pour par sur sous entre vers chez con por para sobre hacia desde hasta sin bajo per fra tra su verso tramite mediante com sem sob até em';

/** Nouns of the text, not of a quantity: "setzt man in die Formel $y$ ein" names no formula y. */
const TEXT_NOUNS = 'formel gleichung ungleichung ausdruck term beziehung bedingung formule équation inéquation expression relation fórmula ecuación expresión relación formula equazione espressione relazione equação expressão relação';

const ROMANCE_FREE = 'et ou y e o u ed oppure avec con com pour par sur por para per sobre dépend depende dipende varie varía varia dépendent dependen dipendono dependem';

const GRAMMARS: Record<string, Grammar> = {
  de: {
    openers: words('der die das den dem des ein eine einer eines einen einem sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem mit von vom zum zur im am beim pro als um durch auf aus bei nach über unter zwischen gegen ohne in an'),
    genitive: words('der des eines einer'),
    never: words(`${DESCRIBING} ${VERBS_ETC} ${TEXT_NOUNS}`),
    free: words('und oder mit von durch um als pro'),
    tail: /^\s+((?:des|eines)\s+\p{Lu}\p{Ll}+)(?=\s*[,.:;]|\s*$|\s+(?:und|oder|ist|sind|wird|werden|gilt|ergibt)\b)/u,
    capitalised: true,
  },
  fr: {
    openers: words("le la les l' un une des du de d' au aux son sa ses leur leurs"),
    genitive: words("de d' du des"),
    never: words(`${DESCRIBING} ${VERBS_ETC} ${TEXT_NOUNS} les des`),
    free: words(ROMANCE_FREE),
    tail: /^\s+((?:du|des|de\s+la|de\s+l['’]\s*)\s*\p{Ll}{3,})(?=\s*[,.:;]|\s*$|\s+(?:et|ou|est|sont)\b)/u,
    capitalised: false,
  },
  es: {
    openers: words('el la los las un una unos unas del al de su sus'),
    genitive: words('de del'),
    never: words(`${DESCRIBING} ${VERBS_ETC} ${TEXT_NOUNS} los las`),
    free: words(ROMANCE_FREE),
    tail: /^\s+((?:del|de\s+la|de\s+los|de\s+las)\s+\p{Ll}{3,})(?=\s*[,.:;]|\s*$|\s+(?:y|e|o|es|son)\b)/u,
    capitalised: false,
  },
  it: {
    openers: words("il lo la i gli le l' un uno una un' del dello della dell' dei degli delle di d' al allo alla all' ai agli alle dal dallo dalla dall' nel nella sul sulla suo sua suoi"),
    genitive: words("di d' del dello della dell' dei degli delle"),
    never: words(`${DESCRIBING} ${VERBS_ETC} ${TEXT_NOUNS} gli`),
    free: words(ROMANCE_FREE),
    tail: /^\s+((?:del|dello|della|dell['’]\s*|dei|degli|delle)\s*\p{Ll}{3,})(?=\s*[,.:;]|\s*$|\s+(?:e|ed|o|è|sono)\b)/u,
    capitalised: false,
  },
  pt: {
    openers: words('o a os as um uma uns umas do da dos das de no na nos nas ao à pelo pela seu sua seus suas'),
    genitive: words('de do da dos das'),
    never: words(`${DESCRIBING} ${VERBS_ETC} ${TEXT_NOUNS} os as`),
    free: words(ROMANCE_FREE),
    tail: /^\s+((?:do|da|dos|das)\s+\p{Ll}{3,})(?=\s*[,.:;]|\s*$|\s+(?:e|ou|é|são)\b)/u,
    capitalised: false,
  },
};

/** Nouns that count or sum what follows them: "le nombre d'agents $A$" may name the number or the agents. */
const QUANTITY = /^(?:anzahl|summe|menge|zahl|nombre|somme|total|quantité|número|suma|cantidad|numero|somma|quantità|soma|quantidade)$/i;

/** Noun phrases in the sentence's own language: "Die Stromstärke $I$ …", an English sentence of a French document the English way. */
export function sentenceNounPhrases(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] {
  const lang = sentenceLanguage(ctx.text.slice(s.start, s.end), ctx.words?.lang ?? 'en');
  return lang === 'en' ? nounPhrases(s, formula, ctx, lines, previousSlug) : otherNounPhrases(s, formula, ctx, lines, previousSlug, lang);
}

/** Definitions made from a noun phrase of another language (the item is not the author's text). */
function otherNounPhrases(s: Sentence, formula: string, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, lang: string): Variable[] {
  const grammar = GRAMMARS[lang];
  if (!grammar) return [];
  const out: Variable[] = [];
  let prevEnd = s.start;
  for (const m of mathsBetween(ctx, s.start, s.end)) {
    const ms = startOf(m, ctx);
    const me = endOf(m, ctx);
    const before = ctx.text.slice(prevEnd, ms);
    prevEnd = me;
    const src = mathSourceOf(m, ctx);
    const relation = findRelation(src.latex);
    if (relation) continue;
    const head = src.latex.trim();
    if (!head || head.length > 30 || isCompound(head) || !usesSymbol(formula, head)) continue;
    const phrase = phraseBefore(before, grammar);
    if (!phrase) continue;
    const tail = grammar.tail.exec(ctx.text.slice(me, s.end));
    const description = tail ? `${phrase} ${tail[1]!.replace(/\s+/g, ' ').replace(/(['’]) /, '$1')}` : phrase;
    const span: Span = lines.span(ms, me);
    const read = definitionFrom([src], description, `$${src.latex.trim()}$ — ${description}`, span, previousSlug);
    if (!('symbols' in read) || read.symbols.length !== 1) continue;
    // Read in passing from running prose: it explains the symbol, yet makes no where-list (types.ts).
    read.incidental = true;
    out.push(markProse(read));
  }
  return out;
}

/** The text's words, elided articles split off ("d'élasticité" → "d'", "élasticité"). */
function tokens(text: string): string[] {
  return text
    .replace(/(^|[\s(])((?:[dlDL]|dall|dell|all|nell|sull|un)['’])(?=\p{L})/gu, '$1$2 ')
    .replace(/’/g, "'")
    .split(/\s+/)
    .filter(Boolean);
}

/** The noun phrase (without its opener) that ends right before a symbol, or null when unsure. */
function phraseBefore(before: string, g: Grammar): string | null {
  if (/[,;:.!?()[\]"“”«»*_`]\s*$/u.test(before)) return null;
  const list = tokens(before);
  // The phrase: 1-3 words right before the symbol, after the last opener.
  let at = list.length;
  while (at > 0 && list.length - at < 3 && !g.openers.has(list[at - 1]!.toLowerCase())) at--;
  const phrase = list.slice(at);
  if (phrase.length === 0 || at === 0 || !g.openers.has(list[at - 1]!.toLowerCase())) return null;
  if (!phrase.every((w) => /^\p{L}[\p{L}-]*$/u.test(w) && !g.never.has(w.toLowerCase()) && !g.openers.has(w.toLowerCase()))) return null;
  const last = phrase[phrase.length - 1]!;
  if (g.capitalised) {
    // German: a capitalised noun, lower-case adjectives before it ("die elektrische Feldstärke").
    if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{L}+)*$/u.test(last)) return null;
    if (!phrase.slice(0, -1).every((w) => /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w))) return null;
  } else {
    // Romance: lower-case words, the first a noun ("constante elastica", "raideur").
    if (!phrase.every((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w))) return null;
  }
  // The opener run and the word before it: "für alle …", "tous les …" quantify; "la dérivée de la fonction $f$" is unsure.
  let o = at;
  while (o > 0 && g.openers.has(list[o - 1]!.toLowerCase())) o--;
  const run = list.slice(o, at).map((w) => w.toLowerCase());
  const previous = o > 0 ? list[o - 1]! : null;
  const lower = previous?.toLowerCase() ?? '';
  if (DESCRIBING_SET.has(lower)) return null;
  // A genitive opener after a noun: the phrase may name the noun's complement, not the symbol.
  const afterNoun = previous !== null && /^\p{L}/u.test(previous) && !g.never.has(lower) && !g.free.has(lower) && (!g.capitalised || /^\p{Lu}/u.test(previous));
  if (g.genitive.has(run[0]!) && afterNoun) {
    // Only "de" with no article ("un ressort de raideur $k$", as "a pendulum of length $L$"), and not after a count.
    const bare = run.length === 1 && /^(?:de|d'|di)$/.test(run[0]!);
    if (!bare || QUANTITY.test(lower) || g.capitalised) return null;
  }
  return phrase.join(' ');
}


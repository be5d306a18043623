/**
 * The words around a math span that say the text names its symbol (symbols/prose-mentions.ts): the
 * copulas and definition marks after it, the words that announce one before it, a name in
 * apposition before it ("the sample size $n$"), in the languages the reader knows.
 */
const LETTER_AFTER = '(?![\\p{L}])';
/** Words that, right after a symbol, say what it is. */
export const COPULA = new RegExp(
  `^\\s*,?\\s*(?:is|are|was|were|denotes?|represents?|stands\\s+for|means|refers\\s+to|describes?|measures?|be|est|sont|désigne|représente|ist|sind|bezeichnet|beschreibt|steht\\s+für|é|são|es|son|representa|denota|indica|significa)${LETTER_AFTER}`,
  'iu',
);
/** CJK copulas and topic particles right after a symbol: 是, 为, 表示, は, を, 는, 은 … */
export const CJK_COPULA = /^\s*(?:是|为|為|表示|代表|指的是|即|とは|は|を|는|은|를|을)/u;
/** A mark that introduces what the symbol is: "$n$: number of …", "$n$ — the count", "$k$ (spring constant)", "$u$, the residual". */
export const MARK = /^\s*(?:[:：]\s*\p{L}|[—–]\s*\p{L}|\s-\s+\p{L}|[(（]\s*(?:the\s+)?\p{L}{3,}|,\s*(?:the|an?)\s+[*_]*\p{L})/iu;
/** Words that announce a symbol: "Let $x$", "Here $x$", "where $x$", "设 $x$". */
export const ANNOUNCE = /(?:^|[^\p{L}])(?:let|here|where|define|defines|defining|denote|denotes|denoted\s+by|called|named|sei|seien|wobei|soit|soient|où|seja|sejam|onde|sea|sean|donde|где|пусть|обозначим)\s*$|(?:设|令|其中|记)\s*$/iu;
/** "We represent the transfer rates as $\Gamma$", "denote the error by $e$": a verb of naming, then `as`/`by` right before the span. */
export const NAMED_AS = /(?:^|[^\p{L}])(?:represent|represents|represented|denote|denotes|denoted|write|writes|written|call|calls|called|label|labels|labelled|labeled)\s[^.;:§]{0,60}?\s(?:as|by)\s*$/iu;
/** A list item that opens with the span: "- ", "1. ". */
export const ITEM_START = /^\s*(?:[-*+]|\d+[.)])\s+$/;
export const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
export const WORDS_AFTER = /^\s+\p{L}/u;

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'our', 'their', 'this', 'each', 'der', 'die', 'das', 'den', 'le', 'la', 'les', 'los', 'las', 'el', 'un', 'una', 'une', 'uno']);
/** Russian has no articles: a noun right before a span names it ("матрице $\mathbf{A}$", "сигнала $x(t)$") unless it is one of these. */
const CYRILLIC_NOT_NAMING = new Set([
  'и', 'или', 'для', 'при', 'от', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'из', 'о', 'об', 'до', 'за', 'над', 'под', 'между', 'через',
  'что', 'как', 'если', 'то', 'а', 'но', 'не', 'же', 'ли', 'это', 'также', 'чем', 'когда', 'так', 'есть', 'где', 'все', 'всех', 'его', 'её', 'их',
]);
/** Words that make what follows a mention, not a name ("of $x$", "between actual $Y$"). */
const STOP = new Set([
  'of', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'in', 'on', 'at', 'as', 'than', 'between', 'that', 'which', 'is', 'are', 'be',
  'using', 'into', 'over', 'under', 'per', 'via', 'about', 'versus', 'vs', 'if', 'when', 'then', 'so', 'but', 'not', 'all', 'both',
  'compute', 'computes', 'get', 'gets', 'obtain', 'observe', 'use', 'uses', 'find', 'solve', 'write', 'plot', 'given',
  'von', 'und', 'oder', 'für', 'mit', 'de', 'du', 'des', 'et', 'ou', 'da', 'do', 'e', 'y', 'del',
]);
/** Nouns that say only what kind of thing a symbol is: alone ("the quantities $a$") they name nothing. */
const KIND = new Set([
  'quantity', 'quantities', 'variable', 'variables', 'parameter', 'parameters', 'value', 'values', 'term', 'terms', 'symbol', 'symbols',
  'constant', 'constants', 'function', 'functions', 'expression', 'expressions', 'number', 'numbers', 'coefficient', 'coefficients',
  'vector', 'vectors', 'matrix', 'matrices', 'set', 'sets', 'distribution', 'distributions', 'letter', 'letters', 'unknown', 'unknowns',
  'größe', 'größen', 'grandeza', 'grandezas', 'valeur', 'valeurs', 'valor', 'valores', 'konstante', 'wert', 'werte',
]);
/** Kinds that, after a modifier, name a symbol even without an article ("random variable $X$", "weight vector $w$"). */
const NAMING_KIND = new Set(['variable', 'vector', 'matrix', 'function', 'distribution', 'parameter', 'constant', 'coefficient', 'size', 'rate', 'error']);

/** CJK characters that, right before a symbol, make it a mention (prepositions, verbs of doing, conjunctions). */
const CJK_NOT_NAMING = new Set([...'对和与及或把将用求到于由从在被让使了得是为以按比跟同向往给算且并、，。：；']);
const CJK_BEFORE = /([\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー])\s*$/u;

/** "… the stock § and time": the words before a named span, then one to three words joined to it by `and`/`or`. */
const JOINED_NAME = /^(.*\S)\s*§\s*,?\s*(?:and|or|und|oder|et|ou|y|e)\s+(\p{L}+(?:[\s-]\p{L}+){0,2})$/u;

/** True when the words before a span name it (see the module comment). */
export function namedBefore(before: string): boolean {
  const cjk = CJK_BEFORE.exec(before);
  if (cjk) return !CJK_NOT_NAMING.has(cjk[1]!);
  // A span after punctuation or other math ("$a$, $b$") has no name before it.
  if (!/\p{L}\s*$/u.test(before)) return false;
  const cyrillic = /(\p{Script=Cyrillic}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (cyrillic) return cyrillic.length >= 3 && !CYRILLIC_NOT_NAMING.has(cyrillic);
  // "the price of the stock $S$ and time $t$": a name joined to a named span shares its article (trial 7 P5).
  const joined = JOINED_NAME.exec(before.trimEnd());
  if (joined && !joined[2]!.split(/\s+/).some((w) => STOP.has(w.toLowerCase()) || ARTICLES.has(w.toLowerCase())) && !KIND.has(joined[2]!.split(/\s+/).pop()!.toLowerCase())) {
    return namedBefore(joined[1]!);
  }
  const words = before.trimEnd().split(/\s+/).slice(-6);
  // The words right before the span, back to an article, a stop word or the sixth word.
  const name: string[] = [];
  let article = false;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!w) break;
    if (ARTICLES.has(w)) {
      article = true;
      break;
    }
    // "the number of samples $n$": `of` inside a name, never right before the span.
    if (STOP.has(w) && !(w === 'of' && name.length > 0 && k > 0)) break;
    name.unshift(w);
  }
  while (name[0] === 'of') name.shift();
  const last = name[name.length - 1];
  if (!last) return false;
  if (article) return name.length >= 2 || !KIND.has(last);
  return name.length >= 2 && NAMING_KIND.has(last);
}

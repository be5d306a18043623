/**
 * The words a document's where-lists are read by, per language: where-introductions ("where:",
 * "où :", "wobei", "其中："), definition separators ("is", "est", "ist", "是", "は"), the words
 * that join symbols ("and", "et", "und", "和") and the articles a prose definition may start
 * with. English is always read; a document in another language is read with its own words too.
 *
 * The document's language: its front matter's `lang:`, else the config's `lang` when it is not
 * English, else detected from its text (kana → Japanese, Arabic or Hebrew script, Hangul → Korean, Cyrillic → Russian, Han → Chinese, else the most frequent
 * small words of French, German, Spanish, Portuguese, Italian or Polish; English when nothing stands out).
 */

import { VIETNAMESE_SMALL_WORDS, VIETNAMESE_WORDS } from './prose-vietnamese.js';

export interface ReadingWords {
  /** The primary language subtag ("en", "fr", …). */
  lang: string;
  /** A whole line that introduces a where-list ("where:", "où :"). */
  whereIntro: RegExp;
  /** A longer introduction ending in a colon ("In this formula:", "Dans cette formule :"). */
  whereIntroSentence: RegExp;
  /** The start of a prose where-sentence ("where $a$ is …", "où $a$ est …"). */
  proseWhere: RegExp;
  /** What follows a symbol in a definition ("is", "=", ":", "est", "是"). */
  verb: RegExp;
  /** The same at the start of a description, to be dropped. */
  leadingVerb: RegExp;
  /** The text allowed between symbols defined together ("$a$ and $b$"). */
  join: RegExp;
  /** Articles a prose definition may start with ("$v$ the velocity"). */
  article: RegExp;
  /** The end of the text before a prose definition ("…, " or "… and "). */
  proseBoundary: RegExp;
  /** What a prose segment may end with and is trimmed of. */
  proseTrail: RegExp;
}

interface LanguageWords {
  intro: string[];
  sentence: string[];
  prose: string[];
  verbs: string[];
  join: string[];
  articles: string[];
  /** Endings glued to a meaning's last word and trimmed from it (Korean 「가속도이다」 → 가속도); with a space first, a word after it (German 「die Masse ist」). */
  copulas?: string[];
}

/** The words of each language read besides English. Keys are primary language subtags. */
export const LANGUAGE_WORDS: Record<string, LanguageWords> = {
  fr: {
    intro: ['où', 'avec', 'ici', 'variables', 'symboles', 'notations', 'notation', 'définitions', 'paramètres', 'légende'],
    sentence: ['où', 'variables', 'symboles', 'notations', 'paramètres', 'dans cette formule', 'dans cette équation'],
    prose: ['où', 'avec', 'dans laquelle', 'dans lequel', 'ici'],
    verbs: ['est', 'sont', 'désigne', 'désignent', 'représente', 'représentent', 'indique', 'correspond à', 'vaut'],
    join: ['et', 'ou'],
    articles: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du'],
  },
  de: {
    intro: ['wobei', 'mit', 'dabei', 'hier', 'hierbei', 'variablen', 'symbole', 'bezeichnungen', 'legende', 'parameter'],
    sentence: ['wobei', 'variablen', 'symbole', 'bezeichnungen', 'in dieser formel', 'in dieser gleichung'],
    prose: ['wobei', 'mit', 'dabei ist', 'dabei sind', 'hierbei ist', 'hierbei sind', 'dabei', 'hierbei', 'hier', 'worin'],
    verbs: ['ist', 'sind', 'bezeichnet', 'bezeichnen', 'steht für', 'stehen für', 'gibt', 'beschreibt', 'beschreiben', 'darstellt'],
    join: ['und', 'oder'],
    articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einen'],
    // The verb at the end of a German subordinate clause: "wobei $m$ die Masse ist" → die Masse.
    copulas: [' ist', ' sind', ' bezeichnet', ' bezeichnen', ' darstellt', ' darstellen', ' beschreibt', ' beschreiben', ' angibt', ' angeben'],
  },
  es: {
    intro: ['donde', 'con', 'aquí', 'siendo', 'variables', 'símbolos', 'notación', 'parámetros', 'leyenda'],
    sentence: ['donde', 'variables', 'símbolos', 'notación', 'parámetros', 'en esta fórmula', 'en esta ecuación'],
    prose: ['donde', 'con', 'siendo', 'en la que', 'en el que', 'aquí'],
    verbs: ['es', 'son', 'denota', 'denotan', 'representa', 'representan', 'indica', 'corresponde a', 'vale'],
    join: ['y', 'e', 'o', 'u'],
    articles: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas'],
  },
  pt: {
    intro: ['onde', 'com', 'em que', 'sendo', 'aqui', 'variáveis', 'símbolos', 'notação', 'parâmetros', 'legenda'],
    sentence: ['onde', 'variáveis', 'símbolos', 'notação', 'parâmetros', 'nesta fórmula', 'nesta equação'],
    prose: ['onde', 'com', 'em que', 'sendo', 'aqui'],
    verbs: ['é', 'são', 'denota', 'denotam', 'representa', 'representam', 'indica', 'corresponde a', 'vale'],
    join: ['e', 'ou'],
    articles: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas'],
  },
  it: {
    intro: ['dove', 'con', 'in cui', 'essendo', 'qui', 'variabili', 'simboli', 'notazione', 'parametri', 'legenda'],
    sentence: ['dove', 'variabili', 'simboli', 'notazione', 'parametri', 'in questa formula', 'in questa equazione'],
    prose: ['dove', 'con', 'in cui', 'essendo', 'qui'],
    verbs: ['è', 'sono', 'indica', 'indicano', 'rappresenta', 'rappresentano', 'denota', 'denotano', 'vale'],
    join: ['e', 'ed', 'o', 'oppure'],
    articles: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'l’', 'un', 'uno', 'una'],
  },
  zh: {
    intro: ['其中', '式中', '这里', '此处', '其中各符号', '变量', '符号说明', '参数'],
    sentence: ['其中', '式中', '符号', '变量', '参数'],
    prose: ['其中', '式中', '这里', '此处'],
    verbs: ['表示', '代表', '是', '为', '指', '即'],
    join: ['和', '与', '及', '或'],
    articles: [],
  },
  ar: {
    intro: ['حيث', 'إذ', 'حيث إن', 'المتغيرات', 'الرموز'],
    sentence: ['حيث', 'المتغيرات', 'الرموز'],
    prose: ['حيث', 'إذ'],
    verbs: ['هو', 'هي', 'هما', 'يمثل', 'تمثل', 'يدل على', 'تدل على'],
    join: ['و', 'أو'],
    articles: [],
  },
  // Lead-ins of issue 24 (trial 4, K8): "где:", "gdzie:", "여기서" (Russian, Polish, Korean).
  ru: {
    intro: ['где', 'здесь', 'при этом', 'переменные', 'обозначения', 'параметры'],
    sentence: ['где', 'переменные', 'обозначения', 'параметры', 'в этой формуле'],
    prose: ['где', 'здесь'],
    verbs: ['это', 'есть', 'обозначает', 'обозначают', 'означает', 'представляет'],
    join: ['и', 'или', 'а'],
    articles: [],
  },
  pl: {
    intro: ['gdzie', 'przy czym', 'tutaj', 'zmienne', 'oznaczenia', 'parametry'],
    sentence: ['gdzie', 'zmienne', 'oznaczenia', 'parametry', 'w tym wzorze'],
    prose: ['gdzie', 'przy czym'],
    verbs: ['to', 'jest', 'są', 'oznacza', 'oznaczają'],
    join: ['i', 'oraz', 'lub', 'a'],
    articles: [],
  },
  ko: {
    intro: ['여기서', '여기에서', '단', '이때', '변수', '기호'],
    sentence: ['여기서', '여기에서', '변수', '기호'],
    prose: ['여기서', '여기에서'],
    // Topic particles written right after the math (`$p$는 확률`); 이/가 also start words (가속도).
    verbs: ['는', '은'],
    join: ['와', '과', '및', '또는'],
    articles: [],
    copulas: ['이다', '입니다', '이고', '이며', '을 나타낸다', '를 나타낸다', '을 나타내며', '를 나타내며', '을 의미한다', '를 의미한다', '을 뜻한다', '를 뜻한다'],
  },
  ja: {
    intro: ['ここで', 'ただし', '但し', 'ここに', '変数', '記号', 'パラメータ'],
    sentence: ['ここで', 'ただし', '変数', '記号'],
    prose: ['ここで', 'ただし', '但し', 'ここに'],
    verbs: ['は', 'が'],
    join: ['と', 'や', 'および', 'または'],
    articles: [],
  },
  // "trong đó $x$ là …" (trial 7, P1).
  vi: VIETNAMESE_WORDS,
};

const SPACED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const NOT_LETTER = '(?![\\p{L}\\p{N}])';
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A word with a boundary after it when it ends in a letter of a script written with spaces. */
const bounded = (w: string): string => escape(w) + (SPACED.test(w.slice(-1)) ? NOT_LETTER : '');
const any = (words: string[], wrap: (w: string) => string = bounded): string =>
  [...words].sort((a, b) => b.length - a.length).map(wrap).join('|');

const ENGLISH: ReadingWords = {
  lang: 'en',
  whereIntro: /^(?:where|with|here|variables|symbols|notation|definitions|parameters|legend|terms)\s*[:,]?$/i,
  whereIntroSentence: /^(?=.{0,80}:\s*$).*\b(?:where|variables|symbols|notation|terms|parameters|definitions|legend|in this (?:formula|equation|expression))\b/i,
  proseWhere: /^[\s*_]*(?:where|here|in which|with)\b[\s*_:,]*/i,
  verb: /^(?:[:=–—-]|:=|(?:is|are|denotes|denote|represents|represent|indicates|stands\s+for|means|gives|measures|measure|describes|describe|refers\s+to|refer\s+to|corresponds\s+to|correspond\s+to)\b)/i,
  leadingVerb: /^\s*(?:[:=–—-]\s*|(?:is|are|denotes|denote|represents|represent|indicates|stands\s+for|means|measures|measure|describes|describe|refers\s+to|refer\s+to|corresponds\s+to|correspond\s+to)\s+)/i,
  join: /^[\s,;&*_]*(?:(?:and|or)\b[\s,;&*_]*)?$/i,
  article: /^(?:the|a|an|its|their|our|some)\b/i,
  proseBoundary: /(?:[,;:]|\band|\bwhile|\bwhereas)[\s*_]*$/i,
  proseTrail: /(?:[\s,;]|\band\b|\bwhile\b|\bwhereas\b)*$/i,
};

const EN = {
  intro: ['where', 'with', 'here', 'variables', 'symbols', 'notation', 'definitions', 'parameters', 'legend', 'terms'],
  sentence: ['where', 'variables', 'symbols', 'notation', 'terms', 'parameters', 'definitions', 'legend', 'in this formula', 'in this equation', 'in this expression'],
  prose: ['where', 'here', 'in which', 'with'],
  // "Where $r$ measures the radius" (trial 4, K5): verbs of meaning besides "is".
  verbs: ['is', 'are', 'denotes', 'denote', 'represents', 'represent', 'indicates', 'stands for', 'means', 'measures', 'measure', 'describes', 'describe', 'refers to', 'refer to', 'corresponds to', 'correspond to'],
  join: ['and', 'or'],
  articles: ['the', 'a', 'an', 'its', 'their', 'our', 'some'],
};

function build(lang: string, w: LanguageWords): ReadingWords {
  const merged = (k: Exclude<keyof LanguageWords, 'copulas'>): string[] => [...EN[k], ...w[k]];
  const sep = '[\\s,;&*_、，；]*';
  // A verb of a spaced script needs a space after it to be dropped; 是, は need none.
  const leading = (v: string): string => escape(v) + (SPACED.test(v.slice(-1)) ? '\\s+' : '\\s*');
  return {
    lang,
    whereIntro: new RegExp(`^(?:${any(merged('intro'), escape)})\\s*[:,：，、]?$`, 'iu'),
    whereIntroSentence: new RegExp(`^(?=.{0,80}[:：]\\s*$).*?(?<![\\p{L}\\p{N}])(?:${any(merged('sentence'))})`, 'iu'),
    proseWhere: new RegExp(`^[\\s*_]*(?:${any(merged('prose'))})[\\s*_:,：，]*`, 'iu'),
    verb: new RegExp(`^(?:[:=–—\\-：]|:=|gives\\b|(?:${any([...EN.verbs, ...w.verbs])}))`, 'iu'),
    // 「$m$ —— 质量」: the Chinese dash is two em dashes.
    leadingVerb: new RegExp(`^\\s*(?:(?:——|[:=–—\\-：])\\s*|(?:${any([...EN.verbs, ...w.verbs], leading)}))`, 'iu'),
    join: new RegExp(`^${sep}(?:(?:${any(merged('join'))})${sep})?$`, 'iu'),
    article: new RegExp(`^(?:${any(merged('articles'))})`, 'iu'),
    proseBoundary: new RegExp(`(?:[,;:，；：、]|(?<![\\p{L}\\p{N}])(?:${any([...merged('join'), 'while', 'whereas'])}))[\\s*_]*$`, 'iu'),
    proseTrail: new RegExp(`(?:[\\s,;，；、。]|(?<![\\p{L}\\p{N}])(?:${any([...merged('join'), 'while', 'whereas'])})${w.copulas ? `|(?<=\\p{L})(?:${any(w.copulas, escape)})\\.?` : ''})*$`, 'iu'),
  };
}

const cache = new Map<string, ReadingWords>();

/** The words a document in `lang` is read by (English for English, an unknown tag or none). */
export function readingWords(lang: string | undefined): ReadingWords {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0]!;
  const words = LANGUAGE_WORDS[primary];
  if (!words) return ENGLISH;
  let built = cache.get(primary);
  if (!built) {
    built = build(primary, words);
    cache.set(primary, built);
  }
  return built;
}

const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** `lang:` in a YAML front matter block at the top of the file, or null. */
export function frontMatterLang(text: string): string | null {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return null;
  const end = text.indexOf('\n---', m[0].length - 1);
  if (end < 0 || end > 4000) return null;
  const lang = /^lang(?:uage)?[ \t]*:[ \t]*["']?([^"'\s]+)["']?[ \t]*\r?$/m.exec(text.slice(m[0].length, end + 1));
  return lang && TAG.test(lang[1]!) ? lang[1]! : null;
}

const SMALL_WORDS: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:the|is|of|and|where|are|with)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:le|la|les|des|est|où|avec|une|du|sont)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:der|die|das|und|ist|wobei|mit|ein|eine|sind)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:el|los|las|es|donde|con|una|del|son|y)(?![\p{L}])/giu,
  pt: /(?<![\p{L}])(?:os|é|onde|com|uma|do|da|são|em)(?![\p{L}])/giu,
  it: /(?<![\p{L}])(?:il|gli|è|dove|con|una|della|sono|di)(?![\p{L}])/giu,
  pl: /(?<![\p{L}])(?:jest|są|gdzie|oraz|się|dla|przez|jako|który|która)(?![\p{L}])/giu,
  vi: VIETNAMESE_SMALL_WORDS,
};

/** The language a text is most likely written in, or null for English or when nothing stands out. */
export function detectLanguage(text: string): string | null {
  // Math says nothing about the language; the first 20,000 characters of prose are enough.
  const prose = text.slice(0, 40_000).replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ').slice(0, 20_000);
  const kana = prose.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const han = prose.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (kana >= 10) return 'ja';
  if ((prose.match(/\p{Script=Arabic}/gu)?.length ?? 0) >= 10) return 'ar';
  if ((prose.match(/\p{Script=Hebrew}/gu)?.length ?? 0) >= 10) return 'he';
  if ((prose.match(/\p{Script=Hangul}/gu)?.length ?? 0) >= 10) return 'ko';
  if ((prose.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) >= 10) return 'ru';
  if (han >= 10) return 'zh';
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, re] of Object.entries(SMALL_WORDS)) {
    const count = prose.match(re)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best === 'en' || bestCount < 5 ? null : best;
}

/** The language a document is read in: front matter, else a config that is not English, else detected. */
export function documentLanguage(text: string, configLang: string | undefined): string | null {
  const front = frontMatterLang(text);
  if (front) return front;
  if (configLang && !/^en(?:-|$)/i.test(configLang)) return configLang;
  return detectLanguage(text);
}

/**
 * The language one sentence is read in: the document's, unless the sentence's own small words
 * say another of the languages read by noun phrases (an English sentence in a German document,
 * a French one in an English document): at least two of them, more than the document's.
 */
export function sentenceLanguage(text: string, docLang: string): string {
  const prose = text.replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g, ' ');
  const count = (lang: string): number => (SMALL_WORDS[lang] ? (prose.match(SMALL_WORDS[lang]) ?? []).length : 0);
  const own = count(docLang);
  let best = docLang;
  let bestCount = own;
  for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt']) {
    const n = count(lang);
    if (lang !== docLang && n >= 2 && n > bestCount) [best, bestCount] = [lang, n];
  }
  return best;
}

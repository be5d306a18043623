/**
 * The where-word of any language read, whatever language the document was detected as: a French
 * "où $k$ est …" in a note detected as English, a Russian "где $k$ — …", a Japanese "ここで" in a
 * short mixed note (trial 5, M6). The where-word tells the sentence's language, and the sentence
 * is read with that language's words; a definition still needs its shape (a verb, a dash, a colon).
 * Only the words that mean "where"/"here" count: "with"-words ("avec", "mit", "con") are common
 * words of other languages and stay with their own documents.
 */
import { LANGUAGE_WORDS, readingWords, type ReadingWords } from './language.js';

/** Per language, its own where-words (no "with"-word). */
const WHERE_ONLY: Record<string, RegExp> = {};
const WITH_WORDS = new Set(['avec', 'mit', 'con', 'com', 'với']);
for (const [lang, w] of Object.entries(LANGUAGE_WORDS)) {
  const words = w.prose.filter((x) => !WITH_WORDS.has(x)).sort((a, b) => b.length - a.length);
  const alt = words.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  WHERE_ONLY[lang] = new RegExp(`^[\\s*_]*(?:${alt})(?![\\p{L}\\p{N}])[\\s*_:,：，、]*`, 'iu');
}

/**
 * The words of the language whose where-word starts `line` ("où $k$ est …" → French) when the
 * document's own words (`own`) do not read it, with the length of the where-word; else null.
 */
export function whereInAnyLanguage(line: string, own: ReadingWords): { words: ReadingWords; length: number } | null {
  if (own.proseWhere.test(line)) return null;
  for (const [lang, re] of Object.entries(WHERE_ONLY)) {
    if (lang === own.lang) continue;
    const m = re.exec(line);
    if (m) return { words: readingWords(lang), length: m[0].length };
  }
  return null;
}

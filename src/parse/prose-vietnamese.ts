/**
 * The words Vietnamese prose defines symbols with (trial 7, P1): "trong đó $I_0$ là cường độ tới,
 * $c$ là nồng độ …" after a formula reads like "where $I_0$ is the incident intensity, …"; "với
 * $x$ là …" ("with $x$ being …") and "ở đây" ("here") likewise. `là` ("is") and `biểu thị`
 * ("denotes") separate a symbol from its meaning; `và` ("and") joins symbols. A Vietnamese
 * document is told by its small words (language.ts).
 */
/** Its words, in language.ts's shape (intro, sentence, prose, verbs, join, articles). */
export const VIETNAMESE_WORDS: Record<'intro' | 'sentence' | 'prose' | 'verbs' | 'join' | 'articles', string[]> = {
  intro: ['trong đó', 'ở đây', 'với', 'các biến', 'ký hiệu', 'kí hiệu', 'tham số'],
  sentence: ['trong đó', 'ký hiệu', 'kí hiệu', 'tham số', 'trong công thức này', 'trong phương trình này'],
  prose: ['trong đó', 'ở đây', 'với'],
  verbs: ['là', 'biểu thị', 'biểu diễn', 'ký hiệu cho', 'kí hiệu cho', 'đại diện cho'],
  join: ['và', 'hoặc'],
  articles: [],
};

/** Small words frequent in Vietnamese prose and rare elsewhere, to tell a Vietnamese document. */
export const VIETNAMESE_SMALL_WORDS = /(?<![\p{L}])(?:là|của|và|các|những|được|trong|với|cho|không|này|một)(?![\p{L}])/giu;

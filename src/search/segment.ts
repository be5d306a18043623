/**
 * Words of scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar):
 * `Intl.Segmenter` at word granularity, built into Node and browsers, so the index and a typed
 * query cut "梯度下降法" into the same words ("梯度", "下降", "法"). Runs of other scripts never
 * come here, so the terms of Latin, Greek or Cyrillic text are what they always were.
 *
 * Browser-safe. Without `Intl.Segmenter` (Firefox before 125) each character is a word: the
 * query still finds what the index holds when the index was built the same way, and otherwise
 * finds less, never something wrong.
 */

const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // The root locale: the same cuts whatever the reader's browser language is.
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('und', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Whether a run of letters holds a script written without spaces. */
export function needsSegmenting(run: string): boolean {
  return NO_SPACE.test(run);
}

/** The words of a run (NFC), in order; punctuation and spaces are dropped. */
export function segmentWords(run: string): string[] {
  const text = run.normalize('NFC');
  const seg = wordSegmenter();
  if (!seg) return [...text].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const out: string[] = [];
  for (const part of seg.segment(text)) if (part.isWordLike) out.push(part.segment);
  return out;
}

/**
 * The `ascii` slug style's transliteration: any script to ASCII letters through any-ascii
 * (ISC, no dependencies), e.g. "梯度下降" → "TiDuXiaJiang", "Закон Ома" → "Zakon Oma":
 * the syllables of one word stay together, the words of a name stay apart.
 */
import anyAscii from 'any-ascii';

export function toAscii(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? anyAscii(text) : text;
}

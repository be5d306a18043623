/** "Did you mean …?": the known word a mistyped one most likely meant, or null. */
import { closest, distance } from 'fastest-levenshtein';

export function closestWord(word: string, known: readonly string[]): string | null {
  if (known.length === 0 || word.length === 0) return null;
  const w = word.toLowerCase();
  // A known word with something added (--out-dir, outDir → out) or cut short (--form → format).
  const prefixed = known.filter((k) => (w.startsWith(k.toLowerCase()) && w.length > k.length) || (w.length >= 2 && k.toLowerCase().startsWith(w))).sort((a, b) => b.length - a.length);
  if (prefixed[0]) return prefixed[0];
  const guess = closest(w, known as string[]);
  return distance(w, guess.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3)) ? guess : null;
}

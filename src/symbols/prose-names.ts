/**
 * A multi-letter name the section's own words spell out is explained (issue 24, trial 3, H12):
 * `SD(u_i)` under "the standard deviation of the error", `SER` in a section named "Standard Error
 * of the Regression", `SSR` after "SSR is the sum of squared residuals". The reader knows what the
 * name stands for, so `undefined-symbol` does not ask for it; a name no word spells stays one
 * warning (symbols/scan.ts joins its letters).
 *
 * Read: the equation's name, the paragraphs of its section (`content`), its where-list's
 * descriptions and notes, math left out. A name is spelled when consecutive words give its
 * letters as initials (small words such as "of", "the" may come between them: "Sum of Squared
 * Residuals"), when one word starts with it (`Bias` and "bias", `Cost` and "costs"), or when the
 * prose writes the name itself followed by "is", "are", "denotes", "stands for", "means" or
 * "represents".
 */
import type { Equation } from '../types.js';
import type { SymbolMatchResult } from './analysis.js';

/** Words an initialism skips ("Sum of Squared Residuals", "Standard Error of the Regression"). */
const SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'to', 'in', 'on', 'for', 'by', 'with', 'de', 'du', 'des', 'la', 'le', 'der', 'die', 'das']);

/** The letters of a joined Latin name's key (`\text{SD}`, `\text{SD}_t`), or null for any other symbol. */
function nameLetters(key: string): string | null {
  return /^\\text\{([A-Za-z]{2,})\}/.exec(key)?.[1] ?? null;
}

/** The section's words about the equation, without math. */
function proseOf(eq: Equation): string {
  const parts = [eq.nameText, ...(eq.content ?? []).map((b) => b.markdown), ...eq.variables.map((v) => v.description), ...eq.notes.map((n) => n.text)];
  return parts.join('\n').replace(/\$\$[\s\S]*?\$\$|(?<!\\)\$[^$\n]*\$/g, ' ');
}

/** True when consecutive words of `words` from `i` have the letters of `name` as initials. */
function initialsAt(words: string[], i: number, name: string): boolean {
  let k = 0;
  for (let w = i; w < words.length && k < name.length; w++) {
    const word = words[w]!;
    if (word[0]!.toLowerCase() === name[k]!.toLowerCase()) {
      k++;
      continue;
    }
    if (k === 0 || !SMALL.has(word.toLowerCase())) return false;
  }
  return k === name.length;
}

/** True when `text` spells out `name` (see the module comment). */
export function spelledOut(name: string, text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const lower = name.toLowerCase();
  const acronym = /^[A-Z]+$/.test(name);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (acronym && initialsAt(words, i, name)) return true;
    if (!acronym && word.length >= name.length && word.toLowerCase().startsWith(lower)) return true;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\\\])${escaped}\\s+(?:is|are|denotes|stands\\s+for|means|represents)\\b`, 'u').test(text);
}

/** `result` without the undefined names the equation's prose spells out. */
export function withProseNames(eq: Equation, result: SymbolMatchResult): SymbolMatchResult {
  if (!result.undefinedUses.some((u) => nameLetters(u.key) !== null)) return result;
  const text = proseOf(eq);
  const undefinedUses = result.undefinedUses.filter((u) => {
    const name = nameLetters(u.key);
    return name === null || !spelledOut(name, text);
  });
  return undefinedUses.length === result.undefinedUses.length ? result : { ...result, undefinedUses };
}

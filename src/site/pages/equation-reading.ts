/**
 * What a screen reader hears of an equation: its spoken form followed by each where-list symbol,
 * spoken, and its meaning ("theta left arrow theta minus eta …; where eta: the learning rate; …").
 * The whole sentence is the formula's accessible name, so the meanings are heard with the formula
 * (and shown under "Read the equation"); it is said once, not again as a description.
 */
import type { Speaker } from '../../media/speech.js';
import type { Equation, Variable } from '../../types.js';
import type { SiteEquation } from '../model.js';
import { markdownText } from './markdown.js';

export interface EquationReading {
  /** The formula alone, spoken. */
  spoken: string;
  /** The spoken formula and, after "; where", each symbol with its meaning. */
  sentence: string;
  /** Each where-list item spoken, by item number (own items, then borrowed; '' when it has no text). */
  items: string[];
}

const MATH = /\$([^$]+)\$/g;

/** Has a meaning to read after its symbols ("$\\eta$ is the learning rate"); else the item is read whole. */
function hasMeaning(v: Variable): boolean {
  return v.symbols.length > 0 && v.description.trim() !== '';
}

/** Every piece of LaTeX the reading speaks, in order (the build checks the speech cache with it). */
export function speechPieces(eq: Equation): Array<{ latex: string; display: boolean }> {
  const out = [{ latex: eq.latex, display: true }];
  const inline = (latex: string): void => void out.push({ latex, display: false });
  for (const v of eq.variables) {
    if (hasMeaning(v)) {
      v.symbols.forEach(inline);
      for (const m of v.description.matchAll(MATH)) inline(m[1]!);
    } else {
      for (const m of v.item.matchAll(MATH)) inline(m[1]!);
    }
  }
  for (const b of eq.borrowed ?? []) {
    inline(b.symbol);
    for (const m of b.description.matchAll(MATH)) inline(m[1]!);
  }
  return out;
}

/** Text of markdown with each `$…$` spoken (kept as LaTeX when it cannot be). */
function speakText(md: string, speak: Speaker): string {
  const spoken = md.replace(MATH, (_m, tex: string) => speak(tex, false) ?? tex);
  return markdownText(spoken).replace(/\s+/g, ' ').trim();
}

/**
 * "eta: the learning rate", one per where-list item in the page's numbering (`data-var`): own
 * items, then borrowed meanings; '' for an item with nothing to say.
 */
export function spokenItems(eq: Equation, speak: Speaker, and = 'and'): string[] {
  const symbol = (s: string): string => speak(s, false) ?? s;
  // An item that is a definition by formula ("$p = \\frac{TP}{TP+FP}$") is read whole.
  const own = eq.variables.map((v) => (hasMeaning(v) ? `${v.symbols.map(symbol).join(` ${and} `)}: ${speakText(v.description, speak)}` : speakText(v.item, speak)));
  const borrowed = (eq.borrowed ?? []).map((b) => `${symbol(b.symbol)}: ${speakText(b.description, speak)}`);
  return [...own, ...borrowed].map((t) => t.replace(/[.;\s]+$/, ''));
}

/** `words`: the site language's "where" and "and" (src/site/i18n/), English by default. */
export function equationReading(se: SiteEquation, speak: Speaker, words: { where: string; and: string } = { where: 'where', and: 'and' }): EquationReading | null {
  const spoken = speak(se.eq.latex, true);
  if (!spoken) return null;
  const items = spokenItems(se.eq, speak, words.and);
  const said = items.filter(Boolean);
  const sentence = said.length ? `${spoken}; ${words.where} ${said.join('; ')}.` : `${spoken}.`;
  return { spoken, sentence, items };
}
